#include "result.h"

namespace mlops {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already_exists");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid_input");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Auth: return QStringLiteral("auth");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Unavailable: return QStringLiteral("unavailable");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

}  // namespace mlops
