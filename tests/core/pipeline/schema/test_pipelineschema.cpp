// PipelineSchema: the bundled schema loads; valid snippets give no diagnostics; invalid
// snippets give each error at its line:column; the real-world corpus validates cleanly.

#include "core/pipeline/schema/pipelineschema.h"
#include "core/pipeline/yaml/yamlparser.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace mlops;
using namespace mlops::pipeline;

namespace {

QString text(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

Diagnostics errorsOnly(const Diagnostics &diagnostics)
{
    Diagnostics out;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            out << d;
    }
    return out;
}

const PipelineSchema &schema()
{
    const Result<const PipelineSchema *> s = PipelineSchema::instance();
    if (!s)
        qFatal("schema: %s", qPrintable(s.error().message));
    return **s;
}

Diagnostics validate(const QByteArray &yaml, PipelineSchema::Root root = PipelineSchema::Root::Pipeline,
                     bool allowExpressions = false)
{
    const YamlParseResult r = YamlParser::parse(yaml, QStringLiteral("p.yml"));
    if (!r.ok())
        return r.diagnostics;
    PipelineSchema::Options options;
    options.allowTemplateExpressions = allowExpressions;
    return schema().validate(r.root, root, options);
}

struct CorpusFile {
    QString path;
    QString kind;
};

QList<CorpusFile> corpusFromManifest()
{
    const QString dir = QStringLiteral(MLOPS_SHARED_DIR "/corpus/pipelines/");
    QFile manifest(dir + QStringLiteral("MANIFEST.md"));
    QList<CorpusFile> out;
    if (!manifest.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression kind(QStringLiteral("^(pipeline|[a-z]+-template)"));
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QStringLiteral("| `")))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        if (cells.size() < 5)
            continue;
        const QString path = cells[1].trimmed().remove(QLatin1Char('`'));
        const QString k = cells[3].trimmed();
        if (path.endsWith(QStringLiteral(".yml")) && kind.match(k).hasMatch())
            out.append(CorpusFile{dir + path, k});
    }
    return out;
}

PipelineSchema::Root rootFor(const QString &kind)
{
    if (kind.startsWith(QStringLiteral("pipeline")))
        return PipelineSchema::Root::Pipeline;
    if (kind.startsWith(QStringLiteral("steps")))
        return PipelineSchema::Root::StepsTemplate;
    if (kind.startsWith(QStringLiteral("jobs")))
        return PipelineSchema::Root::JobsTemplate;
    if (kind.startsWith(QStringLiteral("stages")))
        return PipelineSchema::Root::StagesTemplate;
    if (kind.startsWith(QStringLiteral("variables")))
        return PipelineSchema::Root::VariablesTemplate;
    return PipelineSchema::Root::ExtendsTemplate;
}

}  // namespace

class TestPipelineSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bundledSchemaLoads()
    {
        QCOMPARE(schema().version(), QStringLiteral("v1.261.1"));
        QVERIFY(schema().hasDefinition(QStringLiteral("step")));
        QVERIFY(PipelineSchema::instance().value() == &schema());
    }

    void brokenSchemaIsAnError()
    {
        QVERIFY(!PipelineSchema::fromJson("not json").ok());
        QVERIFY(!PipelineSchema::fromJson(R"({"definitions": {"a": {"$ref": "#/definitions/b"}}})").ok());
        QVERIFY(PipelineSchema::fromJson(R"({"definitions": {"a": {"type": "string"}}})").ok());
    }

    void valid_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("steps") << QByteArray("steps:\n- script: echo hi\n  displayName: Hi\n  continueOnError: yes\n");
        QTest::newRow("bool-spellings") << QByteArray("steps:\n- bash: x\n  continueOnError: ON\n  enabled: n\n- pwsh: y\n  enabled: False\n");
        QTest::newRow("jobs") << QByteArray("pool:\n  vmImage: ubuntu-latest\njobs:\n- job: A\n  timeoutInMinutes: 10\n  steps:\n  - checkout: self\n    clean: true\n  - task: Bash@3\n    inputs:\n      targetType: inline\n      script: echo\n");
        QTest::newRow("stages") << QByteArray("trigger:\n  branches:\n    include: [main]\npr: none\nstages:\n- stage: Build\n  jobs:\n  - job: B\n    steps:\n    - script: make\n- stage: Deploy\n  dependsOn: Build\n  condition: succeeded()\n  jobs:\n  - deployment: D\n    environment: prod\n    strategy:\n      runOnce:\n        deploy:\n          steps:\n          - script: deploy\n");
        QTest::newRow("variables-forms") << QByteArray("variables:\n- name: a\n  value: 1\n- group: my-group\njobs:\n- job: J\n  variables:\n    x: 1\n    y: $[ counter('a', 0) ]\n  steps:\n  - script: echo\n");
        QTest::newRow("matrix") << QByteArray("jobs:\n- job: M\n  strategy:\n    matrix:\n      py38:\n        v: '3.8'\n    maxParallel: 2\n  steps:\n  - script: echo $(v)\n");
        QTest::newRow("task-input-case-and-alias") << QByteArray("steps:\n- task: publishpipelineartifact@1\n  inputs:\n    TargetPath: out\n    artifact: drop\n");
        QTest::newRow("task-input-macro") << QByteArray("steps:\n- task: Bash@3\n  inputs:\n    targetType: $(kind)\n    failOnStderr: $(strict)\n");
        QTest::newRow("unknown-task-is-warning") << QByteArray("steps:\n- task: MyCompany.Custom@7\n  inputs:\n    anything: 1\n");
        QTest::newRow("null-values") << QByteArray("trigger:\nsteps:\n- script: x\n  displayName:\n");
        QTest::newRow("extends") << QByteArray("extends:\n  template: t.yml\n  parameters:\n    a: 1\n");
        QTest::newRow("container-job") << QByteArray("jobs:\n- job: C\n  container:\n    image: ubuntu:22.04\n    options: --cpus 2\n  steps:\n  - script: ls\n");
        QTest::newRow("parameters") << QByteArray("parameters:\n- name: p\n  type: boolean\n  default: false\nsteps:\n- script: x\n");
    }

    void valid()
    {
        QFETCH(QByteArray, yaml);
        const Diagnostics d = errorsOnly(validate(yaml));
        QVERIFY2(d.isEmpty(), qPrintable(text(d)));
    }

    void unknownTaskWarns()
    {
        const Diagnostics d = validate("steps:\n- task: MyCompany.Custom@7\n");
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(d[0].line, 2);
        QCOMPARE(d[0].column, 9);
        QVERIFY(d[0].message.contains(QStringLiteral("MyCompany.Custom@7")));
    }

    void warnings_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("warning");  // empty = no warning at all
        QTest::newRow("deprecated-task") << QByteArray("steps:\n- task: Docker@0\n") << QStringLiteral("Docker is deprecated");
        QTest::newRow("current-task") << QByteArray("steps:\n- task: AzurePowerShell@5\n  inputs:\n    azureSubscription: x\n    azurePowerShellVersion: LatestVersion\n")
                                      << QString();
        QTest::newRow("deprecated-phases") << QByteArray("phases:\n- phase: A\n  steps: []\n")
                                           << QStringLiteral("'phases' is deprecated");
    }

    void warnings()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, warning);
        const Diagnostics d = validate(yaml);
        QVERIFY2(errorsOnly(d).isEmpty(), qPrintable(text(d)));
        if (warning.isEmpty()) {
            QVERIFY2(d.isEmpty(), qPrintable(text(d)));
            return;
        }
        QVERIFY2(!d.isEmpty() && d[0].severity == Diagnostic::Severity::Warning && d[0].message.contains(warning),
                 qPrintable(text(d)));
    }

    void unknownTaskInputWarns()
    {
        const Diagnostics d = validate("steps:\n- task: Bash@3\n  inputs:\n    scirpt: x\n");
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].severity, Diagnostic::Severity::Warning);
        QCOMPARE(d[0].line, 4);
        QCOMPARE(d[0].column, 5);
        QCOMPARE(d[0].message, QStringLiteral("Unknown task input 'scirpt' (it is ignored)"));
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown-step-key") << QByteArray("steps:\n- script: x\n  foo: 1\n") << 3 << 3
                                          << QStringLiteral("Unexpected property 'foo' in a step");
        QTest::newRow("bool") << QByteArray("steps:\n- script: x\n  continueOnError: '#'\n") << 3 << 20
                              << QStringLiteral("Unexpected value '#': 'continueOnError' must be a boolean (true/false, yes/no, on/off)");
        QTest::newRow("bool-mapping") << QByteArray("steps:\n- bash: x\n  enabled:\n    a: 1\n") << 4 << 5
                                      << QStringLiteral("'enabled' must be a boolean");
        QTest::newRow("unknown-step-kind") << QByteArray("steps:\n- scrpt: x\n") << 2 << 3
                                           << QStringLiteral("A step needs one of the keys: task, script, powershell, pwsh, bash, checkout");
        QTest::newRow("unknown-job-key") << QByteArray("jobs:\n- job: A\n  stepz: []\n") << 3 << 3
                                         << QStringLiteral("Unexpected property 'stepz' in a job");
        QTest::newRow("steps-not-sequence") << QByteArray("jobs:\n- job: A\n  steps:\n    script: x\n") << 4 << 5
                                            << QStringLiteral("'steps' must be a sequence, not a mapping");
        QTest::newRow("enum") << QByteArray("jobs:\n- job: A\n  workspace:\n    clean: everything\n  steps: []\n") << 4 << 12
                              << QStringLiteral("'clean' has an invalid value 'everything'; expected one of: outputs, resources, all");
        QTest::newRow("required-image") << QByteArray("jobs:\n- job: A\n  container:\n    options: x\n  steps: []\n") << 4 << 5
                                        << QStringLiteral("Missing required property 'image'");
        QTest::newRow("task-input-enum") << QByteArray("steps:\n- task: Bash@3\n  inputs:\n    targetType: shell\n") << 4 << 17
                                         << QStringLiteral("'targetType' has an invalid value 'shell'; expected one of: filePath, inline");
        QTest::newRow("task-input-bool") << QByteArray("steps:\n- task: Bash@3\n  inputs:\n    failOnStderr: maybe\n") << 4 << 19
                                         << QStringLiteral("'failOnStderr' must be a boolean");
        QTest::newRow("root-unknown") << QByteArray("stages: []\nfoo: 1\n") << 2 << 1
                                      << QStringLiteral("Unexpected property 'foo' in the pipeline");
        QTest::newRow("root-no-body") << QByteArray("trigger: none\n") << 1 << 1
                                      << QStringLiteral("The pipeline needs one of the keys: stages, extends, jobs, phases, steps");
        QTest::newRow("trigger-value") << QByteArray("trigger: sometimes\nsteps: []\n") << 1 << 10
                                       << QStringLiteral("'trigger' has an invalid value 'sometimes'; expected 'none'");
        QTest::newRow("name-pattern") << QByteArray("steps:\n- script: x\n  name: has space\n") << 3 << 9
                                      << QStringLiteral("'name' has an invalid value 'has space'");
        QTest::newRow("template-ref-extra") << QByteArray("steps:\n- template: t.yml\n  condition: always()\n") << 3 << 3
                                            << QStringLiteral("Unexpected property 'condition' in a step");
        QTest::newRow("variable-item") << QByteArray("variables:\n- name: a\n  valu: 1\nsteps: []\n") << 3 << 3
                                       << QStringLiteral("Unexpected property 'valu' in a variable");
        QTest::newRow("empty-pipeline") << QByteArray("# nothing\n") << 0 << 0 << QStringLiteral("The pipeline is empty");
        QTest::newRow("path-filter") << QByteArray("trigger:\n  paths:\n    include:\n    - /tools/*\n    - 'a b'\nsteps: []\n") << 5 << 7
                                     << QStringLiteral("'include' has an invalid value 'a b'");
        QTest::newRow("leftover-directive") << QByteArray("steps:\n- script: x\n  ${{ if true }}:\n    name: a\n") << 3 << 3
                                            << QStringLiteral("Unexpected property '${{ if true }}' in a step");
    }

    void invalid()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const Diagnostics d = errorsOnly(validate(yaml));
        QVERIFY2(!d.isEmpty(), "no error reported");
        QVERIFY2(d.size() == 1, qPrintable(text(d)));
        QVERIFY2(d[0].message.contains(message), qPrintable(text(d)));
        QCOMPARE(d[0].line, line);
        QCOMPARE(d[0].column, column);
    }

    void expressionsToleratedOnlyWhenAsked()
    {
        const QByteArray yaml = "steps:\n- ${{ each s in parameters.steps }}:\n  - ${{ s }}\n- script: x\n  continueOnError: ${{ parameters.c }}\n  ${{ if true }}:\n    name: n\n";
        QVERIFY2(errorsOnly(validate(yaml, PipelineSchema::Root::Pipeline, true)).isEmpty(),
                 qPrintable(text(validate(yaml, PipelineSchema::Root::Pipeline, true))));
        QCOMPARE(errorsOnly(validate(yaml)).size(), 3);
    }

    void definitionValidation()
    {
        const YamlParseResult r = YamlParser::parse("- script: a\n- bash: b\n  bogus: 1\n");
        const Diagnostics d = schema().validateDefinition(r.root, QStringLiteral("steps"));
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].line, 3);
        QVERIFY(!schema().validateDefinition(r.root, QStringLiteral("nope")).isEmpty());
    }

    // Full pipelines of the corpus that use neither templates nor expressions must
    // validate without errors as they are.
    void corpusPlainPipelinesHaveNoErrors()
    {
        int checked = 0;
        const QList<CorpusFile> files = corpusFromManifest();
        QVERIFY(files.size() >= 90);
        for (const CorpusFile &f : files) {
            if (!f.kind.startsWith(QStringLiteral("pipeline")))
                continue;
            QFile file(f.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (bytes.contains("${{") || bytes.contains("template:"))
                continue;
            const YamlParseResult r = YamlParser::parse(bytes, f.path);
            QVERIFY(r.ok());
            const Diagnostics d = errorsOnly(schema().validate(r.root));
            QVERIFY2(d.isEmpty(), qPrintable(text(d)));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    // Every corpus file, validated before expansion against the schema of its kind
    // (pipeline or template), with template expressions tolerated.
    void corpusFilesHaveNoErrorsBeforeExpansion()
    {
        const QList<CorpusFile> files = corpusFromManifest();
        QStringList failures;
        for (const CorpusFile &f : files) {
            const YamlParseResult r = YamlParser::parseFile(f.path);
            QVERIFY2(r.ok(), qPrintable(f.path));
            PipelineSchema::Options options;
            options.allowTemplateExpressions = true;
            const Diagnostics d = errorsOnly(schema().validate(r.root, rootFor(f.kind), options));
            if (!d.isEmpty())
                failures << text(d);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The runner.server conformance pipelines, before expansion: none has a schema error
    // (the errors some of them expect come from template expansion, not from the schema).
    void conformancePipelinesHaveNoSchemaErrors()
    {
        const QDir dir(QStringLiteral(MLOPS_SHARED_DIR "/reference/azure-pipelines/conformance/runner.server-azpipelines"));
        const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        int checked = 0;
        QStringList failures;
        for (const QString &c : cases) {
            const QString path = dir.filePath(c + QStringLiteral("/pipeline.yml"));
            if (!QFile::exists(path))
                continue;
            const YamlParseResult r = YamlParser::parseFile(path);
            QVERIFY2(r.ok(), qPrintable(path));
            PipelineSchema::Options options;
            options.allowTemplateExpressions = true;
            const Diagnostics d = errorsOnly(schema().validate(r.root, PipelineSchema::Root::Pipeline, options));
            if (!d.isEmpty())
                failures << text(d);
            ++checked;
        }
        QVERIFY(checked >= 100);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // Corpus files with keys renamed, values swapped between entries and items dropped:
    // the validator must never crash, and every diagnostic it gives has a position.
    void seededTreeMutationsNeverCrash()
    {
        const QList<CorpusFile> files = corpusFromManifest();
        QVERIFY(!files.isEmpty());
        QRandomGenerator rng(424242);
        int errors = 0;
        for (int round = 0; round < 200; ++round) {
            const CorpusFile &f = files[rng.bounded(int(files.size()))];
            const YamlParseResult r = YamlParser::parseFile(f.path);
            QVERIFY(r.ok());
            const YamlNode mutated = mutate(r.root, rng, 0);
            PipelineSchema::Options options;
            options.allowTemplateExpressions = rng.bounded(2) == 0;
            const Diagnostics d = schema().validate(mutated, rootFor(f.kind), options);
            for (const Diagnostic &x : d) {
                QVERIFY2(!x.message.isEmpty(), qPrintable(f.path));
                if (x.severity == Diagnostic::Severity::Error) {
                    ++errors;
                    QVERIFY2(x.line > 0 || x.message.startsWith(QStringLiteral("The pipeline is empty")), qPrintable(x.toString()));
                }
            }
        }
        QVERIFY(errors > 0);
    }

private:
    static YamlNode mutate(const YamlNode &node, QRandomGenerator &rng, int depth)
    {
        switch (node.kind()) {
        case YamlNode::Kind::Mapping: {
            QList<YamlPair> entries = node.entries();
            for (YamlPair &e : entries) {
                const int dice = rng.bounded(40);
                if (dice == 0)
                    e.first = YamlNode::scalar(e.first.text() + QStringLiteral("x"), e.first.pos());
                else if (dice == 1)
                    e.second = YamlNode::scalar(QStringLiteral("maybe"), e.second.pos());
                else if (dice == 2)
                    e.second = YamlNode::mapping({}, e.second.pos());
                else
                    e.second = mutate(e.second, rng, depth + 1);
            }
            if (!entries.isEmpty() && rng.bounded(30) == 0)
                entries.removeAt(rng.bounded(int(entries.size())));
            return YamlNode::mapping(entries, node.pos());
        }
        case YamlNode::Kind::Sequence: {
            QList<YamlNode> items = node.items();
            for (YamlNode &item : items)
                item = rng.bounded(40) == 0 ? YamlNode::scalar(QStringLiteral("x"), item.pos()) : mutate(item, rng, depth + 1);
            return YamlNode::sequence(items, node.pos());
        }
        case YamlNode::Kind::Null:
        case YamlNode::Kind::Scalar: break;
        }
        return node;
    }
};

QTEST_GUILESS_MAIN(TestPipelineSchema)
#include "test_pipelineschema.moc"
