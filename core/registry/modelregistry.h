#pragma once
// ModelRegistry: the registered models of a workspace and their versions (MLflow's
// registry shape: CRUD per entity, paged search with a page token, stable error codes).
//
// Versions are numbered 1, 2, … per model; the number is assigned inside the write
// transaction (BEGIN IMMEDIATE), so processes registering at once get distinct numbers.
// A version's files are stored content-addressed in the workspace (artifacts/sha256,
// shared with runs::ArtifactStore) before the transaction; an I/O error registers
// nothing. At most one version per model is in Production: a partial unique index
// enforces it and every promotion runs in one transaction. Every promotion, rollback
// and the archiving it causes is recorded in the promotion history; every change has
// an audit-log entry (store::AuditLog) written in the same transaction.
//
// Names are unique case-insensitively and looked up the same way.
// Reads: a page of versions (searchVersions) or models (listModels) is keyset-paged and
// read with one query for its rows plus one per kind of detail, on statements prepared
// once per connection (StatementCache); pages are ordered by version id / model name.
// Error codes: NotFound (unknown model/version, missing source path), AlreadyExists
// (createModel of an existing name), InvalidInput (empty name, empty folder, bad stage
// change, missing comment for Production, bad metric/page token), Conflict (a
// promotion that would need archiving the Production version when archiveExisting is
// false), Io, Internal.
// Thread safety: any thread; the Workspace must outlive the registry.

#include "core/common/result.h"
#include "registrytypes.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace mlops::store {
class Workspace;
}

namespace mlops::registry {

class ModelRegistry {
public:
    explicit ModelRegistry(std::shared_ptr<store::Workspace> workspace);

    // Models.
    Result<RegisteredModel> createModel(const QString &name, const QString &description = {},
                                        const QMap<QString, QString> &tags = {});
    Result<RegisteredModel> model(const QString &name) const;
    Result<QList<RegisteredModel>> models() const;  // every model, sorted by name
    // A page of models in case-insensitive name order (keyset on the name, with a page
    // token as searchVersions()). InvalidInput for maxResults outside 1…1000 or a bad token.
    Result<ModelPage> listModels(const ModelQuery &query) const;
    Result<RegisteredModel> updateModelDescription(const QString &name, const QString &description);
    Result<RegisteredModel> setModelTag(const QString &name, const QString &key, const QString &value);
    // Deletes the model, its versions and their history (the stored file contents stay).
    Result<void> deleteModel(const QString &name);

    // Versions. registerVersion() creates the model when it does not exist yet.
    Result<ModelVersion> registerVersion(const QString &modelName, const NewModelVersion &version);
    Result<ModelVersion> version(const QString &modelName, int version) const;
    // The version in Production, or NotFound when none is.
    Result<ModelVersion> productionVersion(const QString &modelName) const;
    Result<ModelVersion> latestVersion(const QString &modelName) const;
    Result<ModelVersion> setVersionTag(const QString &modelName, int version, const QString &key, const QString &value);
    Result<VersionPage> searchVersions(const VersionQuery &query) const;

    // Stages. promote() moves a version to `stage` (a comment is required for
    // Production); when another version is in Production and `stage` is Production, it
    // is archived (archiveExisting) or the call fails with Conflict. Promoting to the
    // stage the version is already in is InvalidInput.
    struct PromoteOptions {
        bool archiveExisting = true;
    };
    Result<ModelVersion> promote(const QString &modelName, int version, Stage stage, const QString &comment,
                                 PromoteOptions options);
    Result<ModelVersion> promote(const QString &modelName, int version, Stage stage, const QString &comment)
    {
        return promote(modelName, version, stage, comment, PromoteOptions{});
    }
    // Puts an earlier version (lower number than the current Production one) back in
    // Production, archiving the current one; recorded with action "rollback". A comment
    // is required. InvalidInput when no version is in Production or `version` is not
    // earlier than it.
    Result<ModelVersion> rollback(const QString &modelName, int version, const QString &comment);
    // The promotion history of a model, oldest first.
    Result<QList<Promotion>> promotions(const QString &modelName) const;

    // Writes the files of a version under `targetDirectory` (created when missing), all
    // or nothing: see VersionDownloader for the staging, the errors, progress and cancel.
    struct DownloadOptions {
        std::function<void(const DownloadProgress &)> progress;  // called on the calling thread
        const std::atomic<bool> *cancel = nullptr;
    };
    Result<DownloadOutcome> download(const ModelVersion &version, const QString &targetDirectory,
                                     const DownloadOptions &options) const;
    Result<DownloadOutcome> download(const ModelVersion &version, const QString &targetDirectory) const
    {
        return download(version, targetDirectory, DownloadOptions{});
    }

private:
    Result<ModelVersion> changeStage(const QString &modelName, int version, Stage stage, const QString &comment,
                                     bool archiveExisting, const QString &action);

    std::shared_ptr<store::Workspace> m_workspace;
};

}  // namespace mlops::registry
