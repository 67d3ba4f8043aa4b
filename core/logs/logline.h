#pragma once
// LogLine: helpers that turn one raw log line (bytes, no '\n') into what a viewer shows.
//
//   - the Azure timestamp prefix "2026-11-25T10:00:00.0000000Z " (1 to 9 fraction digits)
//     is recognised and can be cut off;
//   - Azure Pipelines markers "##[group]", "##[endgroup]", "##[section]", "##[warning]",
//     "##[error]", "##[command]", "##[debug]" are recognised after the timestamp;
//   - decoding turns invalid UTF-8 into U+FFFD, C0 control bytes (except ESC, which the
//     ANSI parser consumes, and TAB, expanded to 8-column stops) into control pictures,
//     and cuts lines longer than a limit, appending an ellipsis marker.
// All functions are pure and thread-safe.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mlops::logs {

class LogLine {
public:
    enum class Marker { None, Group, EndGroup, Section, Warning, Error, Command, Debug };

    static constexpr qsizetype kDefaultMaxChars = 100000;

    // Length in bytes of a leading timestamp including its trailing space, or 0.
    static qsizetype timestampLength(QByteArrayView line);
    // The line without its timestamp prefix and without a trailing '\r'.
    static QByteArrayView stripTimestamp(QByteArrayView line);
    // The marker that starts `content` (timestamp already stripped); *markerLength gets
    // its length in bytes ("##[group]" = 9) when not None.
    static Marker marker(QByteArrayView content, qsizetype *markerLength = nullptr);
    // Marker of a raw line (timestamp allowed).
    static Marker markerOfRawLine(QByteArrayView line);

    // Decodes `bytes` for display (see above). When more than maxChars characters would
    // result, the text is cut to maxChars and ellipsisMarker() is appended; *truncated is set.
    static QString decodeForDisplay(QByteArrayView bytes, qsizetype maxChars = kDefaultMaxChars,
                                    bool *truncated = nullptr);
    // The marker appended to cut lines (translatable by the UI, which may replace it).
    static QString ellipsisMarker();
};

}  // namespace mlops::logs
