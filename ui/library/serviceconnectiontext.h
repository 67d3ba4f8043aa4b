#pragma once
// ServiceConnectionText: the translated words the Service connections area shows for
// the plain values of library::ServiceConnection (type, authentication, scope level,
// the resource a connection points at). Display only: no rule lives here.
//
// Thread safety: GUI thread (tr()).

#include "core/library/serviceconnection.h"

#include <QCoreApplication>
#include <QString>

namespace mlops::ui {

class ServiceConnectionText {
    Q_DECLARE_TR_FUNCTIONS(mlops::ui::ServiceConnectionText)
public:
    static QString typeLabel(library::ConnectionType type);            // "Azure Resource Manager"
    static QString authenticationLabel(library::ConnectionType type);  // "Service principal (manual)"
    static QString scopeLabel(library::ScopeLevel level);              // "Machine Learning workspace"
    // What the connection points at: "Subscription name / resource group / workspace"
    // for Azure Resource Manager (as deep as its scope level), the organization URL
    // for Azure DevOps.
    static QString target(const library::ServiceConnection &connection);
    // "Azure Resource Manager · Machine Learning workspace" (the scope only for ARM).
    static QString typeAndScope(const library::ServiceConnection &connection);
};

}  // namespace mlops::ui
