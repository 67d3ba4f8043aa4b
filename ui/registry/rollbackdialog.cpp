#include "rollbackdialog.h"

#include "core/registry/modelregistry.h"
#include "versiontablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mlops::ui {

RollbackDialog::RollbackDialog(std::shared_ptr<registry::ModelRegistry> registry,
                               const registry::ModelVersion &production, const QList<registry::ModelVersion> &versions,
                               QWidget *parent)
    : QDialog(parent), m_registry(std::move(registry)), m_production(production), m_versions(versions)
{
    setObjectName(QStringLiteral("rollbackDialog"));
    setWindowTitle(tr("Roll back %1").arg(production.modelName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("rollbackVersion"));
    for (int i = int(versions.size()) - 1; i >= 0; --i) {
        const registry::ModelVersion &version = versions.at(i);
        if (version.version < production.version)
            m_version->addItem(tr("v%1 (%2)").arg(version.version).arg(VersionTableModel::stageText(version.stage)),
                               version.version);
    }
    form->addRow(tr("Restore version:"), m_version);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("rollbackComment"));
    m_comment->setPlaceholderText(tr("Why roll back (required)"));
    form->addRow(tr("Comment:"), m_comment);
    layout->addLayout(form);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("rollbackChange"));
    m_change->setWordWrap(true);
    layout->addWidget(m_change);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rollbackError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Roll back"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RollbackDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_version, &QComboBox::currentIndexChanged, this, &RollbackDialog::updateState);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &RollbackDialog::updateState);
    updateState();
}

bool RollbackDialog::setTargetVersion(int version)
{
    const int index = m_version->findData(version);
    if (index < 0)
        return false;
    m_version->setCurrentIndex(index);
    return true;
}

QString RollbackDialog::changeText() const
{
    return m_change->text();
}

QString RollbackDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RollbackDialog::updateState()
{
    const bool hasTarget = m_version->currentIndex() >= 0;
    if (!hasTarget) {
        m_change->setText(tr("No version earlier than v%1 to roll back to.").arg(m_production.version));
    } else {
        const int target = m_version->currentData().toInt();
        registry::Stage from = registry::Stage::None;
        for (const registry::ModelVersion &version : std::as_const(m_versions)) {
            if (version.version == target)
                from = version.stage;
        }
        m_change->setText(tr("What will change: v%1 %2 → %3, v%4 %5 → %6")
                              .arg(m_production.version)
                              .arg(VersionTableModel::stageText(registry::Stage::Production),
                                   VersionTableModel::stageText(registry::Stage::Archived))
                              .arg(target)
                              .arg(VersionTableModel::stageText(from),
                                   VersionTableModel::stageText(registry::Stage::Production)));
    }
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(hasTarget && !m_comment->toPlainText().trimmed().isEmpty());
}

void RollbackDialog::accept()
{
    const int target = m_version->currentData().toInt();
    Result<registry::ModelVersion> result =
        m_registry->rollback(m_production.modelName, target, m_comment->toPlainText().trimmed());
    if (!result) {
        m_error->setText(tr("Could not roll %1 back to v%2: %3")
                             .arg(m_production.modelName)
                             .arg(target)
                             .arg(result.error().message));
        m_error->show();
        return;
    }
    m_restored = *result;
    QDialog::accept();
}

}  // namespace mlops::ui
