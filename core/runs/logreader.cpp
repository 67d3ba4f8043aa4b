#include "logreader.h"

#include "logindex.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mlops::runs {

LogReader::LogReader(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}

LogReader::~LogReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<LogReader>> LogReader::open(const QString &logPath)
{
    const int fd = ::open(QFile::encodeName(logPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const ErrorCode code = errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io;
        return makeError(code, QStringLiteral("cannot open the log %1: %2").arg(logPath, QString::fromLocal8Bit(std::strerror(errno))));
    }
    std::unique_ptr<LogReader> reader(new LogReader(logPath, fd));
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the size of %1").arg(logPath));
    const quint64 size = static_cast<quint64>(st.st_size);
    const int indexFd = ::open(QFile::encodeName(LogIndex::indexPathFor(logPath)).constData(), O_RDONLY | O_CLOEXEC);
    Result<std::vector<quint64>> entries = LogIndex::loadValidPrefix(fd, indexFd, size);
    if (indexFd >= 0)
        ::close(indexFd);
    if (!entries.ok())
        return entries.error();
    reader->m_ends = std::move(entries).value();
    const size_t fromIndex = reader->m_ends.size();
    if (Result<qint64> r = reader->refresh(); !r.ok())
        return r.error();
    reader->m_indexWasComplete = reader->m_ends.size() == fromIndex;
    return reader;
}

Result<qint64> LogReader::refresh()
{
    struct stat st {};
    if (::fstat(m_fd, &st) != 0)
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the size of %1").arg(m_path));
    const quint64 size = static_cast<quint64>(st.st_size);
    if (size < static_cast<quint64>(sizeBytes())) {
        // The log was cut (it is append-only, so only by hand): index it again.
        m_ends.clear();
    }
    const quint64 from = m_ends.empty() ? 0 : m_ends.back();
    if (size > from) {
        if (Result<void> r = LogIndex::scan(m_fd, from, size, m_ends); !r.ok())
            return r.error();
    }
    return lineCount();
}

Result<QList<QByteArray>> LogReader::readLines(qint64 first, qint64 count) const
{
    const qint64 total = lineCount();
    if (first < 0 || count < 0 || first > total)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("line %1 is outside %2, which has %3 lines").arg(first).arg(m_path).arg(total));
    const qint64 last = std::min(total, first + count);  // exclusive
    QList<QByteArray> out;
    if (last == first)
        return out;
    const quint64 begin = first == 0 ? 0 : m_ends[static_cast<size_t>(first - 1)];
    const quint64 end = m_ends[static_cast<size_t>(last - 1)];
    QByteArray block(static_cast<qsizetype>(end - begin), Qt::Uninitialized);
    if (Result<void> r = LogIndex::readAt(m_fd, begin, block.data(), block.size(), QStringLiteral("reading %1").arg(m_path));
        !r.ok())
        return r.error();
    out.reserve(last - first);
    quint64 start = begin;
    for (qint64 i = first; i < last; ++i) {
        const quint64 stop = m_ends[static_cast<size_t>(i)];
        out.append(block.mid(static_cast<qsizetype>(start - begin), static_cast<qsizetype>(stop - start - 1)));
        start = stop;
    }
    return out;
}

Result<QByteArray> LogReader::line(qint64 index) const
{
    if (index < 0 || index >= lineCount())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("line %1 is outside %2, which has %3 lines").arg(index).arg(m_path).arg(lineCount()));
    Result<QList<QByteArray>> lines = readLines(index, 1);
    if (!lines.ok())
        return lines.error();
    return lines->first();
}

QByteArray LogReader::textOf(const QByteArray &line)
{
    // "2026-11-25T10:00:00.0000000Z "
    if (line.size() >= 29 && line.at(4) == '-' && line.at(10) == 'T' && line.at(19) == '.' && line.at(27) == 'Z'
        && line.at(28) == ' ')
        return line.mid(29);
    return line;
}

}  // namespace mlops::runs
