#include "core/agent/loggingcommand.h"

namespace mlops::agent {

QString LoggingCommand::name() const
{
    return (area + QLatin1Char('.') + event).toLower();
}

std::optional<QString> LoggingCommand::property(QStringView key) const
{
    for (const auto &p : properties) {
        if (QStringView(p.first).compare(key, Qt::CaseInsensitive) == 0)
            return p.second;
    }
    return std::nullopt;
}

QString LoggingCommand::propertyOr(QStringView key, const QString &fallback) const
{
    return property(key).value_or(fallback);
}

void LoggingCommand::setProperty(const QString &key, const QString &value)
{
    for (auto &p : properties) {
        if (p.first.compare(key, Qt::CaseInsensitive) == 0) {
            p.second = value;
            return;
        }
    }
    properties.append({key, value});
}

QString LoggingCommand::toString() const
{
    QString out = QStringLiteral("##vso[") + area + QLatin1Char('.') + event;
    bool first = true;
    for (const auto &p : properties) {
        out += first ? QLatin1Char(' ') : QLatin1Char(';');
        first = false;
        out += p.first + QLatin1Char('=') + escape(p.second);
    }
    out += QLatin1Char(']') + escape(data);
    return out;
}

QString LoggingCommand::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '%': out += QLatin1String("%AZP25"); break;
        case ';': out += QLatin1String("%3B"); break;
        case '\r': out += QLatin1String("%0D"); break;
        case '\n': out += QLatin1String("%0A"); break;
        case ']': out += QLatin1String("%5D"); break;
        default: out += c; break;
        }
    }
    return out;
}

QString LoggingCommand::unescape(QStringView text)
{
    if (!text.contains(QLatin1Char('%')))
        return text.toString();
    QString out = text.toString();
    // Same order as the agent: the fixed escapes first, the percent escape last.
    out.replace(QLatin1String("%3B"), QLatin1String(";"));
    out.replace(QLatin1String("%0D"), QLatin1String("\r"));
    out.replace(QLatin1String("%0A"), QLatin1String("\n"));
    out.replace(QLatin1String("%5D"), QLatin1String("]"));
    out.replace(QLatin1String("%AZP25"), QLatin1String("%"));
    return out;
}

std::optional<bool> LoggingCommand::parseBool(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

}  // namespace mlops::agent
