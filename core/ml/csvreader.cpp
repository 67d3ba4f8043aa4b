#include "csvreader.h"

#include "csvchunkparser.h"
#include "csvtokenizer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace mlops::ml {

namespace {

constexpr qint64 kProgressIntervalMs = 50;
constexpr qint64 kMinAutoChunk = 256 * 1024;
constexpr qint64 kMaxAutoChunk = 8 * 1024 * 1024;
constexpr qint64 kChunksPerThread = 32;  // small enough that the threads end within ~1 ms of each other
constexpr qint64 kHashBlock = 4 * 1024 * 1024;

int characterColumn(const CsvTokenizer::Position &position)
{
    int column = 1;
    for (const char *p = position.lineStart; p < position.at; ++p) {
        if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

// The number of '\n' bytes in [p, end).
qint64 countLineFeeds(const char *p, const char *end)
{
    qint64 count = 0;
#if defined(__SSE2__) && defined(__x86_64__)
    const __m128i lineFeed = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        // Up to 255 blocks of 16 bytes counted in byte lanes, then summed.
        __m128i lanes = _mm_setzero_si128();
        for (int block = 0; block < 255 && end - p >= 16; ++block, p += 16)
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)), lineFeed));
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        count += _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
#endif
    return count + std::count(p, end, '\n');
}

// Runs work(0) on the calling thread and work(1..threads-1) on helper threads, and joins
// them. When a helper cannot be started, the others do its share. An exception in any of
// them (std::bad_alloc) is rethrown on the calling thread once all have ended.
template <typename Work>
void runOnThreads(int threads, const Work &work)
{
    std::exception_ptr failure;
    std::mutex failureMutex;
    const auto guarded = [&](int thread) {
        try {
            work(thread);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> helpers;
    for (int i = 1; i < threads; ++i) {
        try {
            helpers.emplace_back(guarded, i);
        } catch (const std::system_error &) {
            break;
        }
    }
    guarded(0);
    for (std::thread &helper : helpers)
        helper.join();
    if (failure)
        std::rethrow_exception(failure);
}

// One read: owns the position bookkeeping and builds the failure.
class Reader {
public:
    Reader(const CsvReadOptions &options, QByteArrayView data, QString source, Diagnostic *diagnostic)
        : m_options(options), m_data(data), m_source(std::move(source)), m_diagnostic(diagnostic)
    {
    }

    Result<Dataset> run();

private:
    // A range of rows read by one parser; its lines are shifted by lineShift to be the file's.
    // A chunk's values are already in m_numbers from row `offset` on (inTarget); the serial
    // parser's are in its own buffers.
    struct Part {
        CsvChunkParser *parser = nullptr;
        qint64 lineShift = 0;
        qint64 offset = 0;
        bool inTarget = false;
    };

    Error fail(const CsvTokenizer::Position &where, const QString &what) const;
    Error cancelled() const { return makeError(ErrorCode::Unavailable, QStringLiteral("%1: reading cancelled").arg(m_source)); }
    bool cancelRequested() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    void reportProgress(qint64 done, bool force);
    int threadCount() const;
    std::optional<Error> readHeader(CsvTokenizer &tokenizer);
    std::optional<Error> readSerially(const CsvTokenizer::Position &from);
    std::optional<Error> readInChunks(const CsvTokenizer::Position &from, const std::vector<const char *> &bounds, int threads);
    std::vector<const char *> chunkBounds(const char *begin, int threads) const;
    void joinColumns(qint64 rows);
    std::optional<Error> collectText(const CsvTokenizer::Position &from, std::vector<QStringList> &text);
    std::optional<Error> hash(QString &sha256);

    const CsvReadOptions &m_options;
    QByteArrayView m_data;
    QString m_source;
    Diagnostic *m_diagnostic;
    std::vector<CsvColumn> m_columns;
    std::vector<std::unique_ptr<CsvChunkParser>> m_parsers;
    std::vector<Part> m_parts;
    std::vector<NumericValues> m_numbers;  // the result's numeric columns
    qint64 m_progressTotal = 0;
    qint64 m_progressDone = 0;
    QElapsedTimer m_sinceProgress;
    std::string m_buffer;
};

Error Reader::fail(const CsvTokenizer::Position &where, const QString &what) const
{
    const int column = characterColumn(where);
    if (m_diagnostic)
        *m_diagnostic = Diagnostic{Diagnostic::Severity::Error, what, m_source, int(where.line), column};
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1:%2:%3: %4").arg(m_source, QString::number(where.line), QString::number(column), what));
}

void Reader::reportProgress(qint64 done, bool force)
{
    if (!m_options.progress)
        return;
    m_progressDone = std::clamp(done, m_progressDone, m_progressTotal);
    if (!force && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs)
        return;
    m_options.progress(m_progressDone, m_progressTotal);
    m_sinceProgress.start();
}

int Reader::threadCount() const
{
    const int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    return std::clamp(threads, 1, 64);
}

std::optional<Error> Reader::readHeader(CsvTokenizer &tokenizer)
{
    const CsvTokenizer::Position start = tokenizer.position();
    tokenizer.skipBlankLines();
    if (tokenizer.atEnd())
        return fail(start, QStringLiteral("empty file: there is no header row"));
    bool rowEnded = false;
    CsvTokenizer::Field field;
    while (!rowEnded) {
        const auto status = tokenizer.next(field, rowEnded);
        if (status == CsvTokenizer::Status::UnterminatedQuote)
            return fail(field.start, QStringLiteral("unterminated quoted field (no closing quote before the end of the file)"));
        if (status == CsvTokenizer::Status::JunkAfterQuote)
            return fail(field.end, QStringLiteral("unexpected character '%1' after the closing quote of a field")
                                       .arg(QString::fromUtf8(field.end.at, 1)));
        const std::string_view text = CsvTokenizer::text(field, m_buffer);
        const QByteArrayView bytes(text.data(), qsizetype(text.size()));
        if (!bytes.isValidUtf8())
            return fail(field.start, QStringLiteral("the name of column %1 in the header is not valid UTF-8").arg(m_columns.size() + 1));
        const QString name = QString::fromUtf8(bytes);
        if (name.trimmed().isEmpty())
            return fail(field.start, QStringLiteral("empty column name in the header (column %1)").arg(m_columns.size() + 1));
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (m_columns[i].name == name)
                return fail(field.start, QStringLiteral("duplicate column name \"%1\" in the header (column %2 and column %3)")
                                             .arg(name, QString::number(i + 1), QString::number(m_columns.size() + 1)));
        }
        m_columns.push_back(CsvColumn{name, true, m_options.types == CsvReadOptions::Types::AllNumeric});
    }
    for (const QString &required : m_options.numericColumns) {
        auto it = std::find_if(m_columns.begin(), m_columns.end(), [&](const CsvColumn &c) { return c.name == required; });
        if (it == m_columns.end())
            return fail(field.start, QStringLiteral("the header has no column \"%1\", which must be numeric").arg(required));
        it->required = true;
    }
    return std::nullopt;
}

std::optional<Error> Reader::readSerially(const CsvTokenizer::Position &from)
{
    m_parsers.push_back(std::make_unique<CsvChunkParser>(m_columns, CsvChunkParser::Mode::Serial, m_options.delimiter));
    CsvChunkParser &parser = *m_parsers.back();
    const CsvChunkParser::Poll poll = [this](qint64 offset) {
        if (cancelRequested())
            return true;
        reportProgress(offset, false);
        return false;
    };
    const char *end = m_data.data() + m_data.size();
    switch (parser.parse(m_data.data(), end, from, poll)) {
    case CsvChunkParser::Outcome::Done:
        m_parts.push_back(Part{&parser, 0, 0, false});
        return std::nullopt;
    case CsvChunkParser::Outcome::Failed:
        return fail(parser.problem().where, parser.problem().what);
    case CsvChunkParser::Outcome::Stopped:
    case CsvChunkParser::Outcome::NeedsSerial:  // not in Serial mode
        break;
    }
    return cancelled();
}

// Chunk starts: `begin`, then the first byte after the first LF at or past each multiple of
// the chunk size; the last entry is the end.
std::vector<const char *> Reader::chunkBounds(const char *begin, int threads) const
{
    const char *end = m_data.data() + m_data.size();
    const qint64 size = end - begin;
    const qint64 chunk = m_options.chunkBytes > 0 ? m_options.chunkBytes
                                                  : std::clamp(size / (threads * kChunksPerThread), kMinAutoChunk, kMaxAutoChunk);
    std::vector<const char *> bounds{begin};
    for (qint64 nominal = chunk; nominal < size; nominal += chunk) {
        const char *from = std::max(begin + nominal, bounds.back());
        const void *lineFeed = std::memchr(from, '\n', std::size_t(end - from));
        if (!lineFeed)
            break;
        const char *next = static_cast<const char *>(lineFeed) + 1;
        if (next >= end)
            break;
        if (next > bounds.back())
            bounds.push_back(next);
        nominal = std::max(nominal, qint64(next - begin));
    }
    bounds.push_back(end);
    return bounds;
}

std::optional<Error> Reader::readInChunks(const CsvTokenizer::Position &from, const std::vector<const char *> &bounds, int threads)
{
    const std::size_t count = bounds.size() - 1;
    const char *origin = m_data.data();
    const char *end = origin + m_data.size();

    // Pass 1: a chunk holds at most as many rows as line feeds (plus one for a last row
    // without one); the columns are allocated for that many, each chunk fills its share.
    std::vector<qint64> offsets(count + 1, 0);
    {
        std::vector<qint64> lineFeeds(count, 0);
        std::atomic<std::size_t> next{0};
        runOnThreads(threads, [&](int) {
            for (std::size_t k = next.fetch_add(1); k < count; k = next.fetch_add(1))
                lineFeeds[k] = countLineFeeds(bounds[k], bounds[k + 1]);
        });
        for (std::size_t k = 0; k < count; ++k)
            offsets[k + 1] = offsets[k] + lineFeeds[k];
        if (end[-1] != '\n')
            ++offsets[count];
    }
    m_numbers.assign(m_columns.size(), NumericValues());
    for (NumericValues &column : m_numbers)
        column.resize(std::size_t(offsets[count]));  // uninitialised: the chunks write them

    // Pass 2: the chunks, on all threads.
    struct Chunk {
        std::unique_ptr<CsvChunkParser> parser;
        CsvChunkParser::Outcome outcome = CsvChunkParser::Outcome::Stopped;
    };
    std::vector<Chunk> chunks(count);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> firstStop{count};  // the lowest chunk that did not end Done
    std::atomic<qint64> bytesDone{0};
    const qint64 before = from.at - origin;
    runOnThreads(threads, [&](int thread) {
        for (;;) {
            const std::size_t k = next.fetch_add(1);
            if (k >= count || k > firstStop.load() || cancelRequested())
                return;  // the chunks after one that stopped are not needed
            Chunk &chunk = chunks[k];
            chunk.parser = std::make_unique<CsvChunkParser>(m_columns, CsvChunkParser::Mode::Parallel, m_options.delimiter);
            std::vector<double *> target(m_columns.size());
            for (std::size_t c = 0; c < m_columns.size(); ++c)
                target[c] = m_numbers[c].data() + offsets[k];
            chunk.parser->setTarget(std::move(target), offsets[k + 1] - offsets[k]);
            const CsvChunkParser::Poll poll = [&, k](qint64) {
                return cancelRequested() || firstStop.load(std::memory_order_relaxed) < k;
            };
            chunk.outcome = chunk.parser->parse(origin, bounds[k + 1], CsvTokenizer::Position{bounds[k], bounds[k], 1}, poll);
            if (chunk.outcome != CsvChunkParser::Outcome::Done) {
                std::size_t stop = firstStop.load();
                while (k < stop && !firstStop.compare_exchange_weak(stop, k)) {
                }
                if (chunk.outcome == CsvChunkParser::Outcome::Stopped)
                    return;
            }
            const qint64 size = bounds[k + 1] - bounds[k];
            const qint64 done = bytesDone.fetch_add(size) + size;
            if (thread == 0)
                reportProgress(before + done, false);
        }
    });

    // In file order: every chunk before the first that stopped is complete and valid.
    qint64 lineShift = from.line - 1;
    for (std::size_t k = 0; k < count; ++k) {
        Chunk &chunk = chunks[k];
        if (!chunk.parser || chunk.outcome == CsvChunkParser::Outcome::Stopped)
            return cancelled();  // (a chunk stopped for an earlier one is never reached here)
        CsvChunkParser &parser = *chunk.parser;
        if (chunk.outcome == CsvChunkParser::Outcome::Failed) {
            CsvTokenizer::Position where = parser.problem().where;
            where.line += lineShift;
            return fail(where, parser.problem().what);
        }
        m_parts.push_back(Part{&parser, lineShift, offsets[k], true});
        m_parsers.push_back(std::move(chunk.parser));
        if (chunk.outcome == CsvChunkParser::Outcome::NeedsSerial) {
            CsvTokenizer::Position resume = parser.position();
            resume.line += lineShift;
            return readSerially(resume);
        }
        lineShift += parser.position().line - 1;
    }
    return std::nullopt;
}

// Puts every part's rows in m_numbers, one after the other: the chunks' rows are moved down
// over the rows they did not use (blank lines), the serial parser's are copied (or taken as
// they are when it read everything).
void Reader::joinColumns(qint64 rows)
{
    if (m_parts.size() == 1 && !m_parts.front().inTarget) {
        m_numbers.assign(m_columns.size(), NumericValues());
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (m_columns[c].numeric)
                m_numbers[c] = std::move(m_parts.front().parser->values(c));
        }
        return;
    }
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        NumericValues &column = m_numbers[c];
        if (!m_columns[c].numeric) {
            NumericValues().swap(column);
            continue;
        }
        qint64 at = 0;
        for (Part &part : m_parts) {
            const qint64 partRows = part.parser->rows();
            if (part.inTarget) {
                if (part.offset != at)
                    std::copy_n(column.begin() + part.offset, partRows, column.begin() + at);
            } else {
                NumericValues &values = part.parser->values(c);
                if (qint64(column.size()) < at + partRows)
                    column.resize(std::size_t(at + partRows));
                std::copy(values.begin(), values.end(), column.begin() + at);
                NumericValues().swap(values);
            }
            at += partRows;
        }
        column.resize(std::size_t(rows));
    }
}

std::optional<Error> Reader::collectText(const CsvTokenizer::Position &from, std::vector<QStringList> &text)
{
    CsvTokenizer tokenizer(m_data.data(), m_data.data() + m_data.size(), m_options.delimiter, from);
    CsvTokenizer::Field field;
    const qint64 base = m_data.size();
    qint64 row = 0;
    for (;;) {
        tokenizer.skipBlankLines();
        if (tokenizer.atEnd())
            break;
        if (row % CsvChunkParser::kRowsPerPoll == 0) {
            if (cancelRequested())
                return cancelled();
            reportProgress(base + tokenizer.offset(), false);
        }
        bool rowEnded = false;
        std::size_t index = 0;
        while (!rowEnded) {
            (void)tokenizer.next(field, rowEnded);  // the first pass proved the syntax
            if (index < m_columns.size() && !m_columns[index].numeric) {
                const std::string_view cell = CsvTokenizer::text(field, m_buffer);
                text[index].append(QString::fromUtf8(cell.data(), qsizetype(cell.size())));
            }
            ++index;
        }
        ++row;
    }
    return std::nullopt;
}

std::optional<Error> Reader::hash(QString &sha256)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 base = m_progressTotal - m_data.size();
    for (qint64 at = 0; at < m_data.size(); at += kHashBlock) {
        if (cancelRequested())
            return cancelled();
        hash.addData(m_data.sliced(at, std::min<qint64>(kHashBlock, m_data.size() - at)));
        reportProgress(base + std::min<qint64>(at + kHashBlock, m_data.size()), false);
    }
    sha256 = QString::fromLatin1(hash.result().toHex());
    return std::nullopt;
}

Result<Dataset> Reader::run()
{
    m_progressTotal = m_data.size() * (m_options.computeSha256 ? 2 : 1);
    const char *begin = m_data.data();
    const char *end = begin + m_data.size();
    if (m_data.size() >= 3 && m_data.first(3) == QByteArrayView("\xEF\xBB\xBF"))
        begin += 3;
    CsvTokenizer tokenizer(m_data.data(), end, m_options.delimiter, CsvTokenizer::Position{begin, begin, 1});
    if (auto error = readHeader(tokenizer))
        return *error;
    if (cancelRequested())
        return cancelled();
    // The line after the header (the header may end at the end of the file, without a break).
    const CsvTokenizer::Position afterHeader = tokenizer.position();
    const qint64 nextLine = afterHeader.at == afterHeader.lineStart ? afterHeader.line : afterHeader.line + 1;

    const int threads = threadCount();
    const std::vector<const char *> bounds = threads > 1 ? chunkBounds(afterHeader.at, threads) : std::vector<const char *>{};
    const std::optional<Error> error = bounds.size() > 2 ? readInChunks(afterHeader, bounds, threads) : readSerially(afterHeader);
    if (error)
        return *error;
    qint64 rows = 0;
    for (const Part &part : m_parts)
        rows += part.parser->rows();
    if (rows == 0) {
        CsvTokenizer::Position where{end, end, nextLine};
        return fail(where, QStringLiteral("no data rows after the header"));
    }

    // Missing values left in columns that stayed numeric: report the first in the file.
    std::optional<CsvTokenizer::Position> firstMissing;
    std::size_t missingColumn = 0;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        if (!m_columns[c].numeric)
            continue;
        for (const Part &part : m_parts) {
            if (const auto &missing = part.parser->firstMissing(c)) {
                if (!firstMissing || missing->at < firstMissing->at) {
                    firstMissing = *missing;
                    firstMissing->line += part.lineShift;
                    missingColumn = c;
                }
                break;
            }
        }
    }
    if (firstMissing)
        return fail(*firstMissing,
                    QStringLiteral("missing value in column %1 \"%2\"").arg(QString::number(missingColumn + 1), m_columns[missingColumn].name));

    joinColumns(rows);
    m_parts.clear();
    m_parsers.clear();

    std::vector<QStringList> text(m_columns.size());
    const bool hasText = std::any_of(m_columns.begin(), m_columns.end(), [](const CsvColumn &c) { return !c.numeric; });
    if (hasText) {
        m_progressTotal += m_data.size();
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (!m_columns[i].numeric)
                text[i].reserve(qsizetype(rows));
        }
        if (auto failed = collectText(afterHeader, text))
            return *failed;
    }
    QString sha256;
    if (m_options.computeSha256) {
        if (auto failed = hash(sha256))
            return *failed;
    }

    Dataset dataset;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].numeric)
            dataset.adoptNumericColumn(m_columns[i].name, std::move(m_numbers[i]));
        else
            dataset.addTextColumn(m_columns[i].name, std::move(text[i]));
    }
    dataset.setSource(m_source, sha256);
    reportProgress(m_progressTotal, true);
    return dataset;
}

}  // namespace

CsvReader::CsvReader(CsvReadOptions options) : m_options(std::move(options)) {}

Result<Dataset> CsvReader::parse(QByteArrayView data, const QString &sourceName, Diagnostic *diagnostic) const
{
    try {
        Reader reader(m_options, data, sourceName, diagnostic);
        return reader.run();
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::Internal, QStringLiteral("%1: not enough memory to read %2 bytes of CSV")
                                                  .arg(sourceName, QString::number(data.size())));
    }
}

Result<Dataset> CsvReader::readFile(const QString &path, Diagnostic *diagnostic) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString what = QStringLiteral("cannot open the file: %1").arg(file.errorString());
        if (diagnostic)
            *diagnostic = Diagnostic{Diagnostic::Severity::Error, what, path, 0, 0};
        return makeError(file.exists() ? ErrorCode::Io : ErrorCode::NotFound, path + QStringLiteral(": ") + what);
    }
    const qint64 size = file.size();
    if (size > 0) {
        if (uchar *mapped = file.map(0, size)) {
            auto result = parse(QByteArrayView(reinterpret_cast<const char *>(mapped), size), path, diagnostic);
            file.unmap(mapped);
            return result;
        }
    }
    // Not mappable (empty, a pipe, a special file system): read it whole.
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        const QString what = QStringLiteral("cannot read the file: %1").arg(file.errorString());
        if (diagnostic)
            *diagnostic = Diagnostic{Diagnostic::Severity::Error, what, path, 0, 0};
        return makeError(ErrorCode::Io, path + QStringLiteral(": ") + what);
    }
    return parse(bytes, path, diagnostic);
}

}  // namespace mlops::ml
