// RetryPolicy: which attempts run again, the pauses between them, the cap, the log lines.

#include "core/agent/retrypolicy.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace mlops;
using agent::RetryPolicy;

Q_DECLARE_METATYPE(mlops::runs::RunResult)

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRetry_data()
    {
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<runs::RunResult>("result");
        QTest::addColumn<bool>("stopping");
        QTest::addColumn<bool>("expected");
        QTest::newRow("failed, retries left") << 2 << 1 << runs::RunResult::Failed << false << true;
        QTest::newRow("failed, last retry left") << 2 << 2 << runs::RunResult::Failed << false << true;
        QTest::newRow("failed, none left") << 2 << 3 << runs::RunResult::Failed << false << false;
        QTest::newRow("no retries") << 0 << 1 << runs::RunResult::Failed << false << false;
        QTest::newRow("negative count") << -3 << 1 << runs::RunResult::Failed << false << false;
        QTest::newRow("succeeded") << 2 << 1 << runs::RunResult::Succeeded << false << false;
        QTest::newRow("with issues") << 2 << 1 << runs::RunResult::SucceededWithIssues << false << false;
        QTest::newRow("canceled") << 2 << 1 << runs::RunResult::Canceled << false << false;
        QTest::newRow("run canceled") << 2 << 1 << runs::RunResult::Failed << true << false;
    }

    void shouldRetry()
    {
        QFETCH(int, retries);
        QFETCH(int, attempt);
        QFETCH(runs::RunResult, result);
        QFETCH(bool, stopping);
        QFETCH(bool, expected);
        QCOMPARE(RetryPolicy(retries).shouldRetry(attempt, result, stopping), expected);
    }

    void capsAtTen()
    {
        const RetryPolicy policy(15);
        QVERIFY(policy.capped());
        QCOMPARE(policy.requested(), 15);
        QCOMPARE(policy.retries(), 10);
        QCOMPARE(policy.attempts(), 11);
        QVERIFY(policy.shouldRetry(10, runs::RunResult::Failed, false));
        QVERIFY(!policy.shouldRetry(11, runs::RunResult::Failed, false));
        QCOMPARE(policy.cappedLine(),
                 QStringLiteral("retryCountOnTaskFailure 15 is above the maximum of 10: the step is tried at most 11 times."));
        QVERIFY(!RetryPolicy(10).capped());
    }

    void delaysGrowAsSquares_data()
    {
        QTest::addColumn<double>("secondsPerMinute");
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("first") << 60.0 << 1 << qint64(1000);
        QTest::newRow("second") << 60.0 << 2 << qint64(4000);
        QTest::newRow("third") << 60.0 << 3 << qint64(9000);
        QTest::newRow("scaled") << 0.6 << 2 << qint64(40);
    }

    void delaysGrowAsSquares()
    {
        QFETCH(double, secondsPerMinute);
        QFETCH(int, retry);
        QFETCH(qint64, ms);
        QCOMPARE(RetryPolicy(3, secondsPerMinute).delayBefore(retry).count(), ms);
    }

    void logLines()
    {
        const RetryPolicy policy(3);
        QCOMPARE(policy.attemptLine(2), QStringLiteral("Attempt 2 of 4 (retryCountOnTaskFailure: 3)."));
        QCOMPARE(policy.retryLine(2),
                 QStringLiteral("The step failed on attempt 2 of 4; it runs again in 4 s (retryCountOnTaskFailure: 3)."));
        QCOMPARE(RetryPolicy(3, 0.6).retryLine(1),
                 QStringLiteral("The step failed on attempt 1 of 4; it runs again in 10 ms (retryCountOnTaskFailure: 3)."));
    }

    void waitWakesOnCancel()
    {
        QVERIFY(RetryPolicy::wait(std::chrono::milliseconds(5), nullptr));
        std::atomic<bool> cancel{false};
        QElapsedTimer timer;
        timer.start();
        std::thread canceler([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            cancel.store(true);
        });
        const bool completed = RetryPolicy::wait(std::chrono::seconds(60), &cancel);
        canceler.join();
        QVERIFY(!completed);
        QVERIFY(timer.elapsed() < 30000);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_retrypolicy.moc"
