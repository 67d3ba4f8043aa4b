// LogSearch: plain (case-sensitive and not), regex, progressive results, cancellation.
#include "core/logs/logsearch.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops::logs;

namespace {

QByteArray sampleLog(int lines)
{
    QByteArray out;
    for (int i = 0; i < lines; ++i) {
        out += "2026-11-25T10:00:00.0000000Z ";
        if (i == 10 || i == lines / 2 || i == lines - 1)
            out += "\x1b[31;1mFATAL\x1b[0m sentinel-7f3a: worker lost\n";
        else if (i % 100 == 7)
            out += "##[error]Process completed with exit code 2.\n";
        else if (i % 50 == 3)
            out += "Caf\xc3\xa9 ERROR line " + QByteArray::number(i) + '\n';
        else
            out += "[ 42%] Building CXX object file_" + QByteArray::number(i) + ".cpp.o\n";
    }
    return out;
}

QList<qint64> naive(const QByteArray &data, const SearchQuery &q)
{
    QList<qint64> out;
    const QList<QByteArray> lines = data.split('\n');
    QRegularExpression re(q.text, q.caseSensitive ? QRegularExpression::NoPatternOption
                                                   : QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty())
            break;
        const QString text = QString::fromUtf8(lines[i]);
        const bool m = q.regex ? re.match(text).hasMatch()
                               : text.contains(q.text, q.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        if (m)
            out.append(i);
    }
    return out;
}

}  // namespace

class TestLogSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesNaive_data();
    void matchesNaive();
    void worker();
    void invalidQueries();
    void cancel();
};

void TestLogSearch::matchesNaive_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<bool>("caseSensitive");
    QTest::newRow("rare") << QStringLiteral("sentinel-7f3a") << false << true;
    QTest::newRow("case-insensitive") << QStringLiteral("SENTINEL-7F3A") << false << false;
    QTest::newRow("case-sensitive miss") << QStringLiteral("SENTINEL-7F3A") << false << true;
    QTest::newRow("frequent") << QStringLiteral("error") << false << false;
    QTest::newRow("frequent cs") << QStringLiteral("ERROR") << false << true;
    QTest::newRow("non-ascii ci") << QStringLiteral("CAF\u00c9") << false << false;
    QTest::newRow("utf8 cs") << QStringLiteral("Caf\u00e9") << false << true;
    QTest::newRow("regex") << QStringLiteral("file_1\\d{2}\\.cpp") << true << true;
    QTest::newRow("regex ci") << QStringLiteral("^.*z (fatal|##\\[ERROR\\])") << true << false;
    QTest::newRow("absent") << QStringLiteral("no such text") << false << false;
}

void TestLogSearch::matchesNaive()
{
    QFETCH(QString, text);
    QFETCH(bool, regex);
    QFETCH(bool, caseSensitive);
    const QByteArray data = sampleLog(20000);
    const SearchQuery q{text, regex, caseSensitive};
    QList<qint64> found;
    const qint64 total = LogSearch::search(data.constData(), data.size(), q, nullptr,
                                           [&](const QList<qint64> &lines) { found += lines; });
    const QList<qint64> expected = naive(data, q);
    QCOMPARE(found, expected);
    QCOMPARE(total, expected.size());
    // With a line index to place the hits: same answer.
    const LogIndex index = LogIndex::build(data.constData(), data.size(), 2);
    QList<qint64> viaIndex;
    LogSearch::search(data.constData(), data.size(), q, nullptr,
                      [&](const QList<qint64> &lines) { viaIndex += lines; }, {}, &index);
    QCOMPARE(viaIndex, expected);
}

void TestLogSearch::worker()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.log"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sampleLog(200000));
    f.close();
    LogSearch search;
    QSignalSpy batches(&search, &LogSearch::matchesFound);
    QSignalSpy done(&search, &LogSearch::finished);
    QVERIFY(search.start(path, {QStringLiteral("sentinel-7f3a"), false, false}).ok());
    QVERIFY(done.wait(20000));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.front().front().toLongLong(), 3);
    QList<qint64> all;
    for (const auto &b : batches)
        all += b.front().value<QList<qint64>>();
    QCOMPARE(all, (QList<qint64>{10, 100000, 199999}));
    QVERIFY(!search.isRunning());
}

void TestLogSearch::invalidQueries()
{
    LogSearch search;
    const auto empty = search.start(QStringLiteral("/tmp/x"), {});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, mlops::ErrorCode::InvalidInput);
    const auto bad = search.start(QStringLiteral("/tmp/x"), {QStringLiteral("a(b"), true, false});
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("offset")));
    QSignalSpy failed(&search, &LogSearch::failed);
    QVERIFY(search.start(QStringLiteral("/nonexistent/x.log"), {QStringLiteral("a"), false, false}).ok());
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.front().front().toString().contains(QStringLiteral("/nonexistent/x.log")));
}

void TestLogSearch::cancel()
{
    const QByteArray data = sampleLog(20000);
    std::atomic_bool stop{true};
    const qint64 total = LogSearch::search(data.constData(), data.size(), {QStringLiteral("error"), true, false},
                                           &stop, {});
    QCOMPARE(total, -1);
    const qint64 plain = LogSearch::search(data.constData(), data.size(), {QStringLiteral("zzz"), false, false},
                                           &stop, {});
    QCOMPARE(plain, -1);

    // A running worker search stops: no finished() after cancel().
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.log"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20; ++i)
        f.write(sampleLog(20000));
    f.close();
    LogSearch search;
    QSignalSpy done(&search, &LogSearch::finished);
    QVERIFY(search.start(path, {QStringLiteral("e.*r"), true, false}).ok());
    search.cancel();
    QVERIFY(!search.isRunning());
    QTest::qWait(100);
    QCOMPARE(done.size(), 0);
}

QTEST_GUILESS_MAIN(TestLogSearch)
#include "test_logsearch.moc"
