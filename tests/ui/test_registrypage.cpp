// Models page: a registry with two versions registered through ModelRegistry; the page
// lists them, compares v1 and v2 (the differing metric is highlighted and charted),
// promotes v2 to Production with a comment, rolls back to v1, and shows the history.
// Also QAbstractItemModelTester on ModelListModel and VersionTableModel, both paging
// lazily (fetchMore with the page token), and Download… of a version into a folder
// (files compared; a folder that cannot be written is a clear error, nothing written).

#include "core/registry/modelregistry.h"
#include "core/store/workspace.h"
#include "ui/common/emptystate.h"
#include "ui/registry/metricbarchart.h"
#include "ui/registry/modellistmodel.h"
#include "ui/registry/modelspage.h"
#include "ui/registry/promotedialog.h"
#include "ui/registry/rollbackdialog.h"
#include "ui/registry/versioncomparedialog.h"
#include "ui/registry/versiondownloadjob.h"
#include "ui/registry/versiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace mlops;
using namespace mlops::ui;

class TestRegistryPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void emptyState();
    void modelsAreTested();
    void versionTableColumns_data();
    void versionTableColumns();
    void compareHighlightsDifferences();
    void promoteAndRollBack();
    void promoteNeedsComment();
    void versionsArePagedLazily();
    void modelsArePagedLazily();
    void pageFindsVersionsBeyondFirstPage();
    void downloadWritesTheVersionFiles();
    void downloadIntoUnwritableFolderFails();
    void clickOnSourceRunAsksToOpenIt();

private:
    void registerTwo();
    void registerMany(const QString &model, int count);
    QPushButton *okButton(QDialog *dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    std::shared_ptr<registry::ModelRegistry> m_registry;
};

void TestRegistryPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::shared_ptr<store::Workspace>> workspace = store::Workspace::open(m_dir->filePath(QStringLiteral("ws")));
    QVERIFY2(workspace.ok(), workspace.ok() ? "" : qPrintable(workspace.error().message));
    m_workspace = *workspace;
    m_registry = std::make_shared<registry::ModelRegistry>(m_workspace);
}

void TestRegistryPage::cleanup()
{
    m_registry.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestRegistryPage::registerTwo()
{
    for (int i = 1; i <= 2; ++i) {
        const QString folder = m_dir->filePath(QStringLiteral("model%1").arg(i));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/model.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArrayLiteral("{\"coefficients\":[") + QByteArray::number(i) + QByteArrayLiteral("]}"));
        file.close();
        registry::NewModelVersion version;
        version.sourcePath = folder;
        version.metrics.insert(QStringLiteral("mse"), i == 1 ? 3100.5 : 2900.25);
        version.metrics.insert(QStringLiteral("r2"), 0.5);
        version.tags.insert(QStringLiteral("team"), QStringLiteral("ml"));
        version.lineage.runId = QStringLiteral("%1").arg(40 + i);
        version.lineage.parametersJson = QStringLiteral("{\"alpha\": %1}").arg(i == 1 ? QStringLiteral("0.1")
                                                                                       : QStringLiteral("0.5"));
        Result<registry::ModelVersion> registered =
            m_registry->registerVersion(QStringLiteral("diabetes-model"), version);
        QVERIFY2(registered.ok(), registered.ok() ? "" : qPrintable(registered.error().message));
        QCOMPARE(registered->version, i);
    }
}

// `count` versions of `model`; metric "late" only from version 9 on, so that a later page
// brings a new metric column.
void TestRegistryPage::registerMany(const QString &model, int count)
{
    const QString folder = m_dir->filePath(QStringLiteral("many"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/model.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    for (int i = 1; i <= count; ++i) {
        registry::NewModelVersion version;
        version.sourcePath = folder;
        version.metrics.insert(QStringLiteral("mse"), 100.0 - i);
        if (i >= 9)
            version.metrics.insert(QStringLiteral("late"), i);
        QVERIFY(m_registry->registerVersion(model, version).ok());
    }
}

QPushButton *TestRegistryPage::okButton(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    return box ? box->button(QDialogButtonBox::Ok) : nullptr;
}

void TestRegistryPage::emptyState()
{
    ModelsPage page(m_registry);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *empty = page.findChild<EmptyState *>(QStringLiteral("modelsEmptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No models yet."));
    QVERIFY(empty->hint().contains(QStringLiteral("Model-Train-Register-CI")));
}

void TestRegistryPage::modelsAreTested()
{
    ModelListModel models(m_registry);
    QAbstractItemModelTester modelTester(&models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    VersionTableModel versions(m_registry);
    QAbstractItemModelTester versionTester(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    registerTwo();
    QVERIFY(models.reload().ok());
    QCOMPARE(models.rowCount(), 1);
    QCOMPARE(models.index(0, ModelListModel::LatestColumn).data(ModelListModel::RawRole).toInt(), 2);
    QVERIFY(versions.setModelName(QStringLiteral("diabetes-model")).ok());
    QCOMPARE(versions.rowCount(), 2);
    QCOMPARE(versions.metricNames(), (QStringList{QStringLiteral("mse"), QStringLiteral("r2")}));
}

void TestRegistryPage::versionTableColumns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("runId");
    QTest::newRow("v1 mse") << 0 << QStringLiteral("mse") << 3100.5 << QStringLiteral("41");
    QTest::newRow("v2 mse") << 1 << QStringLiteral("mse") << 2900.25 << QStringLiteral("42");
    QTest::newRow("v2 r2") << 1 << QStringLiteral("r2") << 0.5 << QStringLiteral("42");
}

void TestRegistryPage::versionTableColumns()
{
    QFETCH(int, row);
    QFETCH(QString, metric);
    QFETCH(double, value);
    QFETCH(QString, runId);
    registerTwo();
    VersionTableModel versions(m_registry);
    QVERIFY(versions.setModelName(QStringLiteral("diabetes-model")).ok());
    const int column = versions.metricColumn(metric);
    QVERIFY(column > 0);
    QCOMPARE(versions.index(row, column).data(VersionTableModel::RawRole).toDouble(), value);
    QCOMPARE(versions.index(row, versions.runColumn()).data().toString(), runId);
    QCOMPARE(versions.index(row, VersionTableModel::StageColumn).data().toString(), QStringLiteral("None"));
    QCOMPARE(versions.index(row, versions.tagsColumn()).data().toString(), QStringLiteral("team=ml"));
}

void TestRegistryPage::compareHighlightsDifferences()
{
    registerTwo();
    ModelsPage page(m_registry);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectModel(QStringLiteral("diabetes-model")));
    QVERIFY(page.selectVersions({1, 2}));
    auto *compare = page.findChild<QPushButton *>(QStringLiteral("compareVersionsButton"));
    QVERIFY(compare && compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    auto *dialog = page.findChild<VersionCompareDialog *>(QStringLiteral("versionCompareDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("compareTable"));
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("v1"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("v2"));
    QVERIFY(dialog->isDifferent(QStringLiteral("metrics"), QStringLiteral("mse")));
    QVERIFY(!dialog->isDifferent(QStringLiteral("metrics"), QStringLiteral("r2")));
    QVERIFY(dialog->isDifferent(QStringLiteral("parameters"), QStringLiteral("alpha")));
    QVERIFY(!dialog->isDifferent(QStringLiteral("tags"), QStringLiteral("team")));
    const int mseRow = dialog->rowOf(QStringLiteral("metrics"), QStringLiteral("mse"));
    QVERIFY(table->item(mseRow, 0)->text().startsWith(QStringLiteral("≠")));
    QVERIFY(table->item(mseRow, 1)->background().style() != Qt::NoBrush);
    const int r2Row = dialog->rowOf(QStringLiteral("metrics"), QStringLiteral("r2"));
    QCOMPARE(table->item(r2Row, 1)->background().style(), Qt::NoBrush);

    auto *chooser = dialog->findChild<QComboBox *>(QStringLiteral("compareMetric"));
    QVERIFY(chooser);
    chooser->setCurrentText(QStringLiteral("mse"));
    auto *chart = dialog->findChild<MetricBarChart *>(QStringLiteral("metricBarChart"));
    QVERIFY(chart);
    QCOMPARE(chart->metricName(), QStringLiteral("mse"));
    QCOMPARE(chart->bars().size(), 2);
    QCOMPARE(*chart->bars().at(0).value, 3100.5);
    QCOMPARE(*chart->bars().at(1).value, 2900.25);
    QVERIFY(!chart->grab().isNull());
    dialog->close();
}

void TestRegistryPage::promoteNeedsComment()
{
    registerTwo();
    QVERIFY(m_registry->promote(QStringLiteral("diabetes-model"), 1, registry::Stage::Production,
                                QStringLiteral("first")).ok());
    ModelsPage page(m_registry);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectVersions({2}));
    PromoteDialog *dialog = page.promoteSelected();
    QVERIFY(dialog);
    dialog->setTargetStage(registry::Stage::Production);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog->changeText(),
             QStringLiteral("What will change: v1 Production → Archived, v2 None → Production"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("promoteComment"))->setPlainText(QStringLiteral("better"));
    QVERIFY(okButton(dialog)->isEnabled());
    // An error from the registry stays in the dialog: v1 is removed behind the page's back.
    dialog->setTargetStage(registry::Stage::Staging);
    QVERIFY(m_registry->deleteModel(QStringLiteral("diabetes-model")).ok());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("Could not promote")));
    dialog->reject();
}

void TestRegistryPage::promoteAndRollBack()
{
    registerTwo();
    ModelsPage page(m_registry);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectVersions({2}));
    auto *promote = page.findChild<QPushButton *>(QStringLiteral("promoteVersionButton"));
    QVERIFY(promote && promote->isEnabled());
    QTest::mouseClick(promote, Qt::LeftButton);
    auto *dialog = page.findChild<PromoteDialog *>(QStringLiteral("promoteDialog"));
    QVERIFY(dialog);
    auto *stage = dialog->findChild<QComboBox *>(QStringLiteral("promoteStage"));
    stage->setCurrentIndex(stage->findText(QStringLiteral("Production")));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("promoteComment")),
                     QStringLiteral("lower mse"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<PromoteDialog *>() == nullptr);
    Result<registry::ModelVersion> production = m_registry->productionVersion(QStringLiteral("diabetes-model"));
    QVERIFY(production.ok());
    QCOMPARE(production->version, 2);
    QCOMPARE(page.versionTable()->index(1, VersionTableModel::StageColumn).data().toString(),
             QStringLiteral("Production"));

    auto *rollback = page.findChild<QPushButton *>(QStringLiteral("rollbackVersionButton"));
    QVERIFY(rollback && rollback->isEnabled());
    QTest::mouseClick(rollback, Qt::LeftButton);
    auto *back = page.findChild<RollbackDialog *>(QStringLiteral("rollbackDialog"));
    QVERIFY(back);
    QVERIFY(back->setTargetVersion(1));
    QVERIFY(!okButton(back)->isEnabled());
    QTest::keyClicks(back->findChild<QPlainTextEdit *>(QStringLiteral("rollbackComment")),
                     QStringLiteral("v2 regressed"));
    QCOMPARE(back->changeText(), QStringLiteral("What will change: v2 Production → Archived, v1 None → Production"));
    QTest::mouseClick(okButton(back), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<RollbackDialog *>() == nullptr);
    production = m_registry->productionVersion(QStringLiteral("diabetes-model"));
    QVERIFY(production.ok());
    QCOMPARE(production->version, 1);

    auto *history = page.findChild<QListWidget *>(QStringLiteral("promotionHistory"));
    QVERIFY(history);
    QStringList lines;
    for (int i = 0; i < history->count(); ++i)
        lines << history->item(i)->text();
    QVERIFY2(history->count() >= 2, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("lower mse")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("v2 regressed")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("rollback")));
}

void TestRegistryPage::versionsArePagedLazily()
{
    registerMany(QStringLiteral("many"), 12);
    VersionTableModel versions(m_registry);
    versions.setPageSize(5);
    QVERIFY(versions.setModelName(QStringLiteral("many")).ok());
    QCOMPARE(versions.rowCount(), 5);
    QCOMPARE(versions.metricNames(), QStringList{QStringLiteral("mse")});
    QVERIFY(versions.canFetchMore({}));
    QSignalSpy columns(&versions, &QAbstractItemModel::columnsInserted);
    versions.fetchMore({});
    QCOMPARE(versions.rowCount(), 10);
    // v9 and v10 bring "late", inserted in sorted place before "mse".
    QCOMPARE(versions.metricNames(), (QStringList{QStringLiteral("late"), QStringLiteral("mse")}));
    QCOMPARE(columns.size(), 1);
    QCOMPARE(versions.index(8, versions.metricColumn(QStringLiteral("late"))).data(VersionTableModel::RawRole).toDouble(), 9.0);
    QVERIFY(!versions.index(0, versions.metricColumn(QStringLiteral("late"))).data(VersionTableModel::RawRole).isValid());
    QCOMPARE(versions.index(0, versions.metricColumn(QStringLiteral("mse"))).data(VersionTableModel::RawRole).toDouble(), 99.0);
    versions.fetchMore({});
    QCOMPARE(versions.rowCount(), 12);
    QVERIFY(!versions.canFetchMore({}));
    for (int row = 0; row < 12; ++row)
        QCOMPARE(versions.index(row, VersionTableModel::VersionColumn).data(VersionTableModel::RawRole).toInt(), row + 1);
    QVERIFY(versions.lastError().isEmpty());

    // A new model starts over at its first page.
    QVERIFY(versions.setModelName(QStringLiteral("many")).ok());
    QCOMPARE(versions.rowCount(), 5);
    QCOMPARE(versions.ensureListed(11), 10);
    QCOMPARE(versions.rowCount(), 12);
    QCOMPARE(versions.ensureListed(99), -1);

    // Under the tester, which checks every change (and may fetch pages itself).
    QAbstractItemModelTester tester(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(versions.setModelName(QStringLiteral("many")).ok());
    for (int pages = 0; versions.canFetchMore({}) && pages < 10; ++pages)
        versions.fetchMore({});
    QCOMPARE(versions.rowCount(), 12);
    for (int row = 0; row < 12; ++row)
        QCOMPARE(versions.index(row, VersionTableModel::VersionColumn).data(VersionTableModel::RawRole).toInt(), row + 1);
    QCOMPARE(versions.metricNames(), (QStringList{QStringLiteral("late"), QStringLiteral("mse")}));
}

void TestRegistryPage::modelsArePagedLazily()
{
    for (const char *name : {"echo", "Alpha", "delta", "charlie", "bravo"})
        QVERIFY(m_registry->createModel(QString::fromLatin1(name)).ok());
    registry::NewModelVersion version;
    version.sourcePath = m_dir->filePath(QStringLiteral("d"));
    QVERIFY(QDir().mkpath(version.sourcePath));
    QFile file(version.sourcePath + QStringLiteral("/m.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1");
    file.close();
    QVERIFY(m_registry->registerVersion(QStringLiteral("delta"), version).ok());
    QVERIFY(m_registry->promote(QStringLiteral("delta"), 1, registry::Stage::Production, QStringLiteral("go")).ok());
    ModelListModel models(m_registry);
    models.setPageSize(2);
    QVERIFY(models.reload().ok());
    QCOMPARE(models.rowCount(), 2);
    QCOMPARE(models.modelAt(0).name, QStringLiteral("Alpha"));
    QVERIFY(models.canFetchMore({}));
    QCOMPARE(models.rowOf(QStringLiteral("delta")), -1);
    QCOMPARE(models.ensureListed(QStringLiteral("DELTA")), 3);
    QCOMPARE(models.rowCount(), 4);
    QCOMPARE(models.index(3, ModelListModel::ProductionColumn).data(ModelListModel::RawRole).toInt(), 1);
    QCOMPARE(models.index(3, ModelListModel::ProductionColumn).data().toString(), QStringLiteral("v1"));
    QCOMPARE(models.ensureListed(QStringLiteral("cobra")), -1);  // stops: "delta" is past it
    QCOMPARE(models.rowCount(), 4);
    models.fetchMore({});
    QCOMPARE(models.rowCount(), 5);
    QVERIFY(!models.canFetchMore({}));
    QStringList names;
    for (int row = 0; row < models.rowCount(); ++row)
        names << models.index(row, ModelListModel::NameColumn).data().toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"), QStringLiteral("delta"),
                                 QStringLiteral("echo")}));

    QAbstractItemModelTester tester(&models, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(models.reload().ok());
    for (int pages = 0; models.canFetchMore({}) && pages < 10; ++pages)
        models.fetchMore({});
    QCOMPARE(models.rowCount(), 5);
    QCOMPARE(models.modelAt(4).name, QStringLiteral("echo"));
}

void TestRegistryPage::pageFindsVersionsBeyondFirstPage()
{
    registerMany(QStringLiteral("many"), 12);
    QVERIFY(m_registry->promote(QStringLiteral("many"), 12, registry::Stage::Production, QStringLiteral("go")).ok());
    ModelsPage page(m_registry);
    page.versionTable()->setPageSize(5);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectModel(QStringLiteral("many")));
    QVERIFY(page.versionTable()->rowCount() < 12);
    // Rollback works from the Production version even before its row is read.
    auto *rollback = page.findChild<QPushButton *>(QStringLiteral("rollbackVersionButton"));
    QVERIFY(rollback && rollback->isEnabled());
    QVERIFY(page.selectVersions({10}));
    QCOMPARE(page.versionTable()->rowCount(), 10);  // v12 (Production) is not read yet
    PromoteDialog *dialog = page.promoteSelected();
    QVERIFY(dialog);
    dialog->setTargetStage(registry::Stage::Production);
    QCOMPARE(dialog->changeText(), QStringLiteral("What will change: v12 Production → Archived, v10 None → Production"));
    dialog->reject();
}

void TestRegistryPage::downloadWritesTheVersionFiles()
{
    registerTwo();
    // v3 adds a larger file (several copy chunks) to see the progress through.
    const QString folder = m_dir->filePath(QStringLiteral("model3"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/weights")));
    QByteArray big(2 * 1024 * 1024 + 5, 'w');
    big[7] = 'x';
    QFile bigFile(folder + QStringLiteral("/weights/big.bin"));
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write(big);
    bigFile.close();
    QFile small(folder + QStringLiteral("/model.json"));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write("{\"coefficients\":[3]}");
    small.close();
    registry::NewModelVersion v3;
    v3.sourcePath = folder;
    QVERIFY(m_registry->registerVersion(QStringLiteral("diabetes-model"), v3).ok());

    ModelsPage page(m_registry);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *download = page.findChild<QPushButton *>(QStringLiteral("downloadVersionButton"));
    QVERIFY(download);
    QVERIFY(page.selectVersions({1, 3}));
    QVERIFY(!download->isEnabled());
    QVERIFY(page.downloadSelectedTo(m_dir->filePath(QStringLiteral("never"))) == nullptr);
    QVERIFY(page.selectVersions({3}));
    QVERIFY(download->isEnabled());

    QSignalSpy status(&page, &Page::statusMessage);
    const QString target = m_dir->filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(target));
    VersionDownloadJob *job = page.downloadSelectedTo(target);
    QVERIFY(job);
    QVERIFY(!download->isEnabled());  // one download at a time
    QVERIFY(job->progressDialog());
    QSignalSpy progress(job, &VersionDownloadJob::progressChanged);
    QTRY_VERIFY_WITH_TIMEOUT(page.currentDownload() == nullptr, 30000);
    QVERIFY2(page.errorText().isEmpty(), qPrintable(page.errorText()));
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.at(0).at(0).toString(), QStringLiteral("Downloaded 2 file(s) of diabetes-model v3 to %1").arg(target));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), progress.constLast().at(1).toLongLong());
    QCOMPARE(progress.constLast().at(1).toLongLong(), big.size() + 20);

    QFile written(target + QStringLiteral("/weights/big.bin"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), big);
    QFile json(target + QStringLiteral("/model.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), QByteArray("{\"coefficients\":[3]}"));
    QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("model.json"), QStringLiteral("weights")}));
    QVERIFY(download->isEnabled());
}

void TestRegistryPage::downloadIntoUnwritableFolderFails()
{
    registerTwo();
    ModelsPage page(m_registry);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectVersions({2}));
    // A folder below a plain file cannot be created, whoever runs the test.
    const QString plain = m_dir->filePath(QStringLiteral("plain.txt"));
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    QSignalSpy status(&page, &Page::statusMessage);
    QVERIFY(page.downloadSelectedTo(plain + QStringLiteral("/out")));
    QTRY_VERIFY_WITH_TIMEOUT(page.currentDownload() == nullptr, 30000);
    QVERIFY2(page.errorText().startsWith(QStringLiteral("Could not download diabetes-model v2 to %1/out: ").arg(plain)),
             qPrintable(page.errorText()));
    QVERIFY2(page.errorText().contains(QStringLiteral("cannot create the folder")), qPrintable(page.errorText()));
    QVERIFY(status.isEmpty());
    QVERIFY(QFileInfo(plain).isFile());
}

void TestRegistryPage::clickOnSourceRunAsksToOpenIt()
{
    registerTwo();
    ModelsPage page(m_registry);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.selectModel(QStringLiteral("diabetes-model")));
    QSignalSpy opened(&page, &ModelsPage::runActivated);
    auto *table = page.findChild<QTableView *>(QStringLiteral("versionTable"));
    QVERIFY(table);
    VersionTableModel *versions = page.versionTable();
    const QModelIndex run = versions->index(0, versions->runColumn());
    QVERIFY(!run.data(Qt::ToolTipRole).toString().isEmpty());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(run).center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), run.data(VersionTableModel::RawRole).toString().toLongLong());
    // Another column opens nothing.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(versions->index(0, 0)).center());
    QCOMPARE(opened.count(), 1);
}

QTEST_MAIN(TestRegistryPage)
#include "test_registrypage.moc"
