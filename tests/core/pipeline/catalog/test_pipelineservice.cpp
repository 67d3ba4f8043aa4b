// PipelineService: registering the sample project's pipelines, the scenario's rename
// (the CI pipeline becomes Model-Train-Register-CI), name and path rules, duplicates,
// stale revisions, audit entries, and "used by" for variable groups and connections.

#include "core/pipeline/catalog/pipelineservice.h"
#include "core/store/auditlog.h"
#include "core/store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mlops;
using namespace mlops::pipeline;

namespace {

QString sampleRepo() { return QStringLiteral(MLOPS_SOURCE_DIR) + QStringLiteral("/resources/sample"); }

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestPipelineService : public QObject {
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    std::shared_ptr<store::Workspace> m_workspace;
    std::unique_ptr<PipelineService> m_service;

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(m_dir->filePath(QStringLiteral("ws")));
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        m_workspace = *ws;
        m_service = std::make_unique<PipelineService>(m_workspace);
    }

    void cleanup()
    {
        m_service.reset();
        m_workspace.reset();
        delete m_dir;
        m_dir = nullptr;
    }

    void createListRenameDelete()
    {
        Result<PipelineDefinition> ci = m_service->create(QStringLiteral("diabetes_regression-ci"), sampleRepo(),
                                                          QStringLiteral(".pipelines/diabetes_regression-ci.yml"));
        QVERIFY2(ci.ok(), ci.ok() ? "" : qPrintable(ci.error().message));
        QVERIFY(ci->id > 0);
        QCOMPARE(ci->revision, 1);
        QCOMPARE(ci->repositoryDir, QDir::cleanPath(QFileInfo(sampleRepo()).absoluteFilePath()));
        QCOMPARE(ci->yamlPath, QStringLiteral(".pipelines/diabetes_regression-ci.yml"));
        QVERIFY(QFileInfo(ci->entryFile()).isFile());
        QVERIFY(!ci->createdBy.isEmpty());

        Result<PipelineDefinition> cd = m_service->create(QStringLiteral("Model-Deploy-CD"), sampleRepo(),
                                                          QStringLiteral("./.pipelines/diabetes_regression-cd.yml"));
        QVERIFY(cd.ok());
        QCOMPARE(cd->yamlPath, QStringLiteral(".pipelines/diabetes_regression-cd.yml"));  // cleaned

        // The scenario: rename the CI pipeline once it is registered.
        Result<PipelineDefinition> renamed = m_service->rename(ci->id, QStringLiteral("Model-Train-Register-CI"), ci->revision);
        QVERIFY2(renamed.ok(), renamed.ok() ? "" : qPrintable(renamed.error().message));
        QCOMPARE(renamed->name, QStringLiteral("Model-Train-Register-CI"));
        QCOMPARE(renamed->revision, 2);
        QVERIFY(m_service->findByName(QStringLiteral("model-train-register-ci")).ok());
        QCOMPARE(m_service->findByName(QStringLiteral("diabetes_regression-ci")).error().code, ErrorCode::NotFound);

        Result<QList<PipelineDefinition>> all = m_service->list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("Model-Deploy-CD"));
        QCOMPARE(all->at(1).name, QStringLiteral("Model-Train-Register-CI"));
        QCOMPARE(m_service->get(cd->id)->name, QStringLiteral("Model-Deploy-CD"));

        QVERIFY(m_service->remove(cd->id).ok());
        QCOMPARE(m_service->get(cd->id).error().code, ErrorCode::NotFound);
        QCOMPARE(m_service->remove(cd->id).error().code, ErrorCode::NotFound);
        QCOMPARE(m_service->list()->size(), 1);

        // Audit: create, rename (before/after names), delete.
        QSqlDatabase db = m_workspace->database().connection();
        Result<QList<store::AuditEntry>> history = store::AuditLog::forEntity(db, QStringLiteral("pipeline"), ci->id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, QStringLiteral("create"));
        QCOMPARE(history->at(1).action, QStringLiteral("rename"));
        QCOMPARE(history->at(1).before.value(QStringLiteral("name")).toString(), QStringLiteral("diabetes_regression-ci"));
        QCOMPARE(history->at(1).after.value(QStringLiteral("name")).toString(), QStringLiteral("Model-Train-Register-CI"));
        Result<QList<store::AuditEntry>> deleted = store::AuditLog::forEntity(db, QStringLiteral("pipeline"), cd->id);
        QCOMPARE(deleted->last().action, QStringLiteral("delete"));
        QCOMPARE(deleted->last().before.value(QStringLiteral("yamlPath")).toString(),
                 QStringLiteral(".pipelines/diabetes_regression-cd.yml"));
    }

    void invalidInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("messageStart");
        const QString repo = sampleRepo();
        const QString yaml = QStringLiteral(".pipelines/diabetes_regression-ci.yml");
        QTest::newRow("empty name") << QString() << repo << yaml << QStringLiteral("name: the name is empty");
        QTest::newRow("spaces around") << QStringLiteral(" CI") << repo << yaml << QStringLiteral("name: the name starts or ends");
        QTest::newRow("slash") << QStringLiteral("a/b") << repo << yaml << QStringLiteral("name: the name contains '/'");
        QTest::newRow("too long") << QString(257, QLatin1Char('x')) << repo << yaml << QStringLiteral("name: the name is longer");
        QTest::newRow("no repo") << QStringLiteral("CI") << repo + QStringLiteral("/nope") << yaml << QStringLiteral("repository: ");
        QTest::newRow("absolute yaml") << QStringLiteral("CI") << repo << repo + QLatin1Char('/') + yaml
                                       << QStringLiteral("yaml: ");
        QTest::newRow("outside") << QStringLiteral("CI") << repo << QStringLiteral("../README.md")
                                 << QStringLiteral("yaml: '../README.md' is outside");
        QTest::newRow("missing yaml") << QStringLiteral("CI") << repo << QStringLiteral(".pipelines/nope.yml")
                                      << QStringLiteral("yaml: '");
    }

    void invalidInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, repo);
        QFETCH(QString, yaml);
        QFETCH(QString, messageStart);
        Result<PipelineDefinition> r = m_service->create(name, repo, yaml);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.startsWith(messageStart), qPrintable(r.error().message));
        QVERIFY(m_service->list()->isEmpty());
    }

    void duplicatesAndConflicts()
    {
        const QString yaml = QStringLiteral(".pipelines/diabetes_regression-ci.yml");
        Result<PipelineDefinition> a = m_service->create(QStringLiteral("CI"), sampleRepo(), yaml);
        Result<PipelineDefinition> b = m_service->create(QStringLiteral("CD"), sampleRepo(), yaml);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(m_service->create(QStringLiteral("ci"), sampleRepo(), yaml).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(m_service->rename(b->id, QStringLiteral("Ci")).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(m_service->rename(a->id, QStringLiteral("x"), a->revision + 5).error().code, ErrorCode::Conflict);
        QCOMPARE(m_service->rename(a->id, QStringLiteral("bad|name")).error().code, ErrorCode::InvalidInput);
        Result<PipelineDefinition> recased = m_service->rename(a->id, QStringLiteral("ci"));  // its own name, new case
        QVERIFY(recased.ok());
        QCOMPARE(recased->name, QStringLiteral("ci"));
        QCOMPARE(m_service->rename(999, QStringLiteral("y")).error().code, ErrorCode::NotFound);
    }

    void usesOfGroup()
    {
        for (const char *file : {"diabetes_regression-ci.yml", "diabetes_regression-cd.yml", "iac-create-environment-pipeline.yml"}) {
            QVERIFY(m_service->create(QString::fromLatin1(file).section(QLatin1Char('.'), 0, 0), sampleRepo(),
                                      QStringLiteral(".pipelines/") + QString::fromLatin1(file))
                        .ok());
        }
        Result<QList<library::ConnectionUse>> uses = m_service->usesOfGroup(QStringLiteral("DevOpsForAI-AML-VG"));
        QVERIFY(uses.ok());
        QCOMPARE(uses->size(), 3);
        QCOMPARE(uses->at(0).kind, QStringLiteral("pipeline"));
        QCOMPARE(uses->at(0).name, QStringLiteral("diabetes_regression-cd"));
        QCOMPARE(uses->at(0).detail, QStringLiteral(".pipelines/diabetes_regression-cd.yml:29"));
        QCOMPARE(uses->at(2).detail, QStringLiteral(".pipelines/iac-create-environment-pipeline.yml:18"));
        QVERIFY(m_service->usesOfGroup(QStringLiteral("another-group"))->isEmpty());
    }

    void usesOfConnection()
    {
        const QString repo = m_dir->filePath(QStringLiteral("repo"));
        QVERIFY(writeFile(repo + QStringLiteral("/steps.yml"),
                          "steps:\n- task: AzureCLI@2\n  inputs:\n    azureSubscription: ${{ parameters.conn }}\n"
                          "    scriptType: bash\nparameters:\n- name: conn\n  type: string\n"));
        QVERIFY(writeFile(repo + QStringLiteral("/pipeline.yml"),
                          "variables:\n  SVC: My-ARM\n  other: x\nsteps:\n- template: steps.yml\n  parameters:\n    conn: my-arm\n"
                          "- task: AzureResourceManagerTemplateDeployment@3\n  inputs:\n    connectedServiceName: elsewhere\n"));
        QVERIFY(writeFile(repo + QStringLiteral("/gone.yml"), "steps:\n- bash: x\n"));
        QVERIFY(m_service->create(QStringLiteral("Infra"), repo, QStringLiteral("pipeline.yml")).ok());
        QVERIFY(m_service->create(QStringLiteral("Gone"), repo, QStringLiteral("gone.yml")).ok());
        QVERIFY(QFile::remove(repo + QStringLiteral("/gone.yml")));  // unreadable pipelines are skipped

        Result<QList<library::ConnectionUse>> uses = m_service->usesOfConnection(QStringLiteral("my-arm"));
        QVERIFY(uses.ok());
        QStringList details;
        for (const library::ConnectionUse &use : std::as_const(*uses)) {
            QCOMPARE(use.name, QStringLiteral("Infra"));
            details.append(use.detail);
        }
        // The task input comes from the template after expansion; its position points into it.
        QCOMPARE(details, (QStringList{QStringLiteral("variable SVC at pipeline.yml:2"),
                                       QStringLiteral("task input azureSubscription at steps.yml:4")}));
        QCOMPARE(m_service->usesOfConnection(QStringLiteral("elsewhere"))->size(), 1);
        QVERIFY(m_service->usesOfConnection(QStringLiteral("unused"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPipelineService)
#include "test_pipelineservice.moc"
