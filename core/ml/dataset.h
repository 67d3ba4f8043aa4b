#pragma once
// Dataset: a table held column by column (what CsvReader returns). A column is either
// numeric (contiguous doubles, viewed as an Eigen vector without copying) or text.
// Plain value class: copyable, movable, no shared state; safe to read from many threads
// once built. Builders (add…Column) are for readers and tests; they do not validate
// beyond what their comments say.

#include "core/common/result.h"
#include "core/ml/uninitializedallocator.h"

#include <QString>
#include <QStringList>

#include <Eigen/Dense>

#include <vector>

namespace mlops::ml {

class Dataset {
public:
    enum class ColumnType { Numeric, Text };

    qint64 rowCount() const { return m_rowCount; }
    qsizetype columnCount() const { return m_names.size(); }
    const QStringList &columnNames() const { return m_names; }
    // -1 when there is no column of that (exact, case-sensitive) name.
    qsizetype columnIndex(const QString &name) const { return m_names.indexOf(name); }
    ColumnType columnType(qsizetype column) const { return m_columns[std::size_t(column)].type; }

    // Precondition: columnType(column) == Numeric. The view lives as long as this Dataset.
    Eigen::Map<const Eigen::VectorXd> numeric(qsizetype column) const;
    // Precondition: columnType(column) == Text.
    const QStringList &text(qsizetype column) const { return m_columns[std::size_t(column)].text; }

    // The named numeric columns side by side (rowCount() x names.size(), a copy).
    // Fails (NotFound) naming a column that does not exist, (InvalidInput) naming one
    // that is not numeric.
    Result<Eigen::MatrixXd> matrix(const QStringList &names) const;
    // One named numeric column as a vector (a copy); same failures as matrix().
    Result<Eigen::VectorXd> vector(const QString &name) const;

    // Where the data came from (file name for messages) and the SHA-256 (lower-case hex)
    // of its bytes; both empty unless the reader was asked to fill them.
    const QString &sourceName() const { return m_sourceName; }
    const QString &sha256() const { return m_sha256; }
    void setSource(const QString &name, const QString &sha256)
    {
        m_sourceName = name;
        m_sha256 = sha256;
    }

    // Appends a column. The first column fixes rowCount(); later columns must have the
    // same length (returns false and changes nothing otherwise, or when the name exists).
    bool addNumericColumn(const QString &name, const std::vector<double> &values);
    bool addTextColumn(const QString &name, QStringList values);
    // The same as addNumericColumn, taking the values without a copy.
    bool adoptNumericColumn(const QString &name, NumericValues values);

private:
    struct Column {
        ColumnType type = ColumnType::Numeric;
        NumericValues numbers;
        QStringList text;
    };
    bool acceptColumn(const QString &name, qint64 rows);
    Result<qsizetype> numericIndex(const QString &name) const;

    QStringList m_names;
    std::vector<Column> m_columns;
    qint64 m_rowCount = 0;
    QString m_sourceName;
    QString m_sha256;
};

}  // namespace mlops::ml
