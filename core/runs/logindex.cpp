#include "logindex.h"

#include <QtEndian>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace mlops::runs {

namespace {

constexpr qsizetype kChunk = 4 * 1024 * 1024;

Error ioError(const QString &what) { return makeError(ErrorCode::Io, QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno)))); }

}  // namespace

QString LogIndex::indexPathFor(const QString &logPath)
{
    if (logPath.endsWith(QLatin1String(".log")))
        return logPath.left(logPath.size() - 4) + QStringLiteral(".idx");
    return logPath + QStringLiteral(".idx");
}

Result<void> LogIndex::writeAll(int fd, const char *data, qsizetype size, const QString &what)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return ioError(what);
        }
        data += n;
        size -= n;
    }
    return {};
}

Result<void> LogIndex::readAt(int fd, quint64 offset, char *out, qsizetype size, const QString &what)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, out, static_cast<size_t>(size), static_cast<off_t>(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return ioError(what);
        }
        if (n == 0)
            return makeError(ErrorCode::Io, QStringLiteral("%1: the file ended early").arg(what));
        out += n;
        size -= n;
        offset += static_cast<quint64>(n);
    }
    return {};
}

Result<std::vector<quint64>> LogIndex::loadValidPrefix(int logFd, int indexFd, quint64 logSize)
{
    std::vector<quint64> entries;
    if (indexFd < 0)
        return entries;
    const off_t indexSize = ::lseek(indexFd, 0, SEEK_END);
    if (indexSize < 0)
        return ioError(QStringLiteral("reading the log index"));
    const quint64 count = static_cast<quint64>(indexSize) / 8;
    entries.reserve(count);
    QByteArray buffer;
    quint64 previous = 0;
    bool trusted = true;
    for (quint64 done = 0; trusted && done < count;) {
        const quint64 n = std::min<quint64>(count - done, kChunk / 8);
        buffer.resize(static_cast<qsizetype>(n * 8));
        if (Result<void> r = readAt(indexFd, done * 8, buffer.data(), buffer.size(), QStringLiteral("reading the log index"));
            !r.ok())
            return r.error();
        for (quint64 i = 0; i < n; ++i) {
            const quint64 end = qFromLittleEndian<quint64>(buffer.constData() + i * 8);
            if (end <= previous || end > logSize) {
                trusted = false;  // the rest is not trustworthy
                break;
            }
            entries.push_back(end);
            previous = end;
        }
        done += n;
    }
    // The last entry must sit just after a newline; if not, fall back entry by entry.
    while (!entries.empty()) {
        char c = 0;
        if (Result<void> r = readAt(logFd, entries.back() - 1, &c, 1, QStringLiteral("reading the log")); !r.ok())
            return r.error();
        if (c == '\n')
            break;
        entries.pop_back();
    }
    return entries;
}

Result<void> LogIndex::scan(int logFd, quint64 from, quint64 to, std::vector<quint64> &ends)
{
    QByteArray buffer;
    for (quint64 pos = from; pos < to;) {
        const qsizetype n = static_cast<qsizetype>(std::min<quint64>(to - pos, kChunk));
        buffer.resize(n);
        if (Result<void> r = readAt(logFd, pos, buffer.data(), n, QStringLiteral("scanning the log")); !r.ok())
            return r;
        const char *begin = buffer.constData();
        const char *p = begin;
        const char *end = begin + n;
        while (p < end) {
            const void *hit = std::memchr(p, '\n', static_cast<size_t>(end - p));
            if (!hit)
                break;
            const char *nl = static_cast<const char *>(hit);
            ends.push_back(pos + static_cast<quint64>(nl - begin) + 1);
            p = nl + 1;
        }
        pos += static_cast<quint64>(n);
    }
    return {};
}

}  // namespace mlops::runs
