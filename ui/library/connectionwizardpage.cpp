#include "connectionwizardpage.h"

#include "connectionwizard.h"

#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mlops::ui {

ConnectionWizardPage::ConnectionWizardPage(ConnectionWizard *wizard) : QWizardPage(wizard), m_wizard(wizard) {}

void ConnectionWizardPage::addField(QFormLayout *form, const QString &key, const QString &label, QWidget *editor)
{
    Field field;
    field.form = form;
    field.editor = editor;
    field.row = new QWidget(this);
    auto *rowLayout = new QVBoxLayout(field.row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    rowLayout->addWidget(editor);
    field.problem = new QLabel(field.row);
    field.problem->setObjectName(key + QStringLiteral("Problem"));
    field.problem->setWordWrap(true);
    field.problem->setTextFormat(Qt::PlainText);
    QPalette palette = field.problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));  // readable dark red on light and grey
    field.problem->setPalette(palette);
    field.problem->hide();
    rowLayout->addWidget(field.problem);
    field.label = new QLabel(label, this);
    field.label->setBuddy(editor);
    form->addRow(field.label, field.row);
    m_fields.insert(key, field);

    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textEdited, this, [this, key] {
            m_fields[key].touched = true;
            m_saveProblems.remove(key);
            notifyChanged();
        });
        // Leaving the field (even untouched) shows its problem; editingFinished is not
        // emitted for an unedited field, so watch the focus itself.
        line->installEventFilter(this);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, [this, key] {
            m_fields[key].touched = true;
            m_saveProblems.remove(key);
            notifyChanged();
        });
    }
}

bool ConnectionWizardPage::eventFilter(QObject *watched, QEvent *event)
{
    // Switching to another window is not leaving the field.
    if (event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::ActiveWindowFocusReason) {
        for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
            if (it->editor == watched && !it->touched) {
                it->touched = true;
                refreshProblem(it.key());
                break;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ConnectionWizardPage::setFieldVisible(const QString &key, bool visible)
{
    auto it = m_fields.find(key);
    if (it == m_fields.end())
        return;
    it->visible = visible;
    it->form->setRowVisible(it->row, visible);
}

void ConnectionWizardPage::setFieldLabel(const QString &key, const QString &label)
{
    auto it = m_fields.find(key);
    if (it != m_fields.end())
        it->label->setText(label);
}

void ConnectionWizardPage::notifyChanged()
{
    m_wizard->revalidate();
}

QStringList ConnectionWizardPage::showProblems(const library::FieldProblems &problems)
{
    QStringList shown;
    m_problems.clear();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it->visible)
            continue;
        const QString message = problems.value(it.key());
        if (!message.isEmpty()) {
            m_problems.insert(it.key(), message);
            shown.append(it.key());
        }
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        refreshProblem(it.key());
    Q_EMIT completeChanged();
    return shown;
}

void ConnectionWizardPage::setSaveProblem(const QString &key, const QString &message)
{
    if (!m_fields.contains(key))
        return;
    m_saveProblems.insert(key, message);
    refreshProblem(key);
}

void ConnectionWizardPage::touchAll()
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it->touched = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        refreshProblem(it.key());
}

void ConnectionWizardPage::refreshProblem(const QString &key)
{
    const Field &field = m_fields[key];
    QString message = m_saveProblems.value(key);
    if (message.isEmpty() && field.touched && field.visible)
        message = m_problems.value(key);
    field.problem->setText(message);
    field.problem->setVisible(!message.isEmpty());
    field.editor->setAccessibleDescription(message);
}

bool ConnectionWizardPage::isComplete() const
{
    return m_problems.isEmpty() && !m_wizard->isSaving();
}

}  // namespace mlops::ui
