#pragma once
// Plain data of the model registry (see ModelRegistry): registered models, their
// versions with files, metrics and lineage, the stages, promotions, and the search
// query and page. Value types; no behaviour beyond the small conversions below.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace mlops::registry {

// The lifecycle stage of a version (MLflow's stages). At most one version of a model
// is in Production at any time.
enum class Stage { None, Staging, Production, Archived };

// "None", "Staging", "Production", "Archived".
QString stageName(Stage stage);
// Case-insensitive; std::nullopt for anything else.
std::optional<Stage> parseStage(const QString &text);

struct RegisteredModel {
    qint64 id = 0;
    QString name;
    QString description;
    QMap<QString, QString> tags;
    int latestVersion = 0;  // 0 when it has no version
    int productionVersion = 0;  // the version in Production; 0 when none is
    QDateTime createdAt;    // UTC
    QString createdBy;
    QDateTime modifiedAt;
    QString modifiedBy;
};

struct ModelVersionFile {
    QString path;  // relative, '/'-separated
    qint64 size = 0;
    QString sha256;  // lower-case hex; the content is the workspace blob of this hash

    bool operator==(const ModelVersionFile &) const = default;
};

// Where a version came from. Every field may be empty.
struct Lineage {
    QString runId;           // MLOPS_RUN_ID
    QString buildId;         // BUILD_BUILDID
    QString pipelineName;    // BUILD_DEFINITIONNAME
    QString commit;          // BUILD_SOURCEVERSION
    QString datasetName;
    QString datasetVersion;
    QString datasetSha256;
    QString parametersJson;  // a JSON object as text, or empty

    bool operator==(const Lineage &) const = default;
};

struct ModelVersion {
    qint64 id = 0;  // unique in the workspace
    qint64 modelId = 0;
    QString modelName;
    int version = 0;  // 1, 2, … per model
    Stage stage = Stage::None;
    QString description;
    QMap<QString, QString> tags;
    QMap<QString, QString> properties;
    QMap<QString, double> metrics;
    QList<ModelVersionFile> files;  // sorted by path
    Lineage lineage;
    QDateTime createdAt;  // UTC
    QString createdBy;
};

// What registerVersion() needs besides the model name.
struct NewModelVersion {
    QString sourcePath;  // a folder (every file below it) or a single file
    QString description;
    QMap<QString, QString> tags;
    QMap<QString, QString> properties;
    QMap<QString, double> metrics;
    Lineage lineage;
};

// One recorded stage change. action: "promote", "rollback" or "archive" (the previous
// Production version archived by a promotion of another one).
struct Promotion {
    qint64 id = 0;
    QString modelName;
    int version = 0;
    QString action;
    Stage fromStage = Stage::None;
    Stage toStage = Stage::None;
    QString comment;
    QString by;
    QDateTime at;  // UTC
};

// A comparison of one metric with a number: "mse < 3000".
struct MetricFilter {
    enum class Op { Less, LessOrEqual, Greater, GreaterOrEqual, Equal, NotEqual };
    QString name;
    Op op = Op::Less;
    double value = 0;
};

// A search of versions; every set criterion must hold. Results are ordered by id.
struct VersionQuery {
    QString modelName;                     // empty: every model
    QMap<QString, QString> tags;           // key = value, exact
    QList<MetricFilter> metrics;
    std::optional<Stage> stage;
    int maxResults = 100;                  // 1 … 1000
    QString pageToken;                     // from the previous page; empty for the first
};

struct VersionPage {
    QList<ModelVersion> versions;
    QString nextPageToken;  // empty on the last page
};

// How far ModelRegistry::download() has come.
struct DownloadProgress {
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int filesDone = 0;
    int fileCount = 0;
};

// What ModelRegistry::download() did. canceled: stopped on request, nothing written.
struct DownloadOutcome {
    bool canceled = false;
    int files = 0;
    qint64 bytes = 0;
    QString directory;  // absolute
};

// A page of the registered models, in case-insensitive name order.
struct ModelQuery {
    int maxResults = 100;  // 1 … 1000
    QString pageToken;     // from the previous page; empty for the first
};

struct ModelPage {
    QList<RegisteredModel> models;
    QString nextPageToken;  // empty on the last page
};

}  // namespace mlops::registry
