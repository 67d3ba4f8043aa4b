#include "core/logs/logindex.h"

#include <algorithm>
#include <cstring>
#include <thread>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mlops::logs {

namespace {

const char *lastNewline(const char *data, qint64 size)
{
    for (qint64 i = size; i > 0; --i) {
        if (data[i - 1] == '\n')
            return data + i - 1;
    }
    return nullptr;
}

}  // namespace

qint64 LogIndex::countNewlines(const char *data, qint64 size)
{
    qint64 count = 0;
    qint64 i = 0;
#if defined(__SSE2__)
    const __m128i nl = _mm_set1_epi8('\n');
    const __m128i zero = _mm_setzero_si128();
    // Byte lanes gain at most 4 per round: at most 63 rounds before they are summed.
    while (size - i >= 64) {
        __m128i acc = zero;
        const qint64 rounds = std::min<qint64>((size - i) / 64, 63);
        for (qint64 r = 0; r < rounds; ++r, i += 64) {
            const auto *p = reinterpret_cast<const __m128i *>(data + i);
            const __m128i a = _mm_cmpeq_epi8(_mm_loadu_si128(p), nl);
            const __m128i b = _mm_cmpeq_epi8(_mm_loadu_si128(p + 1), nl);
            const __m128i c = _mm_cmpeq_epi8(_mm_loadu_si128(p + 2), nl);
            const __m128i d = _mm_cmpeq_epi8(_mm_loadu_si128(p + 3), nl);
            acc = _mm_sub_epi8(acc, _mm_add_epi8(_mm_add_epi8(a, b), _mm_add_epi8(c, d)));
        }
        const __m128i sums = _mm_sad_epu8(acc, zero);
        count += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
#endif
    for (; i < size; ++i)
        count += data[i] == '\n';
    return count;
}

const char *LogIndex::skipNewlines(const char *data, qint64 size, qint64 n)
{
    const char *p = data;
    const char *end = data + size;
    while (n > 0 && p < end) {
        const void *hit = std::memchr(p, '\n', static_cast<size_t>(end - p));
        if (!hit)
            return nullptr;
        p = static_cast<const char *>(hit) + 1;
        --n;
    }
    return n == 0 ? p : nullptr;
}

LogIndex LogIndex::build(const char *data, qint64 size, int threads, const std::atomic_bool *cancel,
                         const Progress &progress)
{
    LogIndex index;
    const qint64 chunks = (size + kChunkBytes - 1) / kChunkBytes;
    std::vector<qint64> counts(static_cast<size_t>(chunks), 0);
    threads = std::clamp<int>(threads, 1, static_cast<int>(std::max<qint64>(1, chunks / 64)));

    auto work = [&](qint64 first, qint64 last) {
        constexpr qint64 kReportEvery = 1024;  // chunks (16 MiB)
        qint64 sinceReport = 0;
        for (qint64 c = first; c < last; ++c) {
            const qint64 begin = c * kChunkBytes;
            const qint64 len = std::min(kChunkBytes, size - begin);
            counts[static_cast<size_t>(c)] = countNewlines(data + begin, len);
            if (++sinceReport == kReportEvery) {
                if (cancel && cancel->load(std::memory_order_relaxed))
                    return;
                if (progress)
                    progress(sinceReport * kChunkBytes);
                sinceReport = 0;
            }
        }
        if (progress && sinceReport > 0)
            progress(sinceReport * kChunkBytes);
    };

    std::vector<std::thread> pool;
    const qint64 per = (chunks + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, std::min(chunks, t * per), std::min(chunks, (t + 1) * per));
    work(0, std::min(chunks, per));
    for (auto &th : pool)
        th.join();
    if (cancel && cancel->load()) {
        index.m_complete = false;
        return index;
    }

    index.m_chunkNewlines.resize(static_cast<size_t>(chunks));
    qint64 total = 0;
    for (size_t c = 0; c < counts.size(); ++c) {
        index.m_chunkNewlines[c] = total;
        total += counts[c];
    }
    index.m_newlines = total;
    index.m_bytes = size;
    if (total > 0)
        index.m_lastLineStart = lastNewline(data, size) - data + 1;
    return index;
}

void LogIndex::append(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        if (m_bytes % kChunkBytes == 0)
            m_chunkNewlines.push_back(m_newlines);
        const qint64 room = kChunkBytes - m_bytes % kChunkBytes;
        const qint64 len = std::min(room, size - done);
        const qint64 n = countNewlines(data + done, len);
        if (n > 0) {
            m_newlines += n;
            m_lastLineStart = m_bytes + (lastNewline(data + done, len) - (data + done)) + 1;
        }
        m_bytes += len;
        done += len;
    }
}

void LogIndex::appendIndex(const LogIndex &next)
{
    Q_ASSERT(m_bytes % kChunkBytes == 0);
    for (const qint64 before : next.m_chunkNewlines)
        m_chunkNewlines.push_back(m_newlines + before);
    if (next.m_newlines > 0)
        m_lastLineStart = m_bytes + next.m_lastLineStart;
    m_newlines += next.m_newlines;
    m_bytes += next.m_bytes;
}

void LogIndex::clear()
{
    *this = LogIndex();
}

qint64 LogIndex::lineCount() const
{
    return m_newlines + (m_bytes > m_lastLineStart ? 1 : 0);
}

qint64 LogIndex::memoryBytes() const
{
    return static_cast<qint64>(m_chunkNewlines.capacity() * sizeof(qint64));
}

LogIndex::Location LogIndex::locate(qint64 line) const
{
    if (line <= 0 || m_chunkNewlines.empty())
        return {};
    // The line starts after newline number `line` (1-based). Find the chunk that holds it:
    // the last chunk whose count-before is < line.
    const auto it = std::lower_bound(m_chunkNewlines.begin(), m_chunkNewlines.end(), line);
    const auto chunk = static_cast<qint64>(it - m_chunkNewlines.begin()) - 1;
    return {chunk * kChunkBytes, line - m_chunkNewlines[static_cast<size_t>(chunk)]};
}

LogIndex::ChunkStart LogIndex::chunkFor(qint64 offset) const
{
    if (m_chunkNewlines.empty() || offset <= 0)
        return {};
    const qint64 chunk = std::min<qint64>(offset / kChunkBytes, static_cast<qint64>(m_chunkNewlines.size()) - 1);
    return {chunk * kChunkBytes, m_chunkNewlines[static_cast<size_t>(chunk)]};
}

}  // namespace mlops::logs
