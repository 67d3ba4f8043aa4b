// StepLog: readable text (control pictures), UTF-8 sizes, and a step log on a full disk.

#include "core/agent/secretmasker.h"
#include "core/agent/steplog.h"
#include "core/runs/logreader.h"
#include "core/runs/logwriter.h"
#include "smalldisk.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mlops;

class TestStepLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;

private Q_SLOTS:
    void readableText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
        QTest::newRow("tab and ESC kept") << QStringLiteral("a\tb\x1b[1m") << QStringLiteral("a\tb\x1b[1m");
        QTest::newRow("NUL") << QString(QStringLiteral("a%1b")).arg(QChar(0)) << QStringLiteral("a\u2400b");
        QTest::newRow("DEL and BEL") << QStringLiteral("\x7f\x07") << QStringLiteral("\u2421\u2407");
        QTest::newRow("CR before LF dropped") << QStringLiteral("one\r\ntwo\rthree") << QStringLiteral("one\ntwo\u240dthree");
        QTest::newRow("replacement kept") << QStringLiteral("\ufffd") << QStringLiteral("\ufffd");
    }
    void readableText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(agent::StepLog::readable(input), expected);
        QCOMPARE(agent::StepLog::utf8Size(input), qint64(input.toUtf8().size()));
    }

    void fullDiskWhileLogging()
    {
        const QString disk = m_root.filePath(QStringLiteral("logdisk"));
        testing::SmallDisk smallDisk(disk, 1024 * 1024);
        QVERIFY(smallDisk.isReady());
        auto writer = runs::LogWriter::open(disk + QStringLiteral("/step.log"));
        QVERIFY(writer.ok());
        agent::SecretMasker masker;
        agent::StepLog log(std::move(writer).value(), &masker);
        log.write(QStringLiteral("##[section]Starting: a step that fills the disk"));
        const QString line(200, QLatin1Char('z'));
        for (int i = 0; i < 10000; ++i) {  // ~2.3 MB: more than the disk holds
            log.addOutput(line);
            if (i % 100 == 0)
                log.flush();
        }
        log.flush();
        QVERIFY2(log.writeError().contains(smallDisk.fullMessage()), qPrintable(log.writeError()));
        QVERIFY(log.omittedLines() > 0);
        QVERIFY(log.omissionMessage().contains(QStringLiteral("could not be written")));
        log.close();
        // What was written is whole lines: the log reads back cleanly.
        auto reader = runs::LogReader::open(disk + QStringLiteral("/step.log"));
        QVERIFY(reader.ok());
        QVERIFY((*reader)->lineCount() > 1);
        // Starting, the lines that fit, and the note close() could add once the cut freed a little space.
        const QByteArray last = runs::LogReader::textOf(*(*reader)->line((*reader)->lineCount() - 1));
        const qint64 notes = last.contains("could not be written") ? 1 : 0;
        QCOMPARE((*reader)->lineCount() - 1 - notes + log.omittedLines(), qint64(10000));
    }
};

QTEST_GUILESS_MAIN(TestStepLog)
#include "test_steplog.moc"
