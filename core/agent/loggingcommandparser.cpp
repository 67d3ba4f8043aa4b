#include "core/agent/loggingcommandparser.h"

#include <array>

namespace mlops::agent {

namespace {

struct KnownCommand {
    const char *area;
    const char *event;
};

constexpr std::array kKnownCommands{
    KnownCommand{"task", "setvariable"},   KnownCommand{"task", "setsecret"},
    KnownCommand{"task", "logissue"},      KnownCommand{"task", "complete"},
    KnownCommand{"task", "setprogress"},   KnownCommand{"task", "prependpath"},
    KnownCommand{"task", "uploadfile"},    KnownCommand{"task", "uploadsummary"},
    KnownCommand{"task", "addattachment"}, KnownCommand{"task", "setendpoint"},
    KnownCommand{"task", "settaskvariable"}, KnownCommand{"task", "logdetail"},
    KnownCommand{"task", "debug"},         KnownCommand{"artifact", "upload"},
    KnownCommand{"artifact", "associate"}, KnownCommand{"build", "updatebuildnumber"},
    KnownCommand{"build", "addbuildtag"},  KnownCommand{"build", "uploadlog"},
    KnownCommand{"release", "updatereleasename"},
};

constexpr std::array kMarkers{
    FormatMarker::Group, FormatMarker::EndGroup, FormatMarker::Section, FormatMarker::Warning,
    FormatMarker::Error, FormatMarker::Command,  FormatMarker::Debug,
};

const QLatin1String kPrefix("##vso[");

ParsedLine malformed(QStringView line, const QString &reason)
{
    ParsedLine out;
    out.kind = ParsedLine::Kind::Malformed;
    out.text = line.toString();
    out.warning = QStringLiteral("'%1' contains the logging command keyword '##vso' but is not a valid command: %2")
                      .arg(line.toString(), reason);
    return out;
}

}  // namespace

bool LoggingCommandParser::isKnownArea(QStringView area)
{
    for (const KnownCommand &c : kKnownCommands) {
        if (area.compare(QLatin1String(c.area), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool LoggingCommandParser::isKnownCommand(QStringView area, QStringView event)
{
    for (const KnownCommand &c : kKnownCommands) {
        if (area.compare(QLatin1String(c.area), Qt::CaseInsensitive) == 0
            && event.compare(QLatin1String(c.event), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString LoggingCommandParser::markerName(FormatMarker marker)
{
    switch (marker) {
    case FormatMarker::Group: return QStringLiteral("group");
    case FormatMarker::EndGroup: return QStringLiteral("endgroup");
    case FormatMarker::Section: return QStringLiteral("section");
    case FormatMarker::Warning: return QStringLiteral("warning");
    case FormatMarker::Error: return QStringLiteral("error");
    case FormatMarker::Command: return QStringLiteral("command");
    case FormatMarker::Debug: return QStringLiteral("debug");
    }
    return {};
}

ParsedLine LoggingCommandParser::parse(QStringView line)
{
    const qsizetype prefixAt = line.indexOf(kPrefix);
    if (prefixAt >= 0) {
        const qsizetype close = line.indexOf(QLatin1Char(']'), prefixAt + kPrefix.size());
        if (close < 0)
            return malformed(line, QStringLiteral("the closing ']' is missing"));
        const QStringView info = line.mid(prefixAt + kPrefix.size(), close - prefixAt - kPrefix.size());
        const qsizetype space = info.indexOf(QLatin1Char(' '));
        const QStringView areaEvent = space < 0 ? info : info.left(space);
        QList<QStringView> parts;
        for (QStringView piece : areaEvent.split(QLatin1Char('.'))) {
            if (!piece.isEmpty())
                parts.append(piece);
        }
        if (parts.size() != 2)
            return malformed(line, QStringLiteral("'%1' is not of the form area.event").arg(areaEvent.toString()));
        if (!isKnownArea(parts[0]))
            return malformed(line, QStringLiteral("##vso[%1.%2] is not a recognized command (unknown area '%1')")
                                       .arg(parts[0].toString(), parts[1].toString()));
        if (!isKnownCommand(parts[0], parts[1]))
            return malformed(line, QStringLiteral("##vso[%1.%2] is not a recognized command of the '%1' area")
                                       .arg(parts[0].toString(), parts[1].toString()));

        ParsedLine out;
        out.kind = ParsedLine::Kind::Command;
        out.text = line.toString();
        out.command.area = parts[0].toString();
        out.command.event = parts[1].toString();
        if (space >= 0) {
            const QStringView props = info.mid(space + 1).trimmed();
            for (QStringView piece : props.split(QLatin1Char(';'))) {
                if (piece.isEmpty())
                    continue;
                const qsizetype eq = piece.indexOf(QLatin1Char('='));
                if (eq < 0)
                    continue;
                const QStringView key = piece.left(eq).trimmed();
                const QStringView value = piece.mid(eq + 1);
                if (key.isEmpty() || value.isEmpty())
                    continue;
                out.command.setProperty(key.toString(), LoggingCommand::unescape(value));
            }
        }
        out.command.data = LoggingCommand::unescape(line.mid(close + 1));
        return out;
    }

    if (line.startsWith(QLatin1String("##["))) {
        const qsizetype close = line.indexOf(QLatin1Char(']'));
        if (close > 3) {
            const QStringView name = line.mid(3, close - 3);
            for (FormatMarker m : kMarkers) {
                if (name.compare(markerName(m), Qt::CaseInsensitive) == 0) {
                    ParsedLine out;
                    out.kind = ParsedLine::Kind::Format;
                    out.marker = m;
                    out.text = line.mid(close + 1).toString();
                    return out;
                }
            }
        }
    }

    ParsedLine out;
    out.text = line.toString();
    return out;
}

}  // namespace mlops::agent
