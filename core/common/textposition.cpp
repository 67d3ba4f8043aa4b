#include "textposition.h"

#include <algorithm>

namespace mlops {

QString lineColumnAt(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column = QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size() + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

}  // namespace mlops
