// StepCommandProcessor: what each logging command does to a step's state.
#include "core/agent/loggingcommandparser.h"
#include "core/agent/secretmasker.h"
#include "core/agent/stepcommandprocessor.h"

#include <QTest>

using namespace mlops::agent;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

VariableMap jobVariables()
{
    VariableMap vars;
    vars.set(s("Build.SourcesDirectory"), s("/w/1/s"), false, true);  // system: read-only
    vars.set(s("System.AccessToken"), s("tok-SECRET-123"), true, true);
    vars.set(s("locked"), s("orig"), false, true);
    vars.set(s("password"), s("p@ss-w0rd!"), true, false);
    vars.set(s("plain"), s("p"));
    return vars;
}

// Feeds each line through processLine; returns all log lines produced.
QStringList feed(StepCommandProcessor &p, const QStringList &lines)
{
    QStringList log;
    for (const QString &l : lines)
        log += p.processLine(l).logLines;
    return log;
}

}  // namespace

class TestStepCommandProcessor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void setVariable_data();
    void setVariable();
    void setVariableOutputOverwritesOnlyPrefixed();
    void secretMaskedAfterwards();
    void multiLineSecretRejected();
    void setSecret();
    void logIssue_data();
    void logIssue();
    void complete_data();
    void complete();
    void setProgress_data();
    void setProgress();
    void prependPath();
    void uploads();
    void uploadErrors_data();
    void uploadErrors();
    void buildNumberAndTags();
    void unsupportedCommands_data();
    void unsupportedCommands();
    void processLineKinds();
    void taskVariableAndDebug();
};

void TestStepCommandProcessor::setVariable_data()
{
    QTest::addColumn<QString>("stepName");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("storedAs");      // expected job-level name ("" = nothing stored)
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("output");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<int>("errors");

    QTest::newRow("plain") << s("build") << s("##vso[task.setvariable variable=a]1") << s("a") << s("1") << false
                           << false << false << 0 << 0;
    QTest::newRow("output with step name") << s("build") << s("##vso[task.setvariable variable=ver;isOutput=true]2.0")
                                           << s("build.ver") << s("2.0") << false << false << true << 0 << 0;
    QTest::newRow("output without step name") << QString() << s("##vso[task.setvariable variable=ver;isOutput=true]2.0")
                                              << s("ver") << s("2.0") << false << false << true << 0 << 0;
    QTest::newRow("isOutput=1 is false") << s("build") << s("##vso[task.setvariable variable=v;isOutput=1]x") << s("v")
                                         << s("x") << false << false << false << 0 << 0;
    QTest::newRow("secret") << s("build") << s("##vso[task.setvariable variable=k;issecret=true]abcdef") << s("k")
                            << s("abcdef") << true << false << false << 0 << 0;
    QTest::newRow("secret output") << s("train") << s("##vso[task.setvariable variable=k;isSecret=True;isOutput=TRUE]xyz123")
                                   << s("train.k") << s("xyz123") << true << false << true << 0 << 0;
    QTest::newRow("isSecret=yes is false") << s("b") << s("##vso[task.setvariable variable=k;isSecret=yes]abc") << s("k")
                                           << s("abc") << false << false << false << 0 << 0;
    QTest::newRow("read-only new") << s("b") << s("##vso[task.setvariable variable=r;isReadOnly=true]1") << s("r")
                                   << s("1") << false << true << false << 0 << 0;
    QTest::newRow("overwrite existing plain") << s("b") << s("##vso[task.setvariable variable=PLAIN]q") << s("plain")
                                              << s("q") << false << false << false << 0 << 0;
    QTest::newRow("overwrite secret stays secret") << s("b") << s("##vso[task.setvariable variable=password]newpw")
                                                   << s("password") << s("newpw") << true << false << false << 0 << 0;
    QTest::newRow("read-only refused") << s("b") << s("##vso[task.setvariable variable=locked]x") << QString()
                                       << QString() << false << false << false << 1 << 0;
    QTest::newRow("read-only other case refused") << s("b") << s("##vso[task.setvariable variable=LOCKED]x")
                                                  << QString() << QString() << false << false << false << 1 << 0;
    QTest::newRow("system variable refused") << s("b")
                                             << s("##vso[task.setvariable variable=build.sourcesdirectory]/x")
                                             << QString() << QString() << false << false << false << 1 << 0;
    QTest::newRow("system secret refused") << s("b") << s("##vso[task.setvariable variable=System.AccessToken]x")
                                           << QString() << QString() << false << false << false << 1 << 0;
    QTest::newRow("missing variable") << s("b") << s("##vso[task.setvariable]1") << QString() << QString() << false
                                      << false << false << 0 << 1;
    QTest::newRow("blank variable") << s("b") << s("##vso[task.setvariable variable= ]1") << QString() << QString()
                                    << false << false << false << 0 << 1;
    QTest::newRow("empty value allowed") << s("b") << s("##vso[task.setvariable variable=e]") << s("e") << QString()
                                         << false << false << false << 0 << 0;
    QTest::newRow("escaped value") << s("b") << s("##vso[task.setvariable variable=m]a%0Ab%3Bc") << s("m")
                                   << s("a\nb;c") << false << false << false << 0 << 0;
    QTest::newRow("dotted name") << s("b") << s("##vso[task.setvariable variable=my.var]v") << s("my.var") << s("v")
                                 << false << false << false << 0 << 0;
}

void TestStepCommandProcessor::setVariable()
{
    QFETCH(QString, stepName);
    QFETCH(QString, line);
    QFETCH(QString, storedAs);
    QFETCH(QString, value);
    QFETCH(bool, secret);
    QFETCH(bool, readOnly);
    QFETCH(bool, output);
    QFETCH(int, warnings);
    QFETCH(int, errors);

    SecretMasker masker;
    StepCommandProcessor p(stepName, jobVariables(), &masker);
    const auto result = p.processLine(line);
    QVERIFY(result.isCommand);
    const StepOutcome &o = p.outcome();
    QCOMPARE(o.warningCount, warnings);
    QCOMPARE(o.errorCount, errors);
    QCOMPARE(int(result.logLines.size()), warnings + errors);
    if (storedAs.isEmpty()) {
        QVERIFY(o.variablesSet.isEmpty());
        QVERIFY(o.outputs.isEmpty());
        QCOMPARE(p.variables().names(), jobVariables().names());
        const QList<Variable> before = jobVariables().variables();
        for (const Variable &v : before)
            QCOMPARE(p.variables().value(v.name), std::optional<QString>(v.value));
        return;
    }
    const Variable *v = p.variables().find(storedAs);
    QVERIFY(v);
    QCOMPARE(v->value, value);
    QCOMPARE(v->isSecret, secret);
    QCOMPARE(v->isReadOnly, readOnly);
    QCOMPARE(o.variablesSet.size(), 1);
    QCOMPARE(o.variablesSet.first().name.toLower(), storedAs.toLower());
    QCOMPARE(o.outputs.size(), output ? 1 : 0);
    if (output) {
        QCOMPARE(o.outputs.first().value, value);
        QCOMPARE(o.outputs.first().isSecret, secret);
        if (!stepName.isEmpty())  // not visible under the plain name in the producing job
            QVERIFY(!p.variables().contains(o.outputs.first().name));
    }
    QCOMPARE(o.secretsRegistered.contains(value), secret);
    if (secret)
        QCOMPARE(masker.mask(QString(s("x ") + value + s(" y"))), s("x *** y"));
}

void TestStepCommandProcessor::setVariableOutputOverwritesOnlyPrefixed()
{
    StepCommandProcessor p(s("s1"), jobVariables());
    feed(p, {s("##vso[task.setvariable variable=plain;isOutput=true]out"),
             s("##vso[task.setvariable variable=plain;isOutput=true]out2")});
    QCOMPARE(p.variables().value(s("plain")), std::optional<QString>(s("p")));
    QCOMPARE(p.variables().value(s("S1.PLAIN")), std::optional<QString>(s("out2")));
    QCOMPARE(p.outcome().outputs.size(), 1);
    QCOMPARE(p.outcome().outputs.first().value, s("out2"));
    QCOMPARE(p.outcome().variablesSet.size(), 1);
}

void TestStepCommandProcessor::secretMaskedAfterwards()
{
    SecretMasker masker;
    StepCommandProcessor p(s("s"), jobVariables(), &masker);
    const QString before = s("token is s3cr3t-V4lue");
    QCOMPARE(masker.mask(before), before);
    feed(p, {s("##vso[task.setvariable variable=tok;issecret=true]s3cr3t-V4lue")});
    QCOMPARE(masker.mask(before), s("token is ***"));
    // A later plain re-set of the same variable stays secret and masks the new value too.
    feed(p, {s("##vso[task.setvariable variable=tok]another-one")});
    QVERIFY(p.variables().find(s("tok"))->isSecret);
    QCOMPARE(masker.mask(s("another-one")), s("***"));
}

void TestStepCommandProcessor::multiLineSecretRejected()
{
    SecretMasker masker;
    StepCommandProcessor p(s("s"), jobVariables(), &masker);
    const QStringList log = feed(p, {s("##vso[task.setvariable variable=k;issecret=true]line1%0Aline2")});
    QCOMPARE(p.outcome().errorCount, 1);
    QVERIFY(!p.variables().contains(s("k")));
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().startsWith(s("##[error]")));
    QVERIFY(log.first().contains(s("multi-line")));
    QVERIFY(!log.first().contains(s("line1")));  // the rejected secret is not echoed
    QCOMPARE(masker.patternCount(), 0);
    // Multi-line plain values are fine.
    feed(p, {s("##vso[task.setvariable variable=m]a%0Ab")});
    QCOMPARE(p.variables().value(s("m")), std::optional<QString>(s("a\nb")));
}

void TestStepCommandProcessor::setSecret()
{
    SecretMasker masker;
    StepCommandProcessor p(s("s"), jobVariables(), &masker);
    feed(p, {s("##vso[task.setsecret]hunter2hunter2"), s("##vso[task.setsecret]"),
             s("##vso[task.setsecret]a%0Ab")});
    QCOMPARE(masker.mask(s("pw=hunter2hunter2")), s("pw=***"));
    QCOMPARE(p.outcome().secretsRegistered, QStringList{s("hunter2hunter2")});
    QCOMPARE(p.outcome().errorCount, 1);  // the multi-line one
    QVERIFY(p.outcome().variablesSet.isEmpty());
}

void TestStepCommandProcessor::logIssue_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<bool>("fromLogIssue");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("sourcePath");
    QTest::addColumn<int>("lineNumber");
    QTest::addColumn<int>("columnNumber");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("logLine");

    QTest::newRow("error full")
        << s("##vso[task.logissue type=error;sourcepath=src/train.py;linenumber=12;columnnumber=4;code=E42]bad shape")
        << 1 << 0 << true << s("bad shape") << s("src/train.py") << 12 << 4 << s("E42") << s("##[error]bad shape");
    QTest::newRow("warning minimal") << s("##vso[task.logissue type=warning]slow") << 0 << 1 << true << s("slow")
                                     << QString() << 0 << 0 << QString() << s("##[warning]slow");
    QTest::newRow("type case-insensitive") << s("##vso[task.logissue type=Warning]w") << 0 << 1 << true << s("w")
                                           << QString() << 0 << 0 << QString() << s("##[warning]w");
    QTest::newRow("line only") << s("##vso[task.logissue type=error;linenumber=7]m") << 1 << 0 << true << s("m")
                               << QString() << 7 << 0 << QString() << s("##[error]m");
    QTest::newRow("non-numeric positions ignored") << s("##vso[task.logissue type=error;linenumber=x;columnnumber=-3]m")
                                                   << 1 << 0 << true << s("m") << QString() << 0 << 0 << QString()
                                                   << s("##[error]m");
    QTest::newRow("escaped message") << s("##vso[task.logissue type=error]a%3Bb%5D") << 1 << 0 << true << s("a;b]")
                                     << QString() << 0 << 0 << QString() << s("##[error]a;b]");
    QTest::newRow("missing type") << s("##vso[task.logissue]m") << 1 << 0 << false << QString() << QString() << 0 << 0
                                  << QString() << QString();
    QTest::newRow("bad type") << s("##vso[task.logissue type=info]m") << 1 << 0 << false << QString() << QString() << 0
                              << 0 << QString() << QString();
}

void TestStepCommandProcessor::logIssue()
{
    QFETCH(QString, line);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(bool, fromLogIssue);
    QFETCH(QString, message);
    QFETCH(QString, sourcePath);
    QFETCH(int, lineNumber);
    QFETCH(int, columnNumber);
    QFETCH(QString, code);
    QFETCH(QString, logLine);

    StepCommandProcessor p(s("s"), jobVariables());
    const QStringList log = p.processLine(line).logLines;
    const StepOutcome &o = p.outcome();
    QCOMPARE(o.errorCount, errors);
    QCOMPARE(o.warningCount, warnings);
    QCOMPARE(o.issues.size(), 1);
    const Issue &i = o.issues.first();
    QCOMPARE(i.fromLogIssue, fromLogIssue);
    QVERIFY(!o.requestedResult.has_value());  // an issue never changes the result
    if (fromLogIssue) {
        QCOMPARE(i.message, message);
        QCOMPARE(i.sourcePath, sourcePath);
        QCOMPARE(i.lineNumber, lineNumber);
        QCOMPARE(i.columnNumber, columnNumber);
        QCOMPARE(i.code, code);
        QCOMPARE(log, QStringList{logLine});
    } else {
        QVERIFY(i.message.contains(s("task.logissue")));
        QVERIFY(i.message.contains(s("type")));
    }
}

void TestStepCommandProcessor::complete_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("result");  // -1 = none
    QTest::addColumn<bool>("done");
    QTest::addColumn<int>("errors");
    QTest::newRow("succeeded") << QStringList{s("##vso[task.complete result=Succeeded]")} << int(TaskResult::Succeeded)
                               << false << 0;
    QTest::newRow("default result") << QStringList{s("##vso[task.complete]")} << int(TaskResult::Succeeded) << false
                                    << 0;
    QTest::newRow("with issues") << QStringList{s("##vso[task.complete result=SucceededWithIssues]")}
                                 << int(TaskResult::SucceededWithIssues) << false << 0;
    QTest::newRow("failed done") << QStringList{s("##vso[task.complete result=Failed;done=true]DONE")}
                                 << int(TaskResult::Failed) << true << 0;
    QTest::newRow("case-insensitive") << QStringList{s("##vso[task.complete result=failed]")}
                                      << int(TaskResult::Failed) << false << 0;
    QTest::newRow("worst wins") << QStringList{s("##vso[task.complete result=Failed]"),
                                               s("##vso[task.complete result=Succeeded]")}
                                << int(TaskResult::Failed) << false << 0;
    QTest::newRow("issues then failed") << QStringList{s("##vso[task.complete result=SucceededWithIssues]"),
                                                       s("##vso[task.complete result=Failed]")}
                                        << int(TaskResult::Failed) << false << 0;
    QTest::newRow("invalid") << QStringList{s("##vso[task.complete result=Skipped]")} << -1 << false << 1;
    QTest::newRow("done=1 is false") << QStringList{s("##vso[task.complete result=Succeeded;done=1]")}
                                     << int(TaskResult::Succeeded) << false << 0;
}

void TestStepCommandProcessor::complete()
{
    QFETCH(QStringList, lines);
    QFETCH(int, result);
    QFETCH(bool, done);
    QFETCH(int, errors);
    StepCommandProcessor p(s("s"), jobVariables());
    feed(p, lines);
    const StepOutcome &o = p.outcome();
    QCOMPARE(o.requestedResult.has_value() ? int(*o.requestedResult) : -1, result);
    QCOMPARE(o.done, done);
    QCOMPARE(o.errorCount, errors);
}

void TestStepCommandProcessor::setProgress_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("progress");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("errors");
    QTest::newRow("75") << s("##vso[task.setprogress value=75;]Uploading") << 75 << s("Uploading") << 0;
    QTest::newRow("0") << s("##vso[task.setprogress value=0]start") << 0 << s("start") << 0;
    QTest::newRow("100") << s("##vso[task.setprogress value=100]") << 100 << QString() << 0;
    QTest::newRow("101") << s("##vso[task.setprogress value=101]x") << -1 << QString() << 1;
    QTest::newRow("negative") << s("##vso[task.setprogress value=-1]x") << -1 << QString() << 1;
    QTest::newRow("text") << s("##vso[task.setprogress value=half]x") << -1 << QString() << 1;
    QTest::newRow("missing") << s("##vso[task.setprogress]x") << -1 << QString() << 1;
}

void TestStepCommandProcessor::setProgress()
{
    QFETCH(QString, line);
    QFETCH(int, progress);
    QFETCH(QString, operation);
    QFETCH(int, errors);
    StepCommandProcessor p(s("s"), jobVariables());
    feed(p, {line});
    QCOMPARE(p.outcome().progress, progress);
    QCOMPARE(p.outcome().currentOperation, operation);
    QCOMPARE(p.outcome().errorCount, errors);
}

void TestStepCommandProcessor::prependPath()
{
    StepCommandProcessor p(s("s"), jobVariables());
    feed(p, {s("##vso[task.prependpath]/opt/a/bin"), s("##vso[task.prependpath] /opt/b/bin "),
             s("##vso[task.prependpath]/opt/a/bin"), s("##vso[task.prependpath]")});
    QCOMPARE(p.outcome().prependedPaths, (QStringList{s("/opt/b/bin"), s("/opt/a/bin")}));
    QCOMPARE(p.outcome().errorCount, 1);
}

void TestStepCommandProcessor::uploads()
{
    StepCommandProcessor p(s("s"), jobVariables());
    const QStringList log = feed(p, {s("##vso[task.uploadfile]/tmp/report.txt"),
                                     s("##vso[task.uploadsummary]/tmp/summary.md"),
                                     s("##vso[task.addattachment type=Distributedtask.Core.Summary;name=s1]/tmp/s1.md"),
                                     s("##vso[build.uploadlog]/tmp/extra.log"),
                                     s("##vso[artifact.upload containerfolder=drop;artifactname=model]out/model.bin"),
                                     s("##vso[artifact.upload artifactname=metrics]out/metrics.json")});
    QVERIFY(log.isEmpty());
    const QList<UploadRequest> &u = p.outcome().uploads;
    QCOMPARE(u.size(), 6);
    QCOMPARE(u[0].kind, UploadRequest::Kind::StepFile);
    QCOMPARE(u[0].path, s("/tmp/report.txt"));
    QCOMPARE(u[1].kind, UploadRequest::Kind::Summary);
    QCOMPARE(u[2].kind, UploadRequest::Kind::Attachment);
    QCOMPARE(u[2].attachmentType, s("Distributedtask.Core.Summary"));
    QCOMPARE(u[2].attachmentName, s("s1"));
    QCOMPARE(u[3].kind, UploadRequest::Kind::BuildLog);
    QCOMPARE(u[4].kind, UploadRequest::Kind::Artifact);
    QCOMPARE(u[4].artifactName, s("model"));
    QCOMPARE(u[4].containerFolder, s("drop"));
    QCOMPARE(u[4].path, s("out/model.bin"));
    QCOMPARE(u[5].containerFolder, s("metrics"));  // defaults to the artifact name
    QCOMPARE(p.outcome().errorCount, 0);
}

void TestStepCommandProcessor::uploadErrors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("uploadfile empty") << s("##vso[task.uploadfile]") << s("file path");
    QTest::newRow("summary empty") << s("##vso[task.uploadsummary]  ") << s("file path");
    QTest::newRow("attachment no type") << s("##vso[task.addattachment name=n]/x") << s("'type'");
    QTest::newRow("attachment no name") << s("##vso[task.addattachment type=t]/x") << s("'name'");
    QTest::newRow("artifact no name") << s("##vso[artifact.upload containerfolder=drop]/x") << s("'artifactname'");
    QTest::newRow("artifact no path") << s("##vso[artifact.upload artifactname=a]") << s("path to upload");
    QTest::newRow("buildnumber empty") << s("##vso[build.updatebuildnumber] ") << s("build number");
    QTest::newRow("tag empty") << s("##vso[build.addbuildtag]") << s("tag");
    QTest::newRow("settaskvariable no name") << s("##vso[task.settaskvariable]x") << s("'variable'");
}

void TestStepCommandProcessor::uploadErrors()
{
    QFETCH(QString, line);
    QFETCH(QString, reasonPart);
    StepCommandProcessor p(s("s"), jobVariables());
    const QStringList log = feed(p, {line});
    QCOMPARE(p.outcome().errorCount, 1);
    QVERIFY(p.outcome().uploads.isEmpty());
    QVERIFY(!p.outcome().buildNumber.has_value());
    QVERIFY(p.outcome().buildTags.isEmpty());
    QCOMPARE(log.size(), 1);
    QVERIFY2(log.first().contains(reasonPart), qPrintable(log.first()));
    QVERIFY(log.first().startsWith(s("##[error]Unable to process ##vso[")));
}

void TestStepCommandProcessor::buildNumberAndTags()
{
    StepCommandProcessor p(s("s"), jobVariables());
    feed(p, {s("##vso[build.updatebuildnumber]1.0.0"), s("##vso[build.updatebuildnumber] 1.0.1 "),
             s("##vso[build.addbuildtag]release"), s("##vso[build.addbuildtag]Release"),
             s("##vso[build.addbuildtag]model-v2")});
    QCOMPARE(p.outcome().buildNumber, std::optional<QString>(s("1.0.1")));
    QCOMPARE(p.outcome().buildTags, (QStringList{s("release"), s("model-v2")}));
}

void TestStepCommandProcessor::unsupportedCommands_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("setendpoint") << s("##vso[task.setendpoint id=1;field=authParameter;key=k]v");
    QTest::newRow("logdetail") << s("##vso[task.logdetail id=1]x");
    QTest::newRow("associate") << s("##vso[artifact.associate type=container;artifactname=a]#/1/a");
    QTest::newRow("release name") << s("##vso[release.updatereleasename]r");
}

void TestStepCommandProcessor::unsupportedCommands()
{
    QFETCH(QString, line);
    StepCommandProcessor p(s("s"), jobVariables());
    const auto r = p.processLine(line);
    QVERIFY(r.isCommand);
    QCOMPARE(r.logLines.size(), 1);
    QVERIFY(r.logLines.first().startsWith(s("##[warning]")));
    QVERIFY(r.logLines.first().contains(s("not supported by the local agent")));
    QCOMPARE(p.outcome().warningCount, 1);
    QVERIFY(p.outcome().uploads.isEmpty());
}

void TestStepCommandProcessor::processLineKinds()
{
    StepCommandProcessor p(s("s"), jobVariables());
    auto r = p.processLine(s("hello"));
    QVERIFY(!r.isCommand);
    QVERIFY(r.logLines.isEmpty());
    r = p.processLine(s("##[group]Build"));
    QVERIFY(!r.isCommand);
    QCOMPARE(r.parsed.kind, ParsedLine::Kind::Format);
    r = p.processLine(s("##vso[task.bogus]x"));
    QVERIFY(!r.isCommand);  // malformed: logged as text plus a warning
    QCOMPARE(r.parsed.kind, ParsedLine::Kind::Malformed);
    QCOMPARE(r.logLines.size(), 1);
    QVERIFY(r.logLines.first().startsWith(s("##[warning]")));
    QCOMPARE(p.outcome().warningCount, 1);
    r = p.processLine(s("##vso[task.setvariable variable=a"));
    QCOMPARE(r.parsed.kind, ParsedLine::Kind::Malformed);
    QVERIFY(!p.variables().contains(s("a")));  // not executed
    QCOMPARE(p.outcome().warningCount, 2);
}

void TestStepCommandProcessor::taskVariableAndDebug()
{
    SecretMasker masker;
    StepCommandProcessor p(s("s"), jobVariables(), &masker);
    const QStringList log = feed(p, {s("##vso[task.settaskvariable variable=tv;issecret=true]tvsecret"),
                                     s("##vso[task.debug]inner details")});
    QCOMPARE(p.outcome().taskVariables.size(), 1);
    QVERIFY(p.outcome().taskVariables.first().isSecret);
    QVERIFY(!p.variables().contains(s("tv")));  // task scope only
    QCOMPARE(masker.mask(s("tvsecret")), s("***"));
    QCOMPARE(log, QStringList{s("##[debug]inner details")});
    QCOMPARE(p.outcome().debugMessages, QStringList{s("inner details")});
}

QTEST_GUILESS_MAIN(TestStepCommandProcessor)
#include "test_stepcommandprocessor.moc"
