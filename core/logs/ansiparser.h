#pragma once
// AnsiParser: turns text with ANSI escape sequences into plain text plus style spans.
//
// SGR ("ESC [ ... m") codes understood: 0 reset, 1 bold, 22 normal, 3/23 italic,
// 4/24 underline, 30-37 / 90-97 foreground, 40-47 / 100-107 background,
// 38;5;n / 48;5;n (256-colour palette), 38;2;r;g;b / 48;2;r;g;b (true colour),
// 39 / 49 default colours. Other CSI sequences (e.g. "ESC[K") and OSC sequences
// ("ESC ] ... BEL" or "ESC ] ... ESC \") are removed without effect. A lone ESC is dropped.
// Pure and thread-safe; colours are 0xRRGGBB (core has no QColor).
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace mlops::logs {

struct TextStyle {
    std::optional<quint32> foreground;  // 0xRRGGBB
    std::optional<quint32> background;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    bool isDefault() const { return !foreground && !background && !bold && !italic && !underline; }
    bool operator==(const TextStyle &) const = default;
};

struct StyledSpan {
    qsizetype start = 0;   // in characters of ParsedText::text
    qsizetype length = 0;
    TextStyle style;
    bool operator==(const StyledSpan &) const = default;
};

struct ParsedText {
    QString text;               // without escape sequences
    QList<StyledSpan> spans;    // non-default styled runs, in order, not overlapping
};

class AnsiParser {
public:
    static ParsedText parse(QStringView input);
    // Text only (all escape sequences removed).
    static QString strip(QStringView input);
    // The xterm 256-colour palette: 0-15 standard/bright, 16-231 cube, 232-255 grey ramp.
    static quint32 paletteColor(int index);
};

}  // namespace mlops::logs
