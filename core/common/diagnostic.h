#pragma once
// A problem found in user input (YAML, CSV, JSON, a form), with where it is.
// Core reports diagnostics; the UI lists them with "jump to"; the CLI prints
// them as `file:line:col: error|warning: message`.

#include <QList>
#include <QString>

namespace mlops {

struct Diagnostic {
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString message;
    QString file;    // empty when the input is not a file
    int line = 0;    // 1-based; 0 = unknown
    int column = 0;  // 1-based; 0 = unknown

    // "file:line:col: error: message" (parts that are unknown are left out).
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

}  // namespace mlops
