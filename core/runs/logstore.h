#pragma once
// LogStore: where the step logs of a workspace live — <workspace>/logs/<run>/<record>.log
// with its line index <record>.idx — and the entry point to write and read them
// (LogWriter, LogReader). Log files are never deleted by the run stores: a failed or
// abandoned run keeps its logs.
//
// Thread safety: immutable after construction; any thread.

#include "core/common/result.h"
#include "logreader.h"
#include "logwriter.h"

#include <QString>

#include <memory>

namespace mlops::runs {

class LogStore {
public:
    explicit LogStore(QString workspaceDirectory);

    // "logs/<run>/<record>.log", relative to the workspace (as TimelineRecord::logPath).
    static QString relativeLogPath(qint64 runId, const QString &recordId);
    QString absolutePath(const QString &relativePath) const;
    QString logPath(qint64 runId, const QString &recordId) const;

    // InvalidInput for a record id that is not a plain file name (no '/', not "." or "..").
    Result<std::unique_ptr<LogWriter>> openWriter(qint64 runId, const QString &recordId) const;
    Result<std::unique_ptr<LogReader>> openReader(qint64 runId, const QString &recordId) const;

private:
    QString m_directory;
};

}  // namespace mlops::runs
