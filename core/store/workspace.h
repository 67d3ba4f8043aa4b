#pragma once
// Workspace: a folder that holds one MLOps Workbench project (see ARCHITECTURE.md,
// "The workspace on disk"). open() creates the folder and database when missing,
// upgrades an older schema after a backup, and refuses one newer than this program
// without touching it.
//
// Thread safety: a Workspace may be shared between threads; its Database hands each
// thread its own connection.

#include "core/common/result.h"
#include "database.h"

#include <QString>

#include <memory>

namespace mlops::store {

class Workspace {
public:
    static constexpr const char *kDatabaseFile = "workspace.db";
    static constexpr const char *kEnvVariable = "MLOPS_WORKSPACE";

    // The folder to use: `explicitDir` when given, else $MLOPS_WORKSPACE, else
    // <AppDataLocation>/workspace.
    static QString resolveDirectory(const QString &explicitDir = {});

    // Opens (creating if needed) the workspace in `dir`.
    static Result<std::shared_ptr<Workspace>> open(const QString &dir);

    QString directory() const { return m_directory; }
    QString databasePath() const;
    // A stable id of this workspace, used to name its keychain entries.
    QString id() const { return m_id; }
    const Database &database() const { return *m_database; }

private:
    Workspace(QString directory, std::unique_ptr<Database> database, QString id);

    QString m_directory;
    std::unique_ptr<Database> m_database;
    QString m_id;
};

}  // namespace mlops::store
