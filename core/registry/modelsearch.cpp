#include "modelsearch.h"

#include <QByteArray>

namespace mlops::registry {

namespace {

const QByteArray kPrefix = QByteArrayLiteral("m1:");

}  // namespace

QString ModelSearch::encodePageToken(const QString &lastName)
{
    const QByteArray raw = kPrefix + lastName.toUtf8();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QString> ModelSearch::decodePageToken(const QString &token)
{
    if (token.isEmpty())
        return QString();
    const auto decoded =
        QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !(*decoded).startsWith(kPrefix) || (*decoded).size() == kPrefix.size())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("model page token '%1' is not valid").arg(token));
    return QString::fromUtf8((*decoded).mid(kPrefix.size()));
}

}  // namespace mlops::registry
