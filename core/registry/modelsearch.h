#pragma once
// ModelSearch: the page tokens of ModelRegistry::listModels().
//
// Models are keyset-paged on their name in case-insensitive order (never OFFSET): the
// token is base64url of "m1:<last name of the page>", opaque to callers. A model
// created or deleted while a client pages shifts nothing: every model present through
// the whole paging is returned exactly once.
// Stateless; any thread.

#include "core/common/result.h"

#include <QString>

namespace mlops::registry {

class ModelSearch {
public:
    static QString encodePageToken(const QString &lastName);
    // The last name of the previous page; empty for an empty token. InvalidInput for a
    // token that is malformed.
    static Result<QString> decodePageToken(const QString &token);
};

}  // namespace mlops::registry
