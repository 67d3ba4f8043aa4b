#include "core/logs/logsearch.h"

#include "core/logs/bytesearcher.h"
#include "core/logs/logindex.h"
#include "core/logs/mappedfile.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstring>
#include <mutex>

namespace mlops::logs {

namespace {

constexpr qint64 kThrottleMs = 50;

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

const char *lineEnd(const char *p, const char *end)
{
    const void *nl = std::memchr(p, '\n', size_t(end - p));
    return nl ? static_cast<const char *>(nl) : end;
}

}  // namespace

LogSearch::LogSearch(QObject *parent) : QObject(parent) {}

LogSearch::~LogSearch()
{
    cancel();
}

void LogSearch::cancel()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_running = false;
    ++m_generation;
}

qint64 LogSearch::search(const char *data, qint64 size, const SearchQuery &query, const std::atomic_bool *cancel,
                         const std::function<void(const QList<qint64> &)> &onMatches,
                         const std::function<void(qint64)> &onProgress, const LogIndex *index)
{
    const char *end = data + size;
    QList<qint64> batch;
    qint64 total = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastFlush = 0;
    auto flush = [&](bool force, const char *at) {
        if (!force && clock.elapsed() - lastFlush < kThrottleMs)
            return;
        lastFlush = clock.elapsed();
        if (!batch.isEmpty() && onMatches)
            onMatches(batch);
        batch.clear();
        if (onProgress)
            onProgress(at - data);
    };
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };

    const bool plain = !query.regex && (query.caseSensitive || isAscii(query.text));
    if (plain) {
        const QByteArray needle = query.text.toUtf8();
        const ByteSearcher searcher(needle, query.caseSensitive);
        const char *p = data;
        const char *counted = data;
        qint64 line = 0;
        constexpr qint64 kSlice = 8 << 20;  // check cancel / flush between slices
        while (p < end) {
            const char *sliceEnd = std::min(end, p + kSlice + needle.size() - 1);
            const char *hit = searcher.find(p, sliceEnd);
            if (!hit) {
                p = std::max(p, sliceEnd - (needle.size() - 1));
                if (sliceEnd == end)
                    break;
                if (cancelled())
                    return -1;
                flush(false, p);
                continue;
            }
            // Line of the hit: jump through the index when it is more than a chunk away.
            if (index && hit - data < index->indexedBytes()) {
                const LogIndex::ChunkStart chunk = index->chunkFor(hit - data);
                if (data + chunk.chunkStart > counted) {
                    counted = data + chunk.chunkStart;
                    line = chunk.firstLine;
                }
            }
            line += LogIndex::countNewlines(counted, hit - counted);
            batch.append(line);
            ++total;
            const char *eol = lineEnd(hit, end);
            counted = hit;
            p = eol < end ? eol + 1 : end;
        }
    } else {
        QRegularExpression re;
        if (query.regex) {
            re.setPattern(query.text);
            re.setPatternOptions(query.caseSensitive ? QRegularExpression::NoPatternOption
                                                     : QRegularExpression::CaseInsensitiveOption);
            re.optimize();
        }
        const Qt::CaseSensitivity cs = query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
        const char *p = data;
        qint64 line = 0;
        qint64 sinceCheck = 0;
        QString decoded;
        while (p < end) {
            const char *eol = lineEnd(p, end);
            qint64 len = eol - p;
            if (len > 0 && p[len - 1] == '\r')
                --len;
            decoded = QString::fromUtf8(p, len);
            const bool match = query.regex ? re.match(decoded).hasMatch() : decoded.contains(query.text, cs);
            if (match) {
                batch.append(line);
                ++total;
            }
            ++line;
            p = eol < end ? eol + 1 : end;
            if (++sinceCheck == 4096) {
                sinceCheck = 0;
                if (cancelled())
                    return -1;
                flush(false, p);
            }
        }
    }
    if (cancelled())
        return -1;
    flush(true, end);
    return total;
}

Result<void> LogSearch::start(const QString &path, const SearchQuery &query, qint64 size, const LogIndex &index)
{
    cancel();
    if (query.text.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The search text is empty."));
    if (query.regex) {
        const QRegularExpression re(query.text);
        if (!re.isValid())
            return makeError(ErrorCode::InvalidInput, tr("Invalid regular expression at offset %1: %2")
                                                          .arg(re.patternErrorOffset())
                                                          .arg(re.errorString()));
    }
    m_running = true;
    const quint64 generation = m_generation;
    m_worker = std::thread([this, path, query, size, generation, index] {
        auto post = [this, generation](auto fn) {
            QMetaObject::invokeMethod(this, [this, generation, fn] {
                if (generation == m_generation)
                    fn();
            }, Qt::QueuedConnection);
        };
        const qint64 fileSize = QFileInfo(path).size();
        const qint64 bytes = size < 0 ? fileSize : std::min(size, fileSize);
        const MappedFile map(path, bytes);
        if (!map.errorString().isEmpty() || (bytes > 0 && !map.data())) {
            const QString message = tr("Cannot read log file %1: %2").arg(path, map.errorString());
            post([this, message] { m_running = false; Q_EMIT failed(message); });
            return;
        }
        if (bytes == 0) {
            post([this] { m_running = false; Q_EMIT finished(0); });
            return;
        }
        const qint64 total = search(map.data(), bytes, query, &m_cancel,
            [&](const QList<qint64> &lines) { post([this, lines] { Q_EMIT matchesFound(lines); }); },
            [&](qint64 done) {
                const int percent = int(done * 100 / bytes);
                post([this, percent] { Q_EMIT progress(percent); });
            },
            index.lineCount() > 0 ? &index : nullptr);
        if (total >= 0)
            post([this, total] { m_running = false; Q_EMIT finished(total); });
    });
    return {};
}

}  // namespace mlops::logs
