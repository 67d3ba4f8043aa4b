#include "logstore.h"

#include <QDir>

namespace mlops::runs {

namespace {

Result<void> checkRecordId(const QString &recordId)
{
    if (recordId.isEmpty() || recordId == QLatin1String(".") || recordId == QLatin1String("..")
        || recordId.contains(QLatin1Char('/')) || recordId.contains(QLatin1Char('\\')) || recordId.contains(QChar(0)))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" cannot name a log file").arg(recordId));
    return {};
}

}  // namespace

LogStore::LogStore(QString workspaceDirectory) : m_directory(std::move(workspaceDirectory)) {}

QString LogStore::relativeLogPath(qint64 runId, const QString &recordId)
{
    return QStringLiteral("logs/%1/%2.log").arg(runId).arg(recordId);
}

QString LogStore::absolutePath(const QString &relativePath) const { return QDir(m_directory).filePath(relativePath); }

QString LogStore::logPath(qint64 runId, const QString &recordId) const
{
    return absolutePath(relativeLogPath(runId, recordId));
}

Result<std::unique_ptr<LogWriter>> LogStore::openWriter(qint64 runId, const QString &recordId) const
{
    if (Result<void> r = checkRecordId(recordId); !r.ok())
        return r.error();
    return LogWriter::open(logPath(runId, recordId));
}

Result<std::unique_ptr<LogReader>> LogStore::openReader(qint64 runId, const QString &recordId) const
{
    if (Result<void> r = checkRecordId(recordId); !r.ok())
        return r.error();
    return LogReader::open(logPath(runId, recordId));
}

}  // namespace mlops::runs
