// Models page: a registry with two versions registered through ModelRegistry; the page
// lists them, compares v1 and v2 (the differing metric is highlighted and charted),
// promotes v2 to Production with a comment, rolls back to v1, and shows the history.
// Also QAbstractItemModelTester on ModelListModel and VersionTableModel.

#include "core/registry/modelregistry.h"
#include "core/store/workspace.h"
#include "ui/common/emptystate.h"
#include "ui/registry/metricbarchart.h"
#include "ui/registry/modellistmodel.h"
#include "ui/registry/modelspage.h"
#include "ui/registry/promotedialog.h"
#include "ui/registry/rollbackdialog.h"
#include "ui/registry/versioncomparedialog.h"
#include "ui/registry/versiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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

private:
    void registerTwo();
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

QTEST_MAIN(TestRegistryPage)
#include "test_registrypage.moc"
