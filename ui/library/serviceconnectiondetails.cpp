#include "serviceconnectiondetails.h"

#include "serviceconnectiontext.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace mlops::ui {

using library::ConnectionType;
using library::ScopeLevel;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString whenAndWho(const QDateTime &at, const QString &who)
{
    const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    if (who.isEmpty())
        return when;
    return ServiceConnectionDetails::tr("%1 by %2").arg(when, who);
}

}  // namespace

ServiceConnectionDetails::ServiceConnectionDetails(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionDetails"));
    auto *layout = new QVBoxLayout(this);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("detailDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_description);
    layout->addSpacing(6);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    m_type = addRow(tr("Type:"), QStringLiteral("detailType"));
    m_authentication = addRow(tr("Authentication:"), QStringLiteral("detailAuthentication"));
    m_scope = addRow(tr("Scope level:"), QStringLiteral("detailScope"));
    m_subscriptionId = addRow(tr("Subscription id:"), QStringLiteral("detailSubscriptionId"));
    m_subscriptionName = addRow(tr("Subscription name:"), QStringLiteral("detailSubscriptionName"));
    m_resourceGroup = addRow(tr("Resource group:"), QStringLiteral("detailResourceGroup"));
    m_workspace = addRow(tr("Workspace:"), QStringLiteral("detailWorkspace"));
    m_tenantId = addRow(tr("Tenant id:"), QStringLiteral("detailTenantId"));
    m_clientId = addRow(tr("Client id:"), QStringLiteral("detailClientId"));
    m_organizationUrl = addRow(tr("Organization URL:"), QStringLiteral("detailOrganizationUrl"));
    m_secret = addRow(tr("Secret:"), QStringLiteral("detailSecret"));
    m_secretLabel = qobject_cast<QLabel *>(m_form->labelForField(m_secret));
    m_created = addRow(tr("Created:"), QStringLiteral("detailCreated"));
    m_modified = addRow(tr("Modified:"), QStringLiteral("detailModified"));

    layout->addSpacing(12);
    layout->addWidget(heading(tr("Used by"), this));
    m_usedBy = new QListWidget(this);
    m_usedBy->setObjectName(QStringLiteral("usedByList"));
    m_usedBy->setSelectionMode(QAbstractItemView::NoSelection);
    m_usedBy->setFocusPolicy(Qt::TabFocus);
    m_usedBy->setWordWrap(true);
    m_usedBy->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_usedBy->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_usedBy->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_usedBy->setFrameShape(QFrame::NoFrame);
    m_usedBy->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_usedBy);
    m_usedByEmpty = new QLabel(this);
    m_usedByEmpty->setObjectName(QStringLiteral("usedByEmptyLabel"));
    m_usedByEmpty->setWordWrap(true);
    m_usedByEmpty->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_usedByEmpty);
    layout->addStretch(1);
}

QLabel *ServiceConnectionDetails::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

void ServiceConnectionDetails::setRow(QLabel *value, const QString &text, bool visible)
{
    value->setText(text);
    m_form->setRowVisible(value, visible);
}

void ServiceConnectionDetails::setConnection(const library::ServiceConnection &connection)
{
    const bool arm = connection.type == ConnectionType::AzureResourceManager;
    const ScopeLevel level = connection.scopeLevel;
    m_name->setText(connection.name);
    m_description->setText(connection.description);
    m_description->setVisible(!connection.description.isEmpty());
    setRow(m_type, ServiceConnectionText::typeLabel(connection.type), true);
    setRow(m_authentication, ServiceConnectionText::authenticationLabel(connection.type), true);
    setRow(m_scope, ServiceConnectionText::scopeLabel(level), arm);
    setRow(m_subscriptionId, connection.subscriptionId, arm);
    setRow(m_subscriptionName, connection.subscriptionName, arm);
    setRow(m_resourceGroup, connection.resourceGroup, arm && level != ScopeLevel::Subscription);
    setRow(m_workspace, connection.workspaceName, arm && level == ScopeLevel::MachineLearningWorkspace);
    setRow(m_tenantId, connection.tenantId, arm);
    setRow(m_clientId, connection.clientId, arm);
    setRow(m_organizationUrl, connection.organizationUrl, !arm);
    if (m_secretLabel)
        m_secretLabel->setText(arm ? tr("Client secret:") : tr("Personal access token:"));
    setRow(m_secret, connection.secretIsSet ? tr("set") : tr("not set — edit the connection to set it"), true);
    setRow(m_created, whenAndWho(connection.createdAt, connection.createdBy), connection.createdAt.isValid());
    setRow(m_modified, whenAndWho(connection.modifiedAt, connection.modifiedBy), connection.modifiedAt.isValid());
}

void ServiceConnectionDetails::setUses(const QList<Use> &uses, const QString &error)
{
    m_usedBy->clear();
    for (const Use &use : uses) {
        auto *item = new QListWidgetItem(use.text, m_usedBy);
        item->setToolTip(use.toolTip);
    }
    m_usedBy->setVisible(!uses.isEmpty());
    if (!error.isEmpty())
        m_usedByEmpty->setText(tr("Could not find out what uses this connection: %1").arg(error));
    else
        m_usedByEmpty->setText(tr("Nothing uses this connection yet. A variable group uses it when one of its "
                                  "variables has the connection's name as its value; a pipeline, when a task input "
                                  "or a variable of its YAML has it."));
    // An error is shown even under what could be read (e.g. groups read, pipelines not).
    m_usedByEmpty->setVisible(uses.isEmpty() || !error.isEmpty());
}

}  // namespace mlops::ui
