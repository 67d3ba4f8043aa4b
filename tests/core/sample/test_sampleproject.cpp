// SampleProject::install: the files extracted byte for byte, twice is a no-op, a file the
// user changed is kept, a git repository with one commit (or a plain folder and a note
// without git), the sample Library, and the three pipelines registered and compiling.

#include "core/library/samplelibrary.h"
#include "core/library/serviceconnectionservice.h"
#include "core/library/variablegroupservice.h"
#include "core/pipeline/catalog/pipelineservice.h"
#include "core/pipeline/compiler/pipelinecompiler.h"
#include "core/sample/sampleproject.h"
#include "core/store/workspace.h"
#include "tests/core/library/memorysecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using sample::SampleProject;

namespace {

QString sourceSample() { return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/sample"); }

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (!relative.startsWith(QLatin1String(".git/")))
            files.append(relative);
    }
    files.sort();
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The output of `git -C dir args…`, or a null string when git failed.
QString git(const QString &dir, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("git"), QStringList{QStringLiteral("-C"), dir} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool haveGit() { return !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty(); }

}  // namespace

class TestSampleProject : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<library::test::MemorySecretStore> m_secrets;
    std::unique_ptr<library::VariableGroupService> m_groups;
    std::unique_ptr<library::ServiceConnectionService> m_connections;
    std::unique_ptr<pipeline::PipelineService> m_pipelines;

    Result<SampleProject::Installation> install()
    {
        return SampleProject::install(*m_workspace, *m_groups, *m_connections, *m_pipelines);
    }
    QString repository() const { return m_dir->filePath(QStringLiteral("ws/repos/mlops-sample")); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(m_dir->filePath(QStringLiteral("ws")));
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        m_workspace = *ws;
        m_secrets = std::make_shared<library::test::MemorySecretStore>();
        m_groups = std::make_unique<library::VariableGroupService>(m_workspace, m_secrets);
        m_connections = std::make_unique<library::ServiceConnectionService>(m_workspace, m_secrets);
        m_pipelines = std::make_unique<pipeline::PipelineService>(m_workspace);
    }

    void cleanup()
    {
        m_pipelines.reset();
        m_connections.reset();
        m_groups.reset();
        m_workspace.reset();
        m_dir.reset();
    }

    void embeddedFilesAreTheSampleFolder()
    {
        // The list in core/sample/CMakeLists.txt and resources/sample hold the same files.
        QCOMPARE(SampleProject::files(), filesUnder(sourceSample()));
    }

    void extractsByteIdenticalFiles()
    {
        Result<SampleProject::Installation> installed = install();
        QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().message));
        QCOMPARE(installed->repositoryDir, QDir::cleanPath(repository()));
        QCOMPARE(installed->filesWritten, SampleProject::files());
        QVERIFY(installed->filesKept.isEmpty());
        QCOMPARE(filesUnder(repository()), filesUnder(sourceSample()));
        for (const QString &relative : filesUnder(sourceSample())) {
            const QByteArray expected = readAll(QDir(sourceSample()).filePath(relative));
            QVERIFY2(!expected.isEmpty(), qPrintable(relative));
            QVERIFY2(readAll(QDir(repository()).filePath(relative)) == expected, qPrintable(relative));
        }
    }

    void installTwiceIsIdempotent()
    {
        Result<SampleProject::Installation> first = install();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->pipelinesCreated,
                 (QStringList{QStringLiteral("Infrastructure"), QStringLiteral("Model-Train-Register-CI"),
                              QStringLiteral("Model-Deploy-CD")}));

        Result<SampleProject::Installation> second = install();
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        QVERIFY(second->filesWritten.isEmpty());
        QCOMPARE(second->filesKept, SampleProject::files());
        QVERIFY(second->pipelinesCreated.isEmpty());
        QVERIFY(!second->gitCommitted);
        QCOMPARE(second->pipelines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(second->pipelines.at(i).id, first->pipelines.at(i).id);
            QCOMPARE(second->pipelines.at(i).revision, first->pipelines.at(i).revision);
        }

        Result<QList<pipeline::PipelineDefinition>> all = m_pipelines->list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        Result<QList<library::VariableGroupSummary>> groups = m_groups->list();
        QVERIFY(groups.ok());
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->first().name, QLatin1String(library::SampleLibrary::kGroupName));
        Result<QList<library::ServiceConnection>> connections = m_connections->list();
        QVERIFY(connections.ok());
        QCOMPARE(connections->size(), 2);

        if (haveGit()) {
            QVERIFY(first->gitRepository);
            QVERIFY(first->gitCommitted);
            QVERIFY2(first->notes.isEmpty(), qPrintable(first->notes.join(QLatin1Char('\n'))));
            QCOMPARE(git(repository(), {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
                     QStringLiteral("1"));
            QCOMPARE(git(repository(), {QStringLiteral("branch"), QStringLiteral("--show-current")}), QStringLiteral("main"));
            const QStringList tracked = git(repository(), {QStringLiteral("ls-files")}).split(QLatin1Char('\n'));
            QCOMPARE(tracked, SampleProject::files());
            QCOMPARE(git(repository(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QString(QLatin1String("")));
        }
    }

    void registeredPipelines()
    {
        Result<SampleProject::Installation> installed = install();
        QVERIFY(installed.ok());
        for (const SampleProject::PipelineEntry &entry : SampleProject::kPipelines) {
            Result<pipeline::PipelineDefinition> definition = m_pipelines->findByName(QLatin1String(entry.name));
            QVERIFY2(definition.ok(), entry.name);
            QCOMPARE(definition->repositoryDir, QDir::cleanPath(repository()));
            QCOMPARE(definition->yamlPath, QLatin1String(entry.yamlPath));
        }
    }

    void pipelinesCompile_data()
    {
        QTest::addColumn<QString>("name");
        for (const SampleProject::PipelineEntry &entry : SampleProject::kPipelines)
            QTest::newRow(entry.name) << QString::fromLatin1(entry.name);
    }

    void pipelinesCompile()
    {
        QFETCH(QString, name);
        QVERIFY(install().ok());
        Result<pipeline::PipelineDefinition> definition = m_pipelines->findByName(name);
        QVERIFY(definition.ok());

        pipeline::CompileOptions options;
        library::VariableGroupService *groups = m_groups.get();
        options.variableGroupExists = [groups](const QString &group) { return groups->findByName(group).ok(); };
        const pipeline::CompileResult result = pipeline::PipelineCompiler::compileFile(definition->entryFile(), options);
        QStringList errors;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error)
                errors.append(QStringLiteral("%1:%2: %3").arg(d.file).arg(d.line).arg(d.message));
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(result.plan.has_value());
        QVERIFY(!result.plan->stages.isEmpty());

        // The group check is real: without the sample group the same file does not compile.
        options.variableGroupExists = [](const QString &) { return false; };
        const pipeline::CompileResult unknown = pipeline::PipelineCompiler::compileFile(definition->entryFile(), options);
        bool groupError = false;
        for (const Diagnostic &d : unknown.diagnostics)
            groupError |= d.severity == Diagnostic::Severity::Error && d.message.contains(QLatin1String("devopsforai-aml-vg"));
        QVERIFY(groupError);
    }

    void userChangesAreKept()
    {
        QVERIFY(install().ok());
        const QString parameters = QDir(repository()).filePath(QStringLiteral("parameters.json"));
        const QByteArray mine = "{ \"training\": { \"alpha\": 0.9 } }\n";
        {
            QFile file(parameters);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(mine), qint64(mine.size()));
        }
        const QString data = QDir(repository()).filePath(QStringLiteral("data/diabetes.csv"));
        QVERIFY(QFile::remove(data));

        Result<SampleProject::Installation> again = install();
        QVERIFY(again.ok());
        QCOMPARE(readAll(parameters), mine);
        QCOMPARE(again->filesWritten, QStringList{QStringLiteral("data/diabetes.csv")});
        QVERIFY(again->filesKept.contains(QStringLiteral("parameters.json")));
        QVERIFY(readAll(data) == readAll(QDir(sourceSample()).filePath(QStringLiteral("data/diabetes.csv"))));
    }

    void withoutGitTheFolderIsPlainAndSaysSo()
    {
        const QByteArray path = qgetenv("PATH");
        QTemporaryDir empty;
        qputenv("PATH", empty.path().toLocal8Bit());
        Result<SampleProject::Installation> installed = install();
        qputenv("PATH", path);
        QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().message));
        QVERIFY(!installed->gitRepository);
        QVERIFY(!installed->gitCommitted);
        QCOMPARE(installed->notes.size(), 1);
        QVERIFY(installed->notes.first().contains(QLatin1String("git was not found")));
        QVERIFY(!QFileInfo::exists(QDir(repository()).filePath(QStringLiteral(".git"))));
        QCOMPARE(installed->pipelines.size(), 3);

        // With git back, installing again makes the repository from what is there.
        if (haveGit()) {
            Result<SampleProject::Installation> later = install();
            QVERIFY(later.ok());
            QVERIFY(later->gitCommitted);
            QVERIFY(later->notes.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "test_sampleproject.moc"
