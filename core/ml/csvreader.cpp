#include "csvreader.h"

#include "csvtokenizer.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace mlops::ml {

namespace {

constexpr qint64 kRowsPerCheck = 1024;
constexpr qint64 kProgressIntervalMs = 50;

enum class Cell { Number, Missing, NotANumber, NotFinite };

bool isBlank(char c) { return c == ' ' || c == '\t'; }

Cell parseCell(std::string_view text, double &value)
{
    std::size_t b = 0;
    std::size_t e = text.size();
    while (b < e && isBlank(text[b]))
        ++b;
    while (e > b && isBlank(text[e - 1]))
        --e;
    text = text.substr(b, e - b);
    if (text.empty())
        return Cell::Missing;
    if (text.size() <= 4) {
        static constexpr std::string_view kMissing[] = {"NA", "N/A", "n/a", "NaN", "nan", "NAN", "NULL", "null", "#N/A", "<NA>"};
        for (std::string_view spelling : kMissing) {
            if (text == spelling)
                return Cell::Missing;
        }
    }
    const char *first = text.data();
    const char *last = first + text.size();
    if (*first == '+' && last - first > 1 && first[1] != '-')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, last, value, std::chars_format::general);
    if (ptr != last || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return Cell::NotANumber;
    if (ec == std::errc::result_out_of_range || !std::isfinite(value))
        return Cell::NotFinite;
    return Cell::Number;
}

int characterColumn(const CsvTokenizer::Position &position)
{
    int column = 1;
    for (const char *p = position.lineStart; p < position.at; ++p) {
        if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

QString quotedCell(std::string_view text)
{
    QString cell = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (cell.size() > 40)
        cell = cell.left(37) + QStringLiteral("...");
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

struct ColumnState {
    QString name;
    bool numeric = true;
    bool required = false;  // must stay numeric
    std::vector<double> values;
    std::optional<CsvTokenizer::Position> firstMissing;
};

// One read: owns the position bookkeeping and builds the failure.
class Reader {
public:
    Reader(const CsvReadOptions &options, QByteArrayView data, QString source, Diagnostic *diagnostic)
        : m_options(options), m_data(data), m_source(std::move(source)), m_diagnostic(diagnostic)
    {
    }

    Result<Dataset> run();

private:
    Error fail(const CsvTokenizer::Position &where, const QString &what) const;
    Error failSyntax(CsvTokenizer::Status status, const CsvTokenizer::Field &field) const;
    QString columnLabel(qsizetype column) const;
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }
    void reportProgress(qint64 done, bool force);
    std::optional<Error> readHeader(CsvTokenizer &tokenizer);
    std::optional<Error> readRows(CsvTokenizer &tokenizer);
    std::optional<Error> collectText(qint64 headerEnd, std::vector<QStringList> &text);

    const CsvReadOptions &m_options;
    QByteArrayView m_data;
    QString m_source;
    Diagnostic *m_diagnostic;
    std::vector<ColumnState> m_columns;
    qint64 m_rows = 0;
    qint64 m_progressTotal = 0;
    qint64 m_progressBase = 0;
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

Error Reader::failSyntax(CsvTokenizer::Status status, const CsvTokenizer::Field &field) const
{
    if (status == CsvTokenizer::Status::UnterminatedQuote)
        return fail(field.start, QStringLiteral("unterminated quoted field (no closing quote before the end of the file)"));
    return fail(field.end, QStringLiteral("unexpected character '%1' after the closing quote of a field")
                               .arg(QString::fromUtf8(field.end.at, 1)));
}

QString Reader::columnLabel(qsizetype column) const
{
    return QStringLiteral("column %1 \"%2\"").arg(QString::number(column + 1), m_columns[std::size_t(column)].name);
}

void Reader::reportProgress(qint64 done, bool force)
{
    if (!m_options.progress)
        return;
    if (!force && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs)
        return;
    m_options.progress(m_progressBase + done, m_progressTotal);
    m_sinceProgress.start();
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
        if (status != CsvTokenizer::Status::Ok)
            return failSyntax(status, field);
        const std::string_view text = CsvTokenizer::text(field, m_buffer);
        const QString name = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (name.trimmed().isEmpty())
            return fail(field.start, QStringLiteral("empty column name in the header (column %1)").arg(m_columns.size() + 1));
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (m_columns[i].name == name)
                return fail(field.start, QStringLiteral("duplicate column name \"%1\" in the header (column %2 and column %3)")
                                             .arg(name, QString::number(i + 1), QString::number(m_columns.size() + 1)));
        }
        ColumnState column;
        column.name = name;
        m_columns.push_back(std::move(column));
    }
    for (const QString &required : m_options.numericColumns) {
        auto it = std::find_if(m_columns.begin(), m_columns.end(), [&](const ColumnState &c) { return c.name == required; });
        if (it == m_columns.end())
            return fail(field.start, QStringLiteral("the header has no column \"%1\", which must be numeric").arg(required));
        it->required = true;
    }
    if (m_options.types == CsvReadOptions::Types::AllNumeric) {
        for (ColumnState &column : m_columns)
            column.required = true;
    }
    return std::nullopt;
}

std::optional<Error> Reader::readRows(CsvTokenizer &tokenizer)
{
    const qsizetype columnCount = qsizetype(m_columns.size());
    CsvTokenizer::Field field;
    // Reserve from the length of the first data row (+10%): one allocation per column.
    bool reserved = false;
    for (;;) {
        tokenizer.skipBlankLines();
        if (tokenizer.atEnd())
            break;
        if (m_rows % kRowsPerCheck == 0) {
            if (cancelled())
                return makeError(ErrorCode::Unavailable, QStringLiteral("%1: reading cancelled").arg(m_source));
            reportProgress(tokenizer.offset(), false);
        }
        const qint64 rowStart = tokenizer.offset();
        qsizetype index = 0;
        bool rowEnded = false;
        std::optional<CsvTokenizer::Position> firstExtra;
        while (!rowEnded) {
            const auto status = tokenizer.next(field, rowEnded);
            if (status != CsvTokenizer::Status::Ok)
                return failSyntax(status, field);
            if (index >= columnCount) {
                if (!firstExtra)
                    firstExtra = field.start;
                ++index;
                continue;
            }
            ColumnState &column = m_columns[std::size_t(index)];
            ++index;
            if (!column.numeric)
                continue;
            double value = 0;
            const Cell cell = parseCell(CsvTokenizer::text(field, m_buffer), value);
            if (cell == Cell::Number) {
                column.values.push_back(value);
                continue;
            }
            if (cell == Cell::Missing) {
                if (column.required)
                    return fail(field.start, QStringLiteral("missing value in %1").arg(columnLabel(index - 1)));
                if (!column.firstMissing)
                    column.firstMissing = field.start;
                column.values.push_back(std::nan(""));
                continue;
            }
            if (column.required || cell == Cell::NotFinite) {
                const QString what = cell == Cell::NotFinite ? QStringLiteral("is not a finite number")
                                                             : QStringLiteral("is not a number");
                return fail(field.start, QStringLiteral("%1 in %2 %3")
                                             .arg(quotedCell(CsvTokenizer::text(field, m_buffer)), columnLabel(index - 1), what));
            }
            column.numeric = false;  // Infer: from here on a text column
            column.firstMissing.reset();
            std::vector<double>().swap(column.values);
        }
        if (index != columnCount) {
            const QString what = QStringLiteral("the row has %1 fields, the header has %2")
                                     .arg(QString::number(index), QString::number(columnCount));
            return fail(firstExtra ? *firstExtra : field.end, what);
        }
        ++m_rows;
        if (!reserved) {
            reserved = true;
            const qint64 rowBytes = std::max<qint64>(1, tokenizer.offset() - rowStart);
            const auto estimate = std::size_t((qint64(m_data.size()) - rowStart) / rowBytes * 11 / 10 + 16);
            for (ColumnState &column : m_columns) {
                if (column.numeric)
                    column.values.reserve(estimate);
            }
        }
    }
    return std::nullopt;
}

std::optional<Error> Reader::collectText(qint64 headerEnd, std::vector<QStringList> &text)
{
    CsvTokenizer tokenizer(m_data.data() + headerEnd, m_data.data() + m_data.size(), m_options.delimiter);
    CsvTokenizer::Field field;
    qint64 row = 0;
    for (;;) {
        tokenizer.skipBlankLines();
        if (tokenizer.atEnd())
            break;
        if (row % kRowsPerCheck == 0) {
            if (cancelled())
                return makeError(ErrorCode::Unavailable, QStringLiteral("%1: reading cancelled").arg(m_source));
            reportProgress(headerEnd + tokenizer.offset(), false);
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

Result<Dataset> Reader::run()
{
    m_progressTotal = m_data.size();
    const char *begin = m_data.data();
    const char *end = begin + m_data.size();
    if (m_data.size() >= 3 && m_data.first(3) == QByteArrayView("\xEF\xBB\xBF"))
        begin += 3;
    CsvTokenizer tokenizer(begin, end, m_options.delimiter);
    if (auto error = readHeader(tokenizer))
        return *error;
    const qint64 headerEnd = qint64(begin - m_data.data()) + tokenizer.offset();
    // The line after the header (the header may end at the end of the file, without a break).
    const CsvTokenizer::Position afterHeader = tokenizer.position();
    const qint64 nextLine = afterHeader.at == afterHeader.lineStart ? afterHeader.line : afterHeader.line + 1;
    if (auto error = readRows(tokenizer))
        return *error;
    if (m_rows == 0) {
        CsvTokenizer::Position where{end, end, nextLine};
        return fail(where, QStringLiteral("no data rows after the header"));
    }

    // Missing values left in columns that stayed numeric: report the first in the file.
    const CsvTokenizer::Position *firstMissing = nullptr;
    qsizetype missingColumn = -1;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const auto &missing = m_columns[i].firstMissing;
        if (m_columns[i].numeric && missing && (!firstMissing || missing->at < firstMissing->at)) {
            firstMissing = &*missing;
            missingColumn = qsizetype(i);
        }
    }
    if (firstMissing)
        return fail(*firstMissing, QStringLiteral("missing value in %1").arg(columnLabel(missingColumn)));

    std::vector<QStringList> text(m_columns.size());
    const bool hasText = std::any_of(m_columns.begin(), m_columns.end(), [](const ColumnState &c) { return !c.numeric; });
    if (hasText) {
        m_progressBase = m_data.size();
        m_progressTotal = 2 * m_data.size();
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (!m_columns[i].numeric)
                text[i].reserve(qsizetype(m_rows));
        }
        if (auto error = collectText(headerEnd, text))
            return *error;
    }

    Dataset dataset;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].numeric)
            dataset.addNumericColumn(m_columns[i].name, std::move(m_columns[i].values));
        else
            dataset.addTextColumn(m_columns[i].name, std::move(text[i]));
    }
    QString sha256;
    if (m_options.computeSha256)
        sha256 = QString::fromLatin1(QCryptographicHash::hash(m_data, QCryptographicHash::Sha256).toHex());
    dataset.setSource(m_source, sha256);
    m_progressBase = 0;
    reportProgress(m_progressTotal, true);
    return dataset;
}

}  // namespace

CsvReader::CsvReader(CsvReadOptions options) : m_options(std::move(options)) {}

Result<Dataset> CsvReader::parse(QByteArrayView data, const QString &sourceName, Diagnostic *diagnostic) const
{
    Reader reader(m_options, data, sourceName, diagnostic);
    return reader.run();
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
