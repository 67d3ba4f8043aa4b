#include "promotedialog.h"

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

PromoteDialog::PromoteDialog(std::shared_ptr<registry::ModelRegistry> registry, const registry::ModelVersion &version,
                             const QList<registry::ModelVersion> &versions, QWidget *parent)
    : QDialog(parent), m_registry(std::move(registry)), m_version(version), m_versions(versions)
{
    setObjectName(QStringLiteral("promoteDialog"));
    setWindowTitle(tr("Promote %1 v%2").arg(version.modelName).arg(version.version));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("promoteStage"));
    for (registry::Stage stage : {registry::Stage::Staging, registry::Stage::Production, registry::Stage::Archived,
                                  registry::Stage::None})
        m_stage->addItem(VersionTableModel::stageText(stage), int(stage));
    form->addRow(tr("Target stage:"), m_stage);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("promoteComment"));
    m_comment->setPlaceholderText(tr("Why this change (required for Production)"));
    form->addRow(tr("Comment:"), m_comment);
    layout->addLayout(form);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("promoteChange"));
    m_change->setWordWrap(true);
    layout->addWidget(m_change);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("promoteError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Promote"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PromoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &PromoteDialog::updateState);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &PromoteDialog::updateState);
    updateState();
}

void PromoteDialog::setTargetStage(registry::Stage stage)
{
    m_stage->setCurrentIndex(m_stage->findData(int(stage)));
}

registry::Stage PromoteDialog::targetStage() const
{
    return registry::Stage(m_stage->currentData().toInt());
}

QString PromoteDialog::changeText() const
{
    return m_change->text();
}

QString PromoteDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PromoteDialog::updateState()
{
    const registry::Stage target = targetStage();
    const bool needsComment = target == registry::Stage::Production;
    const bool hasComment = !m_comment->toPlainText().trimmed().isEmpty();
    const bool same = target == m_version.stage;
    QStringList changes;
    if (same) {
        m_change->setText(tr("Nothing changes: v%1 is already in %2.")
                              .arg(m_version.version)
                              .arg(VersionTableModel::stageText(target)));
    } else {
        if (target == registry::Stage::Production) {
            for (const registry::ModelVersion &other : std::as_const(m_versions)) {
                if (other.version != m_version.version && other.stage == registry::Stage::Production)
                    changes << tr("v%1 %2 → %3")
                                   .arg(other.version)
                                   .arg(VersionTableModel::stageText(registry::Stage::Production),
                                        VersionTableModel::stageText(registry::Stage::Archived));
            }
        }
        changes << tr("v%1 %2 → %3")
                       .arg(m_version.version)
                       .arg(VersionTableModel::stageText(m_version.stage), VersionTableModel::stageText(target));
        m_change->setText(tr("What will change: %1").arg(changes.join(QStringLiteral(", "))));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!same && (!needsComment || hasComment));
}

void PromoteDialog::accept()
{
    Result<registry::ModelVersion> result = m_registry->promote(m_version.modelName, m_version.version, targetStage(),
                                                                m_comment->toPlainText().trimmed());
    if (!result) {
        m_error->setText(tr("Could not promote %1 v%2: %3")
                             .arg(m_version.modelName)
                             .arg(m_version.version)
                             .arg(result.error().message));
        m_error->show();
        return;
    }
    m_promoted = *result;
    QDialog::accept();
}

}  // namespace mlops::ui
