#pragma once
// CopyFilesTask: the built-in CopyFiles@2 task.
// Inputs: SourceFolder (default: the defaultSourceFolder argument, i.e. Build.SourcesDirectory;
// relative → under it), Contents (one minimatch pattern a line, default `**`), TargetFolder
// (required; relative → under the source default), CleanTargetFolder, OverWrite,
// flattenFolders (booleans, default false).
// Patterns are matched against each file's path relative to SourceFolder (an absolute
// pattern against the absolute path): `*` and `?` stay within one path segment, `**` as a
// whole segment spans any number of segments, `{a,b}` alternatives, dot files match. A
// leading `!` excludes. Patterns apply in order: the last pattern that matches a file
// decides; when every pattern is an exclusion, all files start selected.
// run() returns the lines to log (one per copied or skipped file) or an error naming the
// missing input, folder or file that failed (a partial copy is left in place).
// Threads: any; no shared state.

#include "core/common/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mlops::agent {

class CopyFilesTask {
public:
    using Inputs = QList<QPair<QString, QString>>;

    static Result<QStringList> run(const Inputs &inputs, const QString &defaultSourceFolder);

    // True when `path` (relative, `/`-separated) matches the minimatch `pattern` (no `!`).
    static bool matches(const QString &pattern, const QString &path);
    // The files under `root` (recursively, sorted) the ordered `patterns` select; the
    // returned paths are relative to root. Empty lines and `#` comments are ignored.
    static QStringList selectFiles(const QString &root, const QStringList &patterns);
};

}  // namespace mlops::agent
