#pragma once
// Where a byte offset falls in a UTF-8 text, for messages like "file:3:14: …" (e.g. a
// QJsonParseError::offset).

#include <QByteArray>
#include <QString>

namespace mlops {

// "line:column" of byte `offset` of `data`: both 1-based, the column counted in
// characters. An offset outside the data is clamped to it.
QString lineColumnAt(const QByteArray &data, qsizetype offset);

}  // namespace mlops
