// CancelWindow: the default of five minutes, scaling, opening once at the earliest time,
// what remains and when it has expired.

#include "core/agent/cancelwindow.h"

#include <QTest>

using namespace mlops;
using agent::CancelWindow;
using namespace std::chrono_literals;

class TestCancelWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lengths_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<double>("secondsPerMinute");
        QTest::addColumn<int>("effectiveMinutes");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("default") << 0 << 60.0 << 5 << qint64(300000);
        QTest::newRow("negative is the default") << -1 << 60.0 << 5 << qint64(300000);
        QTest::newRow("two minutes") << 2 << 60.0 << 2 << qint64(120000);
        QTest::newRow("scaled") << 3 << 1.0 << 3 << qint64(3000);
    }

    void lengths()
    {
        QFETCH(int, minutes);
        QFETCH(double, secondsPerMinute);
        QFETCH(int, effectiveMinutes);
        QFETCH(qint64, ms);
        const CancelWindow window(minutes, secondsPerMinute);
        QCOMPARE(window.minutes(), effectiveMinutes);
        QCOMPARE(window.length().count(), ms);
    }

    void opensOnceAtTheEarliestTime()
    {
        CancelWindow window(1, 60.0);
        const auto t0 = CancelWindow::Clock::now();
        QVERIFY(!window.isOpen());
        QVERIFY(!window.hasExpired(t0 + 1h));
        QCOMPARE(window.remaining(t0), 60000ms);
        window.open(t0 + 10s);
        window.open(t0);        // earlier: wins
        window.open(t0 + 20s);  // later: ignored
        QVERIFY(window.isOpen());
        QCOMPARE(window.remaining(t0 + 15s), 45000ms);
        QVERIFY(!window.hasExpired(t0 + 59s));
        QVERIFY(window.hasExpired(t0 + 60s));
        QCOMPARE(window.remaining(t0 + 90s), 0ms);
    }
};

QTEST_GUILESS_MAIN(TestCancelWindow)
#include "test_cancelwindow.moc"
