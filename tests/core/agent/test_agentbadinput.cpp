// Bad input to the local agent, end to end through the Orchestrator (the units that make
// it safe have their own tests: test_outputlinesplitter, test_steplog, test_taskinputcheck):
//  - a flood of output: the agent's memory stays bounded and the log is complete; with a
//    small StepLog limit the log is cut with a note (the same code path as the 4 GiB
//    default: only the limit differs, so the test need not write gigabytes — set
//    MLOPS_BADINPUT_FLOOD_MIB=2048 to run the 2 GB case by hand);
//  - binary output (NUL, random bytes), invalid UTF-8, control characters, "\r": the log
//    stays valid UTF-8 and readable, and masking still works;
//  - a 100,000-character line (kept whole) and a 10 MB line without a newline (logged in
//    pieces of 1 Mi characters, never cut inside a secret);
//  - steps that never end (silent, flooding, ignoring SIGTERM, with stdout closed): the
//    step timeout fails them, a cancel cancels them, no process is left behind;
//  - a task missing a required input: named before the run starts, and at run time when
//    a macro expands to nothing;
//  - a full disk while an artifact is published (a real tmpfs of 8 MiB, or, where mounting
//    is not allowed, RLIMIT_FSIZE): a clear failure, nothing half-written registered.

#include "core/agent/outputlinesplitter.h"
#include "core/agent/runsession.h"
#include "core/runs/artifactstore.h"
#include "core/runs/logreader.h"
#include "core/runs/logstore.h"
#include "core/runs/logwriter.h"
#include "core/runs/runstore.h"
#include "core/store/database.h"
#include "core/store/workspace.h"
#include "pipelineharness.h"
#include "smalldisk.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>


using namespace mlops;

Q_DECLARE_METATYPE(mlops::runs::RunResult)

namespace {

const QString kSecret = QStringLiteral("s3cr3t-B4DINPUT-v4lue");

// The harness's outcome (logs not collected: a flood would not fit) with step lookups.
struct Outcome : testing::PipelineOutcome {
    const runs::TimelineRecord *step(const QString &name) const
    {
        for (const runs::TimelineRecord &record : details.timeline) {
            if (record.type == runs::RecordType::Step && (record.name == name || record.displayName == name))
                return &record;
        }
        return nullptr;
    }
    QString logPath(const QString &stepName) const
    {
        const runs::TimelineRecord *record = step(stepName);
        return record && !record->logPath.isEmpty() ? runs::LogStore(workspace->directory()).absolutePath(record->logPath)
                                                     : QString();
    }
    QByteArray log(const QString &stepName) const
    {
        QFile file(logPath(stepName));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString issues(const QString &stepName) const
    {
        QStringList messages;
        if (const runs::TimelineRecord *record = step(stepName)) {
            for (const runs::Issue &issue : record->issues)
                messages.append(issue.message);
        }
        return messages.join(QLatin1Char('\n'));
    }
};

// Peak resident set size of this process (VmHWM) in KiB; resetPeak() starts a new peak.
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

bool processGone(const QString &pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const pid_t pid = pid_t(file.readAll().trimmed().toLongLong());
    return pid > 1 && ::kill(pid, 0) != 0;
}

}  // namespace

class TestAgentBadInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    Outcome runYaml(const QString &yaml, agent::OrchestratorOptions options = {},
                    const std::function<void(agent::Orchestrator &)> &during = {}, QString workspaceDir = {})
    {
        testing::PipelineSetup setup;
        setup.workspaceDirectory = workspaceDir;
        setup.pipelineName = QStringLiteral("badinput");
        setup.collectLogs = false;
        return Outcome{testing::runPipeline(m_root.filePath(QStringLiteral("case%1").arg(++m_counter)), yaml,
                                            std::move(options), during, setup)};
    }

private Q_SLOTS:
    // --- a flood of output -------------------------------------------------------------

    void floodOfOutputKeepsMemoryBoundedAndTheLogComplete()
    {
        const int envMib = qEnvironmentVariableIntValue("MLOPS_BADINPUT_FLOOD_MIB");
        const qint64 mib = envMib > 0 ? envMib : 256;
        // 100 bytes and a newline per line.
        const QString text = QStringLiteral("a line of output, written again and again by the flooding step ").leftJustified(100, QLatin1Char('.'));
        resetPeak();
        const qint64 before = peakRssKiB();
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- checkout: none
- bash: yes '%1' | head -c %2M
  name: flood
)Y").arg(text).arg(mib));
        const qint64 peak = peakRssKiB();
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        auto reader = runs::LogReader::open(outcome.logPath(QStringLiteral("flood")));
        QVERIFY(reader.ok());
        const qint64 bytes = mib * 1024 * 1024;
        const qint64 outputLines = (bytes + 100) / 101;  // the last one may be cut short by head
        qInfo("flood of %lld MiB: %.1f s, log %lld bytes in %lld lines, peak RSS %lld KiB (%lld KiB before the run)", mib,
              double(outcome.elapsedMs) / 1000.0, (*reader)->sizeBytes(), (*reader)->lineCount(), peak, before);
        // Complete: every line of output is in the log (the agent adds its own few lines).
        QVERIFY((*reader)->lineCount() >= outputLines);
        QVERIFY((*reader)->lineCount() < outputLines + 10);
        QVERIFY((*reader)->sizeBytes() > bytes + outputLines * runs::LogWriter::kPrefixSize);
        const qint64 last = (*reader)->lineCount() - 1;
        QVERIFY(runs::LogReader::textOf(*(*reader)->line(last)).startsWith("##[section]Finishing"));
        // Bounded: the agent reads a pipe chunk at a time and writes batches of 1 MiB.
        QVERIFY2(peak - before < 64 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peak - before)));
        QVERIFY(outcome.step(QStringLiteral("flood"))->issues.isEmpty());
    }

    void followingALongLogPassesItOnInBoundedChunks()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- checkout: none
- bash: seq 1 25000
  name: counting
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        const QString stepId = outcome.step(QStringLiteral("counting"))->id;
        qint64 lines = 0, calls = 0, completions = 0, largest = 0;
        QByteArray last;
        auto waited = agent::RunSession::wait(outcome.workspace, outcome.runId,
                                              [&](const runs::TimelineRecord &record, const QList<QByteArray> &chunk, bool completed) {
                                                  if (record.id != stepId)
                                                      return;
                                                  QCOMPARE(completions, qint64(0));  // nothing after the completion
                                                  ++calls;
                                                  lines += chunk.size();
                                                  largest = std::max<qint64>(largest, chunk.size());
                                                  if (!chunk.isEmpty())
                                                      last = chunk.last();
                                                  completions += completed ? 1 : 0;
                                              });
        QVERIFY(waited.ok());
        auto reader = runs::LogReader::open(outcome.logPath(QStringLiteral("counting")));
        QVERIFY(reader.ok());
        QCOMPARE(lines, (*reader)->lineCount());
        QVERIFY(largest <= 10000);
        QVERIFY(calls >= 3);
        QCOMPARE(completions, qint64(1));
        QVERIFY(last.startsWith("##[section]Finishing"));
    }

    void logSizeLimitCutsTheLogWithANote()
    {
        agent::OrchestratorOptions options;
        options.maxStepLogBytes = 1024 * 1024;
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- checkout: none
- bash: |
    echo "##vso[task.setsecret]%1"
    yes 'flood %1 flood' | head -c 8M
    echo "still running after the cut" >&2
  name: flood
  displayName: Flood
)Y").arg(kSecret),
                                        options);
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);  // a cut log does not fail the step
        const QByteArray log = outcome.log(QStringLiteral("flood"));
        QVERIFY(log.size() <= options.maxStepLogBytes + 4096);
        QVERIFY(log.contains("##[warning]The log of this step reached its size limit of 1048576 bytes"));
        QVERIFY(!log.contains(kSecret.toUtf8()));
        QVERIFY(log.contains("flood *** flood"));
        QVERIFY(!log.contains("still running after the cut"));
        const QList<QByteArray> lines = log.trimmed().split('\n');
        QVERIFY(lines.last().contains("line(s) of output ("));
        QVERIFY(lines.at(lines.size() - 2).contains("##[section]Finishing"));
        const QString issues = outcome.issues(QStringLiteral("flood"));
        QVERIFY2(issues.contains(QStringLiteral("were not logged")), qPrintable(issues));
        QCOMPARE(outcome.step(QStringLiteral("flood"))->warningCount, 1);
    }

    // --- binary output, invalid UTF-8, control characters -----------------------------

    void binaryOutputStaysReadable_data()
    {
        QTest::addColumn<QString>("printing");  // bash, after the secret was registered
        QTest::addColumn<QStringList>("expected");  // substrings of the log
        const QString s = kSecret;
        QTest::newRow("NUL bytes") << QStringLiteral("printf 'before\\0after %1\\0\\n'").arg(s)
                                   << QStringList{QStringLiteral("before\u2400after ***\u2400")};
        QTest::newRow("random bytes") << QStringLiteral("head -c 2M /dev/urandom; printf '\\n\\xff%1\\xfe\\n'").arg(s)
                                      << QStringList{QStringLiteral("\ufffd***\ufffd")};
        QTest::newRow("invalid UTF-8") << QStringLiteral("printf 'bad \\xff\\xfe \\xc0\\xaf \\xed\\xa0\\x80 %1 end\\n'").arg(s)
                                       << QStringList{QStringLiteral("bad \ufffd\ufffd \ufffd\ufffd \ufffd\ufffd\ufffd *** end")};
        QTest::newRow("cut character at the end") << QStringLiteral("printf '%1 cut \\xe2\\x82'").arg(s)
                                                  << QStringList{QStringLiteral("*** cut \ufffd")};
        QTest::newRow("stderr") << QStringLiteral("printf 'err \\x01\\x7f %1\\n' >&2").arg(s)
                                << QStringList{QStringLiteral("err \u2401\u2421 ***")};
        QTest::newRow("control characters") << QStringLiteral("printf 'bell\\a tab\\t \\033[31mred\\033[0m %1\\n'").arg(s)
                                            << QStringList{QStringLiteral("bell\u2407 tab\t \x1b[31mred\x1b[0m ***")};
        QTest::newRow("carriage returns") << QStringLiteral("printf 'progress 1\\rprogress 2\\r%1 done\\r\\n'").arg(s)
                                          << QStringList{QStringLiteral(" progress 1\n"), QStringLiteral(" progress 2\n"),
                                                         QStringLiteral(" *** done\n")};
        // A multi-byte character cut by every 64 KiB read must come out whole.
        QTest::newRow("multi-byte across reads") << QStringLiteral("for i in $(seq 1 30000); do printf '\\xe2\\x82\\xac'; done; echo ' %1'").arg(s)
                                                 << QStringList{QString(30000, QChar(0x20ac)) + QStringLiteral(" ***")};
    }
    void binaryOutputStaysReadable()
    {
        QFETCH(QString, printing);
        QFETCH(QStringList, expected);
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- checkout: none
- bash: |
    echo "##vso[task.setsecret]%1"
    %2
  name: binary
  displayName: Binary output
- bash: echo "next step runs"
  name: after
)Y").arg(kSecret, printing));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        const QByteArray log = outcome.log(QStringLiteral("binary"));
        QVERIFY(!log.isEmpty());
        QVERIFY(isValidUtf8(log));
        QVERIFY(!log.contains('\0'));
        QVERIFY(!log.contains(kSecret.toUtf8()));
        const QString text = QString::fromUtf8(log);
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(part.left(200)));
        QVERIFY(text.contains(QStringLiteral("##[section]Finishing")));
        QVERIFY(outcome.log(QStringLiteral("after")).contains("next step runs"));
        // The store holds no secret either.
        for (const runs::TimelineRecord &record : outcome.details.timeline) {
            for (const runs::Issue &issue : record.issues)
                QVERIFY(!issue.message.contains(kSecret));
        }
    }

    // --- long lines ----------------------------------------------------------------------

    void aLineOfAHundredThousandCharactersIsKeptWhole()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- checkout: none
- bash: |
    echo "##vso[task.setsecret]%1"
    python3 -c "import sys; sys.stdout.write('a' * 50000 + '%1' + 'b' * 49979 + '%1' + chr(10))"
  name: long
  displayName: A long line
)Y").arg(kSecret));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        auto reader = runs::LogReader::open(outcome.logPath(QStringLiteral("long")));
        QVERIFY(reader.ok());
        QByteArray found;
        for (qint64 i = 0; i < (*reader)->lineCount(); ++i) {
            const QByteArray text = runs::LogReader::textOf(*(*reader)->line(i));
            if (text.startsWith("aaaa"))
                found = text;
        }
        QCOMPARE(found.size(), 50000 + 3 + 49979 + 3);  // one line, both secrets masked
        QVERIFY(found.startsWith(QByteArray(QByteArray(50000, 'a') + "***b")));
        QVERIFY(found.endsWith("b***"));
    }

    void aTenMegabyteLineWithoutNewlineIsLoggedInPieces()
    {
        // The secret straddles the first 1 Mi boundary: the piece must end before it.
        const int before = 1024 * 1024 - 7;
        const int total = 10 * 1024 * 1024;
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- checkout: none
- bash: |
    echo "##vso[task.setsecret]%1"
    python3 -c "import sys; sys.stdout.write('x' * %2 + '%1' + 'y' * %3)"
    echo
    echo "##vso[task.setvariable variable=after]set"
  name: huge
  displayName: A huge line
- bash: echo "after=$(after)"
  name: next
)Y").arg(kSecret).arg(before).arg(total - before - kSecret.size()));
        QCOMPARE(outcome.result, runs::RunResult::Succeeded);
        auto reader = runs::LogReader::open(outcome.logPath(QStringLiteral("huge")));
        QVERIFY(reader.ok());
        qint64 xs = 0, ys = 0, pieces = 0, masks = 0;
        for (qint64 i = 0; i < (*reader)->lineCount(); ++i) {
            const QByteArray text = runs::LogReader::textOf(*(*reader)->line(i));
            if (!text.startsWith('x') && !text.startsWith('y') && !text.startsWith("***"))
                continue;
            ++pieces;
            QVERIFY(text.size() <= agent::OutputLineSplitter::kDefaultMaxLineLength);
            xs += text.count('x');
            ys += text.count('y');
            masks += text.count("***");
        }
        QCOMPARE(xs, qint64(before));
        QCOMPARE(ys, qint64(total - before - kSecret.size()));
        QCOMPARE(masks, qint64(1));
        QCOMPARE(pieces, qint64(11));  // cut before the secret, then every 1 Mi characters
        QVERIFY(!outcome.log(QStringLiteral("huge")).contains(kSecret.toUtf8()));
        // The pieces hide no logging command: the line after them still is one.
        QVERIFY(outcome.log(QStringLiteral("next")).contains("after=set"));
    }

    // --- steps that never end -----------------------------------------------------------

    void aStepThatNeverEnds_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("cancel");  // else the step's timeoutInMinutes ends it
        QTest::addColumn<runs::RunResult>("expected");
        QTest::addColumn<QString>("message");
        const QString silent = QStringLiteral("sleep 3600 & echo $! > %PID%; wait");
        const QString flooding = QStringLiteral("yes 'never ending' & echo $! > %PID%; wait");
        const QString stubborn = QStringLiteral("trap '' TERM; (trap '' TERM; exec yes 'stubborn') & echo $! > %PID%; wait; wait");
        const QString closed = QStringLiteral("exec >&- 2>&-; sleep 3600 & echo $! > %PID%; wait");
        const QString timedOut = QStringLiteral("The task has timed out");
        const QString canceled = QStringLiteral("The operation was canceled");
        QTest::newRow("silent, timeout") << silent << false << runs::RunResult::Failed << timedOut;
        QTest::newRow("flooding, timeout") << flooding << false << runs::RunResult::Failed << timedOut;
        QTest::newRow("ignores SIGTERM, timeout") << stubborn << false << runs::RunResult::Failed << timedOut;
        QTest::newRow("output closed, timeout") << closed << false << runs::RunResult::Failed << timedOut;
        QTest::newRow("silent, cancel") << silent << true << runs::RunResult::Canceled << canceled;
        QTest::newRow("flooding, cancel") << flooding << true << runs::RunResult::Canceled << canceled;
        QTest::newRow("ignores SIGTERM, cancel") << stubborn << true << runs::RunResult::Canceled << canceled;
    }
    void aStepThatNeverEnds()
    {
        QFETCH(QString, body);
        QFETCH(bool, cancel);
        QFETCH(runs::RunResult, expected);
        QFETCH(QString, message);
        const QString pidFile = m_root.filePath(QStringLiteral("never%1.pid").arg(++m_counter));
        body.replace(QStringLiteral("%PID%"), pidFile);
        agent::OrchestratorOptions options;
        options.secondsPerMinute = 1.0;  // timeoutInMinutes: 2 → two seconds
        options.killGraceMs = 500;
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- job: Forever
  steps:
  - checkout: none
  - bash: %1
    name: forever
%2
  - bash: echo "cleanup ran"
    name: cleanup
    condition: always()
)Y").arg(body, cancel ? QString() : QStringLiteral("    timeoutInMinutes: 2")),
                                        options, [cancel](agent::Orchestrator &orchestrator) {
                                            if (!cancel)
                                                return;
                                            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
                                            orchestrator.cancel();
                                        });
        QCOMPARE(outcome.result, expected);
        QVERIFY2(outcome.elapsedMs < 20000, qPrintable(QString::number(outcome.elapsedMs)));
        QCOMPARE(outcome.step(QStringLiteral("forever"))->result, expected);
        QVERIFY2(outcome.issues(QStringLiteral("forever")).contains(message), qPrintable(outcome.issues(QStringLiteral("forever"))));
        QCOMPARE(outcome.step(QStringLiteral("cleanup"))->result, runs::RunResult::Succeeded);
        QVERIFY(outcome.log(QStringLiteral("cleanup")).contains("cleanup ran"));
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pidFile), 5000);
        QVERIFY(isValidUtf8(outcome.log(QStringLiteral("forever"))));
    }

    // --- a task missing a required input --------------------------------------------------

    void theRunDoesNotStartWhenAnInputIsMissing()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(jobs:
- job: Build
  steps:
  - bash: echo "must not run" > %1
  - task: Bash@3
    inputs:
      targetType: filePath
)Y").arg(m_root.filePath(QStringLiteral("ran.txt"))));
        QVERIFY2(outcome.error.contains(QStringLiteral("(task Bash@3) is missing the required input 'filePath'")),
                 qPrintable(outcome.error));
        QCOMPARE(outcome.details.run.state, runs::RunState::Completed);
        QCOMPARE(outcome.details.run.result, std::optional<runs::RunResult>(runs::RunResult::Failed));
        QVERIFY(outcome.details.run.resultMessage.contains(QStringLiteral("filePath")));
        QVERIFY(outcome.details.timeline.isEmpty());  // no stage, job or step started
        QVERIFY(!QFile::exists(m_root.filePath(QStringLiteral("ran.txt"))));
    }

    void anInputThatExpandsToNothingFailsTheStep()
    {
        const Outcome outcome = runYaml(QStringLiteral(R"Y(variables:
  target: ''
steps:
- checkout: none
- task: CopyFiles@2
  name: copy
  inputs:
    TargetFolder: $(target)
)Y"));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QCOMPARE(outcome.step(QStringLiteral("copy"))->result, runs::RunResult::Failed);
        QVERIFY2(outcome.issues(QStringLiteral("copy")).contains(QStringLiteral("Input required: TargetFolder (task CopyFiles@2)")),
                 qPrintable(outcome.issues(QStringLiteral("copy"))));
    }

    // --- a full disk -----------------------------------------------------------------------

    void fullDiskWhilePublishingAnArtifact()
    {
        // The payload is made before the disk is made small (RLIMIT_FSIZE would stop it).
        const QString payload = m_root.filePath(QStringLiteral("payload.bin"));
        {
            QFile file(payload);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            for (int i = 0; i < 16; ++i) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
                file.write(block);
            }
        }
        const QString small = m_root.filePath(QStringLiteral("small.txt"));
        {
            QFile file(small);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("small but whole\n");
        }
        const QString disk = m_root.filePath(QStringLiteral("disk"));
        testing::SmallDisk smallDisk(disk, 8 * 1024 * 1024);
        QVERIFY2(smallDisk.isReady(), "neither a tmpfs nor RLIMIT_FSIZE could make a small disk");
        qInfo("full disk simulated with %s", qPrintable(smallDisk.mode()));
        const Outcome outcome = runYaml(QStringLiteral(R"Y(steps:
- checkout: none
- publish: %1
  artifact: big
  name: publishBig
- publish: %2
  artifact: small
  name: publishSmall
  condition: always()
)Y").arg(payload, small),
                                        {}, {}, disk + QStringLiteral("/ws"));
        QCOMPARE(outcome.result, runs::RunResult::Failed);
        QCOMPARE(outcome.step(QStringLiteral("publishBig"))->result, runs::RunResult::Failed);
        const QString issues = outcome.issues(QStringLiteral("publishBig"));
        QVERIFY2(issues.contains(QStringLiteral("payload.bin")) && issues.contains(smallDisk.fullMessage()), qPrintable(issues));
        QCOMPARE(outcome.step(QStringLiteral("publishSmall"))->result, runs::RunResult::Succeeded);

        // Nothing half-written: the store lists only the artifact that was published whole,
        // no temporary blob is left, and the database is consistent.
        runs::ArtifactStore artifacts(outcome.workspace);
        auto listed = artifacts.artifacts(outcome.runId);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("small"));
        QVERIFY(QDir(disk + QStringLiteral("/ws/artifacts/tmp")).isEmpty());
        QDirIterator blobs(disk + QStringLiteral("/ws/artifacts/sha256"), QDir::Files, QDirIterator::Subdirectories);
        int blobCount = 0;
        while (blobs.hasNext()) {
            blobs.next();
            ++blobCount;
            QVERIFY(blobs.fileInfo().size() < 1024);
        }
        QCOMPARE(blobCount, 1);
        QSqlQuery check(outcome.workspace->database().connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(artifacts.download(listed->first(), m_root.filePath(QStringLiteral("downloaded"))).ok());
        QFile downloaded(m_root.filePath(QStringLiteral("downloaded/small.txt")));
        QVERIFY(downloaded.open(QIODevice::ReadOnly));
        QCOMPARE(downloaded.readAll(), QByteArray("small but whole\n"));
    }

};

QTEST_GUILESS_MAIN(TestAgentBadInput)
#include "test_agentbadinput.moc"
