#include "connectionwizardnamepage.h"

#include "connectionwizard.h"
#include "serviceconnectiontext.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace mlops::ui {

namespace {

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setErrorColor(QLabel *label, bool isError)
{
    QPalette palette = label->parentWidget()->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, QColor(0xa4, 0x26, 0x2c));
    label->setPalette(palette);
}

}  // namespace

ConnectionWizardNamePage::ConnectionWizardNamePage(ConnectionWizard *wizard) : ConnectionWizardPage(wizard)
{
    setObjectName(QStringLiteral("namePage"));
    setTitle(tr("Name and description"));
    setSubTitle(tr("Pipelines and variable groups refer to the connection by its name."));
    setFinalPage(true);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setClearButtonEnabled(true);
    m_name->setPlaceholderText(tr("e.g. ws-svc-connection"));
    addField(form, QStringLiteral("name"), tr("Service connection &name:"), m_name);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("Optional"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    addField(form, QStringLiteral("description"), tr("&Description:"), m_description);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    form->addRow(tr("Connects to:"), m_summary);

    m_otherProblems = messageLabel(QStringLiteral("otherProblemsLabel"), this);
    setErrorColor(m_otherProblems, true);
    form->addRow(m_otherProblems);
    m_status = messageLabel(QStringLiteral("saveStatusLabel"), this);
    form->addRow(m_status);
}

void ConnectionWizardNamePage::load(const library::ServiceConnection &connection)
{
    m_name->setText(connection.name);
    m_description->setPlainText(connection.description);
}

void ConnectionWizardNamePage::setOtherProblems(const QStringList &messages)
{
    m_otherProblems->setText(messages.join(QLatin1Char('\n')));
    m_otherProblems->setVisible(!messages.isEmpty());
    Q_EMIT completeChanged();
}

void ConnectionWizardNamePage::setStatus(const QString &message, bool isError)
{
    setErrorColor(m_status, isError);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void ConnectionWizardNamePage::fill(library::ServiceConnection &connection) const
{
    connection.name = m_name->text();
    connection.description = m_description->toPlainText();
}

void ConnectionWizardNamePage::initializePage()
{
    const library::ServiceConnection draft = connectionWizard()->draft();
    m_summary->setText(ServiceConnectionText::typeAndScope(draft) + QLatin1Char('\n') +
                       ServiceConnectionText::target(draft));
    connectionWizard()->revalidate();
}

bool ConnectionWizardNamePage::isComplete() const
{
    return ConnectionWizardPage::isComplete() && m_otherProblems->text().isEmpty();
}

}  // namespace mlops::ui
