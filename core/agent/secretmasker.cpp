#include "core/agent/secretmasker.h"

#include <QByteArray>

#include <algorithm>
#include <mutex>
#include <utility>
#include <vector>

namespace mlops::agent {

namespace {

const char kHex[] = "0123456789ABCDEF";
const char kHexLower[] = "0123456789abcdef";

QString jsonEscape(QStringView value, bool asciiOnly)
{
    QString out;
    out.reserve(value.size() + 8);
    for (QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (u < 0x20 || (asciiOnly && u > 0x7e)) {
                out += QLatin1String("\\u");
                for (int shift = 12; shift >= 0; shift -= 4)
                    out += QLatin1Char(kHexLower[(u >> shift) & 0xf]);
            } else {
                out += c;
            }
        }
    }
    return out;
}

QString uriEscape(QStringView value, bool spaceAsPlus)
{
    const QByteArray utf8 = value.toUtf8();
    QString out;
    out.reserve(utf8.size() * 3);
    for (char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        const bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
            || b == '-' || b == '.' || b == '_' || b == '~';
        if (unreserved) {
            out += QLatin1Char(char(b));
        } else if (spaceAsPlus && b == ' ') {
            out += QLatin1Char('+');
        } else {
            out += QLatin1Char('%');
            out += QLatin1Char(kHex[b >> 4]);
            out += QLatin1Char(kHex[b & 0xf]);
        }
    }
    return out;
}

QString xmlEscape(QStringView value, bool apostrophe)
{
    QString out;
    out.reserve(value.size() + 8);
    for (QChar c : value) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'':
            if (apostrophe)
                out += QLatin1String("&apos;");
            else
                out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

QString backslashUnescape(QStringView value)
{
    QString out = value.toString();
    out.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    out.replace(QLatin1String("\\'"), QLatin1String("'"));
    out.replace(QLatin1String("\\\""), QLatin1String("\""));
    out.replace(QLatin1String("\\t"), QLatin1String("\t"));
    return out;
}

// The base64 characters that depend only on the value's bytes when the value starts at
// byte offset `offset` (0, 1 or 2 modulo 3) of the encoded data.
QString base64Fragment(QStringView value, int offset, bool urlAlphabet)
{
    const QByteArray bytes = value.toUtf8();
    QByteArray data(offset, '\0');
    data += bytes;
    const QByteArray encoded = data.toBase64(urlAlphabet ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding);
    const qsizetype firstBit = 8 * qsizetype(offset);
    const qsizetype endBit = 8 * (qsizetype(offset) + bytes.size());
    const qsizetype first = (firstBit + 5) / 6;  // first char whose 6 bits start inside the value
    const qsizetype end = endBit / 6;            // chars ending at or before the value's end
    if (end <= first)
        return {};
    return QString::fromLatin1(encoded.mid(first, end - first));
}

}  // namespace

SecretMasker::SecretMasker(int minimumLength)
    : m_minimumLength(std::clamp(minimumLength, 1, kMaximumMinimumLength))
{
}

QList<SecretMasker::Encoding> SecretMasker::allEncodings()
{
    return {Encoding::Raw, Encoding::Json, Encoding::JsonAscii, Encoding::UriData, Encoding::UriForm,
            Encoding::Xml, Encoding::Html, Encoding::BackslashUnescaped, Encoding::ExpressionString,
            Encoding::ShellSingleQuoted, Encoding::Base64Offset0, Encoding::Base64Offset1,
            Encoding::Base64Offset2, Encoding::Base64UrlOffset0, Encoding::Base64UrlOffset1,
            Encoding::Base64UrlOffset2};
}

QString SecretMasker::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Raw: return QStringLiteral("raw");
    case Encoding::Json: return QStringLiteral("json");
    case Encoding::JsonAscii: return QStringLiteral("json-ascii");
    case Encoding::UriData: return QStringLiteral("uri-data");
    case Encoding::UriForm: return QStringLiteral("uri-form");
    case Encoding::Xml: return QStringLiteral("xml");
    case Encoding::Html: return QStringLiteral("html");
    case Encoding::BackslashUnescaped: return QStringLiteral("backslash-unescaped");
    case Encoding::ExpressionString: return QStringLiteral("expression-string");
    case Encoding::ShellSingleQuoted: return QStringLiteral("shell-single-quoted");
    case Encoding::Base64Offset0: return QStringLiteral("base64+0");
    case Encoding::Base64Offset1: return QStringLiteral("base64+1");
    case Encoding::Base64Offset2: return QStringLiteral("base64+2");
    case Encoding::Base64UrlOffset0: return QStringLiteral("base64url+0");
    case Encoding::Base64UrlOffset1: return QStringLiteral("base64url+1");
    case Encoding::Base64UrlOffset2: return QStringLiteral("base64url+2");
    }
    return {};
}

QString SecretMasker::encode(QStringView value, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Raw: return value.toString();
    case Encoding::Json: return jsonEscape(value, false);
    case Encoding::JsonAscii: return jsonEscape(value, true);
    case Encoding::UriData: return uriEscape(value, false);
    case Encoding::UriForm: return uriEscape(value, true);
    case Encoding::Xml: return xmlEscape(value, true);
    case Encoding::Html: return xmlEscape(value, false);
    case Encoding::BackslashUnescaped: return backslashUnescape(value);
    case Encoding::ExpressionString: return value.toString().replace(QLatin1String("'"), QLatin1String("''"));
    case Encoding::ShellSingleQuoted:
        return value.toString().replace(QLatin1String("'"), QLatin1String("'\\''"));
    case Encoding::Base64Offset0: return base64Fragment(value, 0, false);
    case Encoding::Base64Offset1: return base64Fragment(value, 1, false);
    case Encoding::Base64Offset2: return base64Fragment(value, 2, false);
    case Encoding::Base64UrlOffset0: return base64Fragment(value, 0, true);
    case Encoding::Base64UrlOffset1: return base64Fragment(value, 1, true);
    case Encoding::Base64UrlOffset2: return base64Fragment(value, 2, true);
    }
    return {};
}

std::shared_ptr<const SecretMasker::PatternSet> SecretMasker::snapshot() const
{
    std::lock_guard lock(m_setMutex);
    return m_set;
}

void SecretMasker::addSecret(const QString &value)
{
    if (value.isEmpty())
        return;
    QList<QString> values{value};
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        const QList<QStringView> lines = QStringView(value).split(QLatin1Char('\n'));
        for (QStringView l : lines) {
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
            if (!l.isEmpty())
                values.append(l.toString());
        }
    }
    std::lock_guard writeLock(m_writeMutex);
    const std::shared_ptr<const PatternSet> current = snapshot();
    auto next = current ? std::make_shared<PatternSet>(*current) : std::make_shared<PatternSet>();
    bool changed = false;
    for (const QString &v : values) {
        for (Encoding e : allEncodings()) {
            const QString text = encode(v, e);
            const int minimum = std::max(e >= Encoding::Base64Offset0 ? kMinimumBase64Length : 1, m_minimumLength);
            if (text.size() < minimum || next->known.contains(text))
                continue;
            next->known.insert(text);
            auto pattern = std::make_shared<const Pattern>(text);
            const auto at = std::upper_bound(next->patterns.begin(), next->patterns.end(), text.size(),
                                             [](qsizetype size, const std::shared_ptr<const Pattern> &q) {
                                                 return size > q->text.size();
                                             });
            next->patterns.insert(at, std::move(pattern));
            changed = true;
        }
    }
    if (!changed)
        return;
    std::lock_guard setLock(m_setMutex);
    m_set = std::move(next);
}

int SecretMasker::patternCount() const
{
    const std::shared_ptr<const PatternSet> set = snapshot();
    return set ? int(set->patterns.size()) : 0;
}

std::vector<SecretMasker::Range> SecretMasker::maskedRanges(QStringView line) const
{
    std::vector<Range> ranges;  // [start, end)
    if (line.isEmpty())
        return ranges;
    const std::shared_ptr<const PatternSet> set = snapshot();
    if (!set || set->patterns.isEmpty())
        return ranges;
    // Which characters occur in the line (by their low 7 bits; a cheap, conservative filter:
    // a pattern whose first character's bucket is absent cannot match).
    quint64 present[2] = {0, 0};
    for (QChar c : line) {
        const unsigned bucket = c.unicode() & 0x7f;
        present[bucket >> 6] |= quint64(1) << (bucket & 63);
    }
    for (const auto &pattern : set->patterns) {
        const Pattern &p = *pattern;
        if (p.text.size() > line.size())
            continue;
        const unsigned first = p.text.front().unicode() & 0x7f;
        if (!(present[first >> 6] & (quint64(1) << (first & 63))))
            continue;
        qsizetype at = p.matcher.indexIn(line, 0);
        while (at >= 0) {
            ranges.emplace_back(at, at + p.text.size());
            at = p.matcher.indexIn(line, at + 1);
        }
    }
    if (ranges.empty())
        return ranges;
    std::sort(ranges.begin(), ranges.end());
    std::vector<Range> merged;
    for (const Range &range : ranges) {
        if (!merged.empty() && range.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, range.second);
        else
            merged.push_back(range);
    }
    return merged;
}

qsizetype SecretMasker::longestFormLength() const
{
    const std::shared_ptr<const PatternSet> set = snapshot();
    return set && !set->patterns.isEmpty() ? set->patterns.front()->text.size() : 0;
}

QString SecretMasker::mask(QStringView line) const
{
    const std::vector<Range> ranges = maskedRanges(line);
    if (ranges.empty())
        return line.toString();
    QString out;
    out.reserve(line.size());
    qsizetype copied = 0;
    for (const Range &range : ranges) {
        out += line.mid(copied, range.first - copied);
        out += kMask;
        copied = range.second;
    }
    out += line.mid(copied);
    return out;
}

}  // namespace mlops::agent
