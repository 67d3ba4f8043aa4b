#pragma once
// ServiceConnectionDetails: the right-hand pane of the Service connections page — what
// one connection is (type, authentication, scope, ids, organization URL), whether its
// secret is set (never the secret itself), who created and changed it, and what uses it
// ("Used by", with a sentence when nothing does). Display only: the page reads the
// service and hands the values over.
//
// Thread safety: GUI thread.

#include "core/library/serviceconnectionservice.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;

namespace mlops::ui {

class ServiceConnectionDetails : public QWidget {
    Q_OBJECT
public:
    // One "Used by" line: what the user reads and a tooltip with more about it.
    struct Use {
        QString text;
        QString toolTip;
    };

    explicit ServiceConnectionDetails(QWidget *parent = nullptr);

    void setConnection(const library::ServiceConnection &connection);
    // `error` non-empty: the uses could not be read; it is shown instead of the list.
    void setUses(const QList<Use> &uses, const QString &error = {});

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    void setRow(QLabel *value, const QString &text, bool visible);

    QLabel *m_name;
    QLabel *m_description;
    QFormLayout *m_form;
    QLabel *m_type;
    QLabel *m_authentication;
    QLabel *m_scope;
    QLabel *m_subscriptionId;
    QLabel *m_subscriptionName;
    QLabel *m_resourceGroup;
    QLabel *m_workspace;
    QLabel *m_tenantId;
    QLabel *m_clientId;
    QLabel *m_organizationUrl;
    QLabel *m_secretLabel;
    QLabel *m_secret;
    QLabel *m_created;
    QLabel *m_modified;
    QListWidget *m_usedBy;
    QLabel *m_usedByEmpty;
};

}  // namespace mlops::ui
