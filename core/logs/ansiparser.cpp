#include "core/logs/ansiparser.h"

#include <algorithm>
#include <array>

namespace mlops::logs {

namespace {

constexpr std::array<quint32, 16> kBase = {
    0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5,
    0x666666, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff,
};

// Reads an extended colour (after 38/48) from params[i...]; advances i past it.
std::optional<quint32> extendedColor(const QList<int> &params, qsizetype &i)
{
    if (i + 1 >= params.size())
        return std::nullopt;
    const int mode = params[i + 1];
    if (mode == 5 && i + 2 < params.size()) {
        const int n = params[i + 2];
        i += 2;
        if (n < 0 || n > 255)
            return std::nullopt;
        return AnsiParser::paletteColor(n);
    }
    if (mode == 2 && i + 4 < params.size()) {
        const int r = params[i + 2], g = params[i + 3], b = params[i + 4];
        i += 4;
        if (r < 0 || r > 255 || g < 0 || g > 255 || b < 0 || b > 255)
            return std::nullopt;
        return (quint32(r) << 16) | (quint32(g) << 8) | quint32(b);
    }
    ++i;
    return std::nullopt;
}

void resetStyle(TextStyle &style)
{
    // Field by field: copying a default TextStyle trips GCC's -Wmaybe-uninitialized on optionals.
    style.foreground.reset();
    style.background.reset();
    style.bold = style.italic = style.underline = false;
}

void applySgr(const QList<int> &params, TextStyle &style)
{
    if (params.isEmpty()) {
        resetStyle(style);
        return;
    }
    for (qsizetype i = 0; i < params.size(); ++i) {
        const int p = params[i];
        if (p == 0) {
            resetStyle(style);
        } else if (p == 1) {
            style.bold = true;
        } else if (p == 22) {
            style.bold = false;
        } else if (p == 3) {
            style.italic = true;
        } else if (p == 23) {
            style.italic = false;
        } else if (p == 4) {
            style.underline = true;
        } else if (p == 24) {
            style.underline = false;
        } else if (p >= 30 && p <= 37) {
            style.foreground = kBase[size_t(p - 30)];
        } else if (p >= 90 && p <= 97) {
            style.foreground = kBase[size_t(p - 90 + 8)];
        } else if (p >= 40 && p <= 47) {
            style.background = kBase[size_t(p - 40)];
        } else if (p >= 100 && p <= 107) {
            style.background = kBase[size_t(p - 100 + 8)];
        } else if (p == 38) {
            if (auto c = extendedColor(params, i))
                style.foreground = c;
        } else if (p == 48) {
            if (auto c = extendedColor(params, i))
                style.background = c;
        } else if (p == 39) {
            style.foreground.reset();
        } else if (p == 49) {
            style.background.reset();
        }
    }
}

}  // namespace

quint32 AnsiParser::paletteColor(int index)
{
    if (index < 16)
        return kBase[size_t(std::max(index, 0))];
    if (index < 232) {
        const int n = index - 16;
        auto level = [](int v) { return quint32(v == 0 ? 0 : 55 + v * 40); };
        return (level(n / 36) << 16) | (level((n / 6) % 6) << 8) | level(n % 6);
    }
    const quint32 g = quint32(8 + (std::min(index, 255) - 232) * 10);
    return (g << 16) | (g << 8) | g;
}

ParsedText AnsiParser::parse(QStringView input)
{
    ParsedText out;
    out.text.reserve(input.size());
    TextStyle style;
    qsizetype runStart = 0;
    auto closeRun = [&]() {
        if (out.text.size() > runStart && !style.isDefault())
            out.spans.append({runStart, out.text.size() - runStart, style});
        runStart = out.text.size();
    };

    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = input[i];
        if (c.unicode() != 0x1b) {
            // Copy the run of plain characters up to the next ESC.
            qsizetype j = i + 1;
            while (j < n && input[j].unicode() != 0x1b)
                ++j;
            out.text.append(input.sliced(i, j - i));
            i = j;
            continue;
        }
        if (i + 1 >= n) {
            ++i;
            break;
        }
        const char16_t kind = input[i + 1].unicode();
        if (kind == u'[') {
            // CSI: parameters (0-9 ; :), intermediates, then a final byte 0x40-0x7e.
            qsizetype j = i + 2;
            while (j < n && (input[j].unicode() < 0x40 || input[j].unicode() > 0x7e))
                ++j;
            if (j >= n) {  // unterminated: drop the rest
                i = n;
                break;
            }
            if (input[j].unicode() == u'm') {
                QList<int> params;
                int value = 0;
                bool any = false;
                for (qsizetype k = i + 2; k < j; ++k) {
                    const char16_t u = input[k].unicode();
                    if (u >= u'0' && u <= u'9') {
                        value = std::min(value * 10 + (u - u'0'), 100000);
                        any = true;
                    } else if (u == u';' || u == u':') {
                        params.append(any ? value : 0);
                        value = 0;
                        any = false;
                    }
                }
                if (any || !params.isEmpty())
                    params.append(any ? value : 0);
                closeRun();
                applySgr(params, style);
            }
            i = j + 1;
        } else if (kind == u']') {
            qsizetype j = i + 2;
            while (j < n) {
                if (input[j].unicode() == 0x07) {
                    ++j;
                    break;
                }
                if (input[j].unicode() == 0x1b && j + 1 < n && input[j + 1] == u'\\') {
                    j += 2;
                    break;
                }
                ++j;
            }
            i = j;
        } else {
            i += 2;  // two-character escape (ESC c, ESC =, ...)
        }
    }
    closeRun();
    return out;
}

QString AnsiParser::strip(QStringView input)
{
    if (!input.contains(QChar(0x1b)))
        return input.toString();
    return parse(input).text;
}

}  // namespace mlops::logs
