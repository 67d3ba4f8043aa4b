#pragma once
// Classifies one line of step output: a `##vso[...]` logging command, a `##[...]`
// formatting marker, plain text, or a malformed/unknown command.
//
// Rules (agent Command.TryParse, LANGUAGE.md §17.1/§17.3):
// - a logging command is recognised when the line CONTAINS "##vso[" anywhere; the text up
//   to the next ']' is "area.event" plus an optional space and ';'-separated key=value
//   properties (split at the first '='; pieces without a key or a value are ignored); the
//   rest of the line after ']' is the data. Values and data are unescaped.
// - "area.event" must be exactly two non-empty parts, and must be a command the agent
//   knows (LANGUAGE.md §17.2); otherwise the line is Malformed and carries a warning text
//   (the agent prints it as a warning and does not execute anything).
// - formatting markers are recognised only at the very start of the line
//   (##[group], ##[endgroup], ##[section], ##[warning], ##[error], ##[command], ##[debug]).
// Pure and stateless: safe to call from any thread.

#include "core/agent/loggingcommand.h"

#include <QString>

namespace mlops::agent {

enum class FormatMarker { Group, EndGroup, Section, Warning, Error, Command, Debug };

struct ParsedLine {
    enum class Kind { Text, Command, Format, Malformed };

    Kind kind = Kind::Text;
    LoggingCommand command;               // Kind::Command
    FormatMarker marker = FormatMarker::Group;  // Kind::Format
    QString text;     // Format: the text after the marker; Text/Malformed: the whole line
    QString warning;  // Malformed: what is wrong, to be logged as a warning
};

class LoggingCommandParser {
public:
    static ParsedLine parse(QStringView line);

    // True for the commands of LANGUAGE.md §17.2 (case-insensitive area and event).
    static bool isKnownArea(QStringView area);
    static bool isKnownCommand(QStringView area, QStringView event);

    // "group", "endgroup", ... (the marker's spelling inside ##[ ]).
    static QString markerName(FormatMarker marker);
};

}  // namespace mlops::agent
