#pragma once
// VersionSearch: the text forms and SQL of a version search (ModelRegistry::
// searchVersions): metric filters ("mse < 3000"), page tokens, and the WHERE clause.
//
// A page token is opaque to callers: base64url of "v1:<last id>:<query fingerprint>".
// Pages are keyset-paged on the version id (never OFFSET), so versions registered while
// a client pages appear on a later page and none is returned twice or skipped. A token
// used with a different query than the one that produced it is refused (InvalidInput).
// Stateless; any thread.

#include "core/common/result.h"
#include "registrytypes.h"

#include <QString>
#include <QVariantList>

namespace mlops::registry {

class VersionSearch {
public:
    // "NAME OP NUMBER" with OP one of < <= > >= = == != (blanks optional).
    // InvalidInput naming the text when it does not parse.
    static Result<MetricFilter> parseMetricFilter(const QString &text);
    static QString opText(MetricFilter::Op op);

    // A short hash of everything in `query` except maxResults and pageToken.
    static QString fingerprint(const VersionQuery &query);
    static QString encodePageToken(qint64 lastId, const VersionQuery &query);
    // The last id of the previous page; 0 for an empty token. InvalidInput for a token
    // that is malformed or belongs to another query.
    static Result<qint64> decodePageToken(const VersionQuery &query);

    struct Sql {
        QString where;  // "WHERE …" over model_versions v JOIN registered_models m
        QVariantList bindings;
    };
    // The filter of `query` for versions with id > afterId. `modelId` is the id of
    // query.modelName (looked up by the caller; ignored when the name is empty).
    static Sql where(const VersionQuery &query, qint64 afterId, qint64 modelId);
};

}  // namespace mlops::registry
