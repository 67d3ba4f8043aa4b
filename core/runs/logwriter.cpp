#include "logwriter.h"

#include "logindex.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace mlops::runs {

namespace {

Error ioError(const QString &what)
{
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno))));
}

void appendEntry(QByteArray &index, quint64 end)
{
    char bytes[8];
    qToLittleEndian<quint64>(end, bytes);
    index.append(bytes, 8);
}

}  // namespace

QByteArray LogWriter::timestamp(Clock::time_point at)
{
    const auto since = at.time_since_epoch();
    const auto seconds = std::chrono::floor<std::chrono::seconds>(since);
    const long long ticks = std::chrono::duration_cast<std::chrono::nanoseconds>(since - seconds).count() / 100;
    const std::time_t t = static_cast<std::time_t>(seconds.count());
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%07lldZ", tm.tm_year + 1900,
                                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ticks);
    return QByteArray(buffer, n);
}

LogWriter::LogWriter(QString path, int logFd, int indexFd, quint64 size, qint64 lineCount)
    : m_path(std::move(path)), m_logFd(logFd), m_indexFd(indexFd), m_size(size), m_lineCount(lineCount)
{
}

LogWriter::~LogWriter()
{
    if (m_indexFd >= 0)
        ::close(m_indexFd);
    if (m_logFd >= 0)
        ::close(m_logFd);  // also releases the flock
}

Result<std::unique_ptr<LogWriter>> LogWriter::open(const QString &logPath)
{
    if (!QDir().mkpath(QFileInfo(logPath).absolutePath()))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the folder of %1").arg(logPath));
    const QByteArray logName = QFile::encodeName(logPath);
    const QByteArray indexName = QFile::encodeName(LogIndex::indexPathFor(logPath));
    const int logFd = ::open(logName.constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (logFd < 0)
        return ioError(QStringLiteral("cannot open %1").arg(logPath));
    if (::flock(logFd, LOCK_EX | LOCK_NB) != 0) {
        ::close(logFd);
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 is being written by another process").arg(logPath));
    }
    const int indexFd = ::open(indexName.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (indexFd < 0) {
        ::close(logFd);
        return ioError(QStringLiteral("cannot open the index of %1").arg(logPath));
    }
    auto fail = [&](Error e) -> Result<std::unique_ptr<LogWriter>> {
        ::close(indexFd);
        ::close(logFd);
        return e;
    };

    off_t end = ::lseek(logFd, 0, SEEK_END);
    if (end < 0)
        return fail(ioError(QStringLiteral("cannot read the size of %1").arg(logPath)));
    quint64 size = static_cast<quint64>(end);
    // A line cut by a crash is completed, so that the next line starts on its own.
    if (size > 0) {
        char last = 0;
        if (Result<void> r = LogIndex::readAt(logFd, size - 1, &last, 1, QStringLiteral("reading %1").arg(logPath)); !r.ok())
            return fail(r.error());
        if (last != '\n') {
            if (Result<void> r = LogIndex::writeAll(logFd, "\n", 1, QStringLiteral("repairing %1").arg(logPath)); !r.ok())
                return fail(r.error());
            ++size;
        }
    }
    Result<std::vector<quint64>> entries = LogIndex::loadValidPrefix(logFd, indexFd, size);
    if (!entries.ok())
        return fail(entries.error());
    std::vector<quint64> ends = std::move(entries).value();
    const size_t valid = ends.size();
    if (Result<void> r = LogIndex::scan(logFd, valid ? ends.back() : 0, size, ends); !r.ok())
        return fail(r.error());
    // Rewrite the index from the first untrusted entry on.
    if (::ftruncate(indexFd, static_cast<off_t>(valid * 8)) != 0)
        return fail(ioError(QStringLiteral("cannot repair the index of %1").arg(logPath)));
    if (::lseek(indexFd, 0, SEEK_END) < 0)
        return fail(ioError(QStringLiteral("cannot repair the index of %1").arg(logPath)));
    if (ends.size() > valid) {
        QByteArray tail;
        tail.reserve(static_cast<qsizetype>((ends.size() - valid) * 8));
        for (size_t i = valid; i < ends.size(); ++i)
            appendEntry(tail, ends[i]);
        if (Result<void> r = LogIndex::writeAll(indexFd, tail.constData(), tail.size(),
                                                QStringLiteral("repairing the index of %1").arg(logPath));
            !r.ok())
            return fail(r.error());
    }
    return std::unique_ptr<LogWriter>(new LogWriter(logPath, logFd, indexFd, size, static_cast<qint64>(ends.size())));
}

Result<void> LogWriter::appendLine(const QByteArray &text, Clock::time_point at)
{
    return appendLines({text}, at);
}

Result<void> LogWriter::appendLines(const QList<QByteArray> &lines, Clock::time_point at)
{
    if (lines.isEmpty())
        return {};
    const QByteArray stamp = timestamp(at) + ' ';
    QByteArray log;
    QByteArray index;
    quint64 end = m_size;
    qint64 added = 0;
    for (const QByteArray &text : lines) {
        qsizetype from = 0;
        for (;;) {
            const qsizetype nl = text.indexOf('\n', from);
            const qsizetype to = nl < 0 ? text.size() : nl;
            log.append(stamp);
            log.append(text.constData() + from, to - from);
            log.append('\n');
            end += static_cast<quint64>(stamp.size() + (to - from) + 1);
            appendEntry(index, end);
            ++added;
            if (nl < 0)
                break;
            from = nl + 1;
        }
    }
    // The log first, then the index: an index entry never points at unwritten text.
    Result<void> r = LogIndex::writeAll(m_logFd, log.constData(), log.size(), QStringLiteral("writing %1").arg(m_path));
    if (r.ok())
        r = LogIndex::writeAll(m_indexFd, index.constData(), index.size(), QStringLiteral("writing the index of %1").arg(m_path));
    if (!r.ok()) {
        // Cut back both files so that a later append starts on a clean line.
        const int logCut = ::ftruncate(m_logFd, static_cast<off_t>(m_size));
        const int indexCut = ::ftruncate(m_indexFd, static_cast<off_t>(m_lineCount * 8));
        ::lseek(m_indexFd, 0, SEEK_END);
        Q_UNUSED(logCut);
        Q_UNUSED(indexCut);
        return r;
    }
    m_size = end;
    m_lineCount += added;
    return {};
}

Result<void> LogWriter::sync()
{
    if (::fdatasync(m_logFd) != 0)
        return ioError(QStringLiteral("cannot flush %1 to disk").arg(m_path));
    if (::fdatasync(m_indexFd) != 0)
        return ioError(QStringLiteral("cannot flush the index of %1 to disk").arg(m_path));
    return {};
}

}  // namespace mlops::runs
