#include "settingsdialog.h"

#include "ui/common/languages.h"
#include "ui/common/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace mlops::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_note(new QLabel(this)), m_initial(Settings::language().get())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_note->setObjectName(QStringLiteral("languageNote"));
    for (const Languages::Entry &entry : Languages::available())
        m_language->addItem(entry.label, entry.code);
    const int current = m_language->findData(m_initial);
    m_language->setCurrentIndex(current < 0 ? 0 : current);
    m_note->setWordWrap(true);

    auto *group = new QGroupBox(tr("Appearance"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateNote);
    updateNote();
}

void SettingsDialog::updateNote()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen == m_initial)
        m_note->setText(tr("System default follows the language of your desktop session."));
    else
        m_note->setText(tr("The new language is used after you restart MLOps Workbench."));
}

void SettingsDialog::accept()
{
    Settings::language().set(m_language->currentData().toString());
    QDialog::accept();
}

}  // namespace mlops::ui
