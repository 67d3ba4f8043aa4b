#include "core/logs/logline.h"

#include <array>

namespace mlops::logs {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

struct MarkerName {
    const char *text;
    LogLine::Marker marker;
};

constexpr std::array<MarkerName, 7> kMarkers = {{
    {"##[group]", LogLine::Marker::Group},
    {"##[endgroup]", LogLine::Marker::EndGroup},
    {"##[section]", LogLine::Marker::Section},
    {"##[warning]", LogLine::Marker::Warning},
    {"##[error]", LogLine::Marker::Error},
    {"##[command]", LogLine::Marker::Command},
    {"##[debug]", LogLine::Marker::Debug},
}};

}  // namespace

qsizetype LogLine::timestampLength(QByteArrayView line)
{
    // YYYY-MM-DDTHH:MM:SS.f{1,9}Z<space>
    static constexpr char kPattern[] = "dddd-dd-ddTdd:dd:dd";
    constexpr qsizetype kFixed = sizeof(kPattern) - 1;  // 19
    if (line.size() < kFixed + 3)
        return 0;
    for (qsizetype i = 0; i < kFixed; ++i) {
        const char want = kPattern[i];
        if (want == 'd' ? !isDigit(line[i]) : line[i] != want)
            return 0;
    }
    qsizetype i = kFixed;
    if (line[i] == '.') {
        ++i;
        const qsizetype digitsStart = i;
        while (i < line.size() && isDigit(line[i]) && i - digitsStart < 9)
            ++i;
        if (i == digitsStart)
            return 0;
    }
    if (i >= line.size() || line[i] != 'Z')
        return 0;
    ++i;
    if (i == line.size())
        return i;
    return line[i] == ' ' ? i + 1 : 0;
}

QByteArrayView LogLine::stripTimestamp(QByteArrayView line)
{
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    return line.sliced(timestampLength(line));
}

LogLine::Marker LogLine::marker(QByteArrayView content, qsizetype *markerLength)
{
    if (content.size() < 5 || content[0] != '#' || content[1] != '#' || content[2] != '[')
        return Marker::None;
    for (const auto &m : kMarkers) {
        const QByteArrayView name(m.text);
        if (content.startsWith(name)) {
            if (markerLength)
                *markerLength = name.size();
            return m.marker;
        }
    }
    return Marker::None;
}

LogLine::Marker LogLine::markerOfRawLine(QByteArrayView line)
{
    return marker(stripTimestamp(line));
}

QString LogLine::ellipsisMarker()
{
    return QStringLiteral(" \u2026 [line cut]");
}

QString LogLine::decodeForDisplay(QByteArrayView bytes, qsizetype maxChars, bool *truncated)
{
    if (!bytes.isEmpty() && bytes.back() == '\r')
        bytes.chop(1);
    bool cut = false;
    // A UTF-8 character has at least one byte: more than 4*maxChars bytes cannot all fit.
    if (bytes.size() > maxChars * 4) {
        bytes.truncate(maxChars * 4);
        cut = true;
    }
    const QString decoded = QString::fromUtf8(bytes);  // invalid sequences -> U+FFFD
    QString out;
    out.reserve(std::min(decoded.size(), maxChars) + 16);
    for (const QChar ch : decoded) {
        if (out.size() >= maxChars) {
            cut = true;
            break;
        }
        const char16_t u = ch.unicode();
        if (u == u'\t') {
            const qsizetype spaces = 8 - out.size() % 8;
            out.append(QString(spaces, QLatin1Char(' ')));
        } else if (u < 0x20 && u != 0x1b) {
            out.append(QChar(char16_t(0x2400 + u)));  // control pictures
        } else if (u == 0x7f) {
            out.append(QChar(char16_t(0x2421)));
        } else {
            out.append(ch);
        }
    }
    if (out.size() > maxChars)
        out.truncate(maxChars);
    if (cut)
        out.append(ellipsisMarker());
    if (truncated)
        *truncated = cut;
    return out;
}

}  // namespace mlops::logs
