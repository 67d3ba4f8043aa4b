#pragma once
// One `##vso[area.event key=value;key=value]data` logging command, already unescaped.
// Plain value type. Property keys are compared case-insensitively (stored lower-cased);
// the first spelling of each key is kept for toString().

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace mlops::agent {

struct LoggingCommand {
    QString area;   // e.g. "task" (as written; compare case-insensitively)
    QString event;  // e.g. "setvariable"
    QList<QPair<QString, QString>> properties;  // (key as written, unescaped value), in order
    QString data;   // unescaped text after ']'

    // "task.setvariable" in lower case: the command's identity.
    QString name() const;

    // The value of a property (key compared case-insensitively); nullopt when absent.
    std::optional<QString> property(QStringView key) const;
    QString propertyOr(QStringView key, const QString &fallback = {}) const;
    // Sets (or replaces, keeping the first spelling) a property.
    void setProperty(const QString &key, const QString &value);

    // The command as one line, values and data escaped (inverse of the parser).
    QString toString() const;

    // Escaping used in property values and data:
    //   '%' → "%AZP25" (first), ';' → "%3B", '\r' → "%0D", '\n' → "%0A", ']' → "%5D".
    // unescape() reverses it with "%AZP25" decoded last, so "%AZP253B" stays "%3B".
    static QString escape(QStringView text);
    static QString unescape(QStringView text);

    // .NET Boolean.TryParse semantics the agent uses for isSecret/isOutput/isReadOnly/done:
    // only "true"/"false" (any case, surrounding spaces allowed); "1", "yes" → nullopt.
    static std::optional<bool> parseBool(QStringView text);

    friend bool operator==(const LoggingCommand &, const LoggingCommand &) = default;
};

}  // namespace mlops::agent
