#include "core/logs/logdocument.h"

#include "core/logs/mappedfile.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstring>

namespace mlops::logs {

namespace {

constexpr qint64 kFirstPieceBytes = 1 << 20;   // published first, for an instant first screen
constexpr qint64 kTailPieceBytes = 8 << 20;
constexpr qint64 kThrottleMs = 50;              // <= 20 notifications per second

const char *lastNewline(const char *data, qint64 size)
{
    for (qint64 i = size; i > 0; --i) {
        if (data[i - 1] == '\n')
            return data + i - 1;
    }
    return nullptr;
}

}  // namespace

LogDocument::LogDocument(QObject *parent) : QObject(parent)
{
    m_pollTimer.setInterval(100);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogDocument::checkForGrowth);
}

LogDocument::~LogDocument()
{
    stopWorker();
}

void LogDocument::stopWorker()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_busy = false;
}

Result<void> LogDocument::open(const QString &path)
{
    close();
    QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("Log file %1 does not exist.").arg(path));
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read log file %1: %2").arg(path, m_file.errorString()));
    m_path = path;
    startJob(0, m_file.size());
    return {};
}

void LogDocument::close()
{
    stopWorker();
    m_growthPending = false;
    m_file.close();
    m_path.clear();
    QWriteLocker lock(&m_lock);
    m_index.clear();
    m_groups.clear();
    m_groupsScanned = 0;
    m_groupsLine = 0;
}

qint64 LogDocument::lineCount() const
{
    QReadLocker lock(&m_lock);
    return m_index.lineCount();
}

qint64 LogDocument::indexedBytes() const
{
    QReadLocker lock(&m_lock);
    return m_index.indexedBytes();
}

LogIndex LogDocument::indexSnapshot() const
{
    QReadLocker lock(&m_lock);
    return m_index;
}

QList<LogGroup> LogDocument::groups() const
{
    QReadLocker lock(&m_lock);
    return m_groups.groups();
}

void LogDocument::setWatching(bool on)
{
    if (on)
        m_pollTimer.start();
    else
        m_pollTimer.stop();
}

void LogDocument::checkForGrowth()
{
    if (!m_file.isOpen())
        return;
    if (m_busy) {
        m_growthPending = true;
        return;
    }
    const qint64 size = QFileInfo(m_path).size();
    const qint64 indexed = indexedBytes();
    if (size == indexed)
        return;
    if (size < indexed) {  // truncated or replaced: start over
        {
            QWriteLocker lock(&m_lock);
            m_index.clear();
            m_groups.clear();
            m_groupsScanned = 0;
            m_groupsLine = 0;
        }
        m_file.close();
        if (!m_file.open(QIODevice::ReadOnly))
            return;
        Q_EMIT reset();
        startJob(0, size);
        return;
    }
    startJob(indexed, size);
}

void LogDocument::startJob(qint64 from, qint64 to)
{
    if (m_worker.joinable())
        m_worker.join();
    m_busy = true;
    m_growthPending = false;
    m_worker = std::thread([this, from, to] { runJob(from, to); });
}

void LogDocument::runJob(qint64 from, qint64 to)
{
    QElapsedTimer sinceNotice;
    sinceNotice.start();
    std::atomic<qint64> lastNoticeMs{-kThrottleMs};
    auto notifyLines = [&](bool force) {
        const qint64 now = sinceNotice.elapsed();
        qint64 last = lastNoticeMs.load();
        if (!force && (now - last < kThrottleMs || !lastNoticeMs.compare_exchange_strong(last, now)))
            return;
        QMetaObject::invokeMethod(this, [this] { Q_EMIT lineCountChanged(lineCount()); }, Qt::QueuedConnection);
    };

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMetaObject::invokeMethod(this, [this] { jobFinished(false); }, Qt::QueuedConnection);
        return;
    }

    if (from == 0 && to > kFirstPieceBytes) {
        // Whole file: publish the first piece at once (a plain read, for an instant first
        // screen), then map the file and build the rest in parallel.
        QByteArray first(kFirstPieceBytes, Qt::Uninitialized);
        if (file.read(first.data(), kFirstPieceBytes) == kFirstPieceBytes) {
            {
                QWriteLocker lock(&m_lock);
                m_index.append(first.constData(), kFirstPieceBytes);
            }
            notifyLines(true);
        }
        const MappedFile map(m_path, to);
        if (map.data() && m_index.indexedBytes() == kFirstPieceBytes) {
            const char *data = map.data();
            std::atomic<qint64> done{kFirstPieceBytes};
            LogIndex rest = LogIndex::build(data + kFirstPieceBytes, to - kFirstPieceBytes, 2, &m_cancel,
                [&](qint64 bytes) {
                    const qint64 total = done.fetch_add(bytes) + bytes;
                    const qint64 now = sinceNotice.elapsed();
                    qint64 last = lastNoticeMs.load();
                    if (now - last >= kThrottleMs && lastNoticeMs.compare_exchange_strong(last, now)) {
                        const int percent = int(total * 100 / to);
                        QMetaObject::invokeMethod(this, [this, percent] { Q_EMIT progress(percent); },
                                                  Qt::QueuedConnection);
                    }
                });
            if (m_cancel)
                return;
            {
                QWriteLocker lock(&m_lock);
                m_index.appendIndex(rest);
            }
            notifyLines(true);
            LogGroups found;
            found.scan(data, to, 0);
            const char *nl = lastNewline(data, to);
            {
                QWriteLocker lock(&m_lock);
                m_groups = std::move(found);
                m_groupsScanned = nl ? nl - data + 1 : 0;
                m_groupsLine = m_index.newlineCount();
            }
            QMetaObject::invokeMethod(this, [this] { Q_EMIT groupsChanged(); jobFinished(true); },
                                      Qt::QueuedConnection);
            return;
        }
        // Not mappable: the piece loop below continues after what is indexed.
        from = indexedBytes();
    }

    // Tail (or a small or unmappable file): read pieces from the first line not yet
    // scanned for groups; index only the bytes after `from`.
    qint64 pos;
    qint64 line;
    {
        QReadLocker lock(&m_lock);
        pos = std::min(m_groupsScanned, from);
        line = m_groupsLine;
    }
    bool midLine = false;
    QByteArray buf;
    while (pos < to) {
        if (m_cancel)
            return;
        const qint64 len = std::min(kTailPieceBytes, to - pos);
        buf.resize(len);
        if (!file.seek(pos) || file.read(buf.data(), len) != len)
            break;
        const char *data = buf.constData();
        const char *nl = lastNewline(data, len);
        const qint64 complete = nl ? nl - data + 1 : 0;
        // A piece ends after its last newline so the next one starts at a line start,
        // except at the end of the data (the partial last line is indexed too).
        const qint64 take = (pos + len == to || complete == 0) ? len : complete;
        {
            QWriteLocker lock(&m_lock);
            const qint64 skip = m_index.indexedBytes() - pos;
            if (skip < take)
                m_index.append(data + std::max<qint64>(skip, 0), take - std::max<qint64>(skip, 0));
            if (!midLine) {
                m_groups.truncate(line);
                m_groups.scan(data, take, line);
            } else if (nl) {
                const char *first = static_cast<const char *>(std::memchr(data, '\n', size_t(take))) + 1;
                const qint64 firstLine = line + 1;
                m_groups.truncate(firstLine);
                m_groups.scan(first, take - (first - data), firstLine);
            }
        }
        line += LogIndex::countNewlines(data, take);
        midLine = take > 0 && data[take - 1] != '\n';
        pos += take;
        notifyLines(false);
    }
    {
        QWriteLocker lock(&m_lock);
        m_groupsScanned = m_index.lastLineStart();
        m_groupsLine = m_index.newlineCount();
    }
    notifyLines(true);
    QMetaObject::invokeMethod(this, [this] { Q_EMIT groupsChanged(); jobFinished(true); }, Qt::QueuedConnection);
}

void LogDocument::jobFinished(bool completed)
{
    if (m_worker.joinable())
        m_worker.join();
    m_busy = false;
    if (completed)
        Q_EMIT indexingFinished();
    if (m_growthPending)
        checkForGrowth();
}

QList<QByteArray> LogDocument::readLines(qint64 first, qint64 count) const
{
    QList<QByteArray> lines;
    LogIndex::Location loc;
    qint64 end;
    {
        QReadLocker lock(&m_lock);
        const qint64 total = m_index.lineCount();
        if (first < 0 || first >= total || count <= 0)
            return lines;
        count = std::min(count, total - first);
        loc = m_index.locate(first);
        end = m_index.indexedBytes();
    }
    lines.reserve(count);
    qint64 skip = loc.newlinesToSkip;
    qint64 pos = loc.scanFrom;
    QByteArray cur;
    bool inLine = false;
    constexpr qint64 kBlock = 64 * 1024;
    QByteArray block;
    while (lines.size() < count && pos < end) {
        block.resize(std::min(kBlock, end - pos));
        if (!m_file.seek(pos) || m_file.read(block.data(), block.size()) != block.size())
            return {};
        const char *b = block.constData();
        const qint64 n = block.size();
        qint64 p = 0;
        while (p < n && lines.size() < count) {
            const void *hit = std::memchr(b + p, '\n', size_t(n - p));
            const qint64 segEnd = hit ? static_cast<const char *>(hit) - b : n;
            if (skip > 0) {
                if (hit)
                    --skip;
                p = segEnd + 1;
                continue;
            }
            inLine = true;
            if (cur.size() < kMaxLineBytes)
                cur.append(b + p, std::min(segEnd - p, kMaxLineBytes - cur.size()));
            if (hit) {
                if (cur.endsWith('\r'))
                    cur.chop(1);
                lines.append(cur);
                cur.clear();
                inLine = false;
            }
            p = segEnd + 1;
        }
        pos += n;
    }
    if (lines.size() < count && inLine) {
        if (cur.endsWith('\r'))
            cur.chop(1);
        lines.append(cur);
    }
    return lines;
}

QByteArray LogDocument::readLine(qint64 line) const
{
    const QList<QByteArray> one = readLines(line, 1);
    return one.isEmpty() ? QByteArray() : one.front();
}

Result<void> LogDocument::saveCopy(const QString &target) const
{
    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read log file %1: %2").arg(m_path, in.errorString()));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
    QByteArray buf;
    while (!in.atEnd()) {
        buf = in.read(4 << 20);
        if (buf.isEmpty() && in.error() != QFileDevice::NoError)
            return makeError(ErrorCode::Io, tr("Cannot read log file %1: %2").arg(m_path, in.errorString()));
        if (out.write(buf) != buf.size())
            return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
    }
    if (!out.flush())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(target, out.errorString()));
    return {};
}

}  // namespace mlops::logs
