// OutputLineSplitter: lines as Azure's agent reads a step's output (line ends, UTF-8 cut by
// reads, invalid bytes), and pieces of an overlong line never cut inside a secret.

#include "core/agent/outputlinesplitter.h"
#include "core/agent/secretmasker.h"

#include <QTest>

using namespace mlops;

namespace {

const QString kSecret = QStringLiteral("s3cr3t-B4DINPUT-v4lue");

}  // namespace

class TestOutputLineSplitter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitterMakesLinesAsAzuresAgentReadsThem_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("chunk");  // bytes per feed()
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("LF") << QByteArray("a\nb\n") << 64 << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("CRLF, last line open") << QByteArray("a\r\nb") << 64 << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("CRLF cut by a read") << QByteArray("a\r\nb\r\n") << 2 << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("lone CR") << QByteArray("a\rb\r") << 1 << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("empty lines") << QByteArray("\n\r\n\n") << 64 << QStringList{QString(), QString(), QString()};
        QTest::newRow("character cut by reads") << QByteArray("x\xe2\x82\xacy\xf0\x9f\x98\x80\n") << 1
                                                << QStringList{QStringLiteral("x\u20acy") + QString::fromUcs4(U"\U0001F600", 1)};
        QTest::newRow("invalid byte") << QByteArray("\xff\n") << 64 << QStringList{QStringLiteral("\ufffd")};
        QTest::newRow("lead byte then ASCII") << QByteArray("\xe2" "a\n") << 1 << QStringList{QStringLiteral("\ufffda")};
        QTest::newRow("nothing") << QByteArray() << 64 << QStringList{};
        QTest::newRow("no newline at all") << QByteArray("no newline") << 3 << QStringList{QStringLiteral("no newline")};
    }
    void splitterMakesLinesAsAzuresAgentReadsThem()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, chunk);
        QFETCH(QStringList, expected);
        agent::OutputLineSplitter splitter;
        QStringList lines;
        auto collect = [&](const QString &text, bool whole) {
            QVERIFY(whole);
            lines.append(text);
        };
        for (qsizetype i = 0; i < input.size(); i += chunk)
            splitter.feed(QByteArrayView(input).sliced(i, std::min<qsizetype>(chunk, input.size() - i)), collect);
        splitter.finish(collect);
        QCOMPARE(lines, expected);
        QCOMPARE(splitter.splitLineCount(), qint64(0));
    }

    void splitterCutsNeverInsideASecret_data()
    {
        QTest::addColumn<int>("secretAt");  // where the secret starts, relative to the cut
        for (int at : {-30, -21, -20, -10, -1, 0, 1, 5})
            QTest::newRow(qPrintable(QStringLiteral("secret at cut%1%2").arg(at < 0 ? QString() : QStringLiteral("+")).arg(at))) << at;
    }
    void splitterCutsNeverInsideASecret()
    {
        QFETCH(int, secretAt);
        agent::SecretMasker masker;
        masker.addSecret(kSecret);
        const qsizetype max = 1000;
        QByteArray input(3000, '.');
        input.replace(max + secretAt, kSecret.size(), kSecret.toUtf8());
        agent::OutputLineSplitter splitter(max, &masker);
        QStringList pieces;
        auto collect = [&](const QString &text, bool whole) {
            QVERIFY(!whole);
            pieces.append(text);
        };
        // Fed in small chunks, as pipes deliver it.
        for (qsizetype i = 0; i < input.size(); i += 333)
            splitter.feed(QByteArrayView(input).sliced(i, std::min<qsizetype>(333, input.size() - i)), collect);
        splitter.finish(collect);
        QCOMPARE(pieces.join(QString()), QString::fromUtf8(input));
        QString masked;
        for (const QString &piece : std::as_const(pieces)) {
            QVERIFY(piece.size() <= max + kSecret.size());
            masked += masker.mask(piece);
        }
        QCOMPARE(masked.count(QStringLiteral("***")), 1);
        QVERIFY(!masked.contains(kSecret.left(4)));
        QCOMPARE(splitter.splitLineCount(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestOutputLineSplitter)
#include "test_outputlinesplitter.moc"
