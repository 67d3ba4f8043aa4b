#include "dataset.h"

namespace mlops::ml {

Eigen::Map<const Eigen::VectorXd> Dataset::numeric(qsizetype column) const
{
    const NumericValues &values = m_columns[std::size_t(column)].numbers;
    return {values.data(), Eigen::Index(values.size())};
}

Result<qsizetype> Dataset::numericIndex(const QString &name) const
{
    const qsizetype index = columnIndex(name);
    if (index < 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no column named \"%2\" (columns: %3)")
                                                  .arg(m_sourceName.isEmpty() ? QStringLiteral("dataset") : m_sourceName, name,
                                                       m_names.join(QStringLiteral(", "))));
    if (columnType(index) != ColumnType::Numeric)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: column \"%2\" is not numeric")
                                                      .arg(m_sourceName.isEmpty() ? QStringLiteral("dataset") : m_sourceName, name));
    return index;
}

Result<Eigen::MatrixXd> Dataset::matrix(const QStringList &names) const
{
    Eigen::MatrixXd result(m_rowCount, names.size());
    for (qsizetype c = 0; c < names.size(); ++c) {
        auto index = numericIndex(names.at(c));
        if (!index.ok())
            return index.error();
        result.col(c) = numeric(*index);
    }
    return result;
}

Result<Eigen::VectorXd> Dataset::vector(const QString &name) const
{
    auto index = numericIndex(name);
    if (!index.ok())
        return index.error();
    return Eigen::VectorXd(numeric(*index));
}

bool Dataset::acceptColumn(const QString &name, qint64 rows)
{
    if (m_names.contains(name) || (!m_names.isEmpty() && rows != m_rowCount))
        return false;
    m_rowCount = rows;
    m_names.append(name);
    return true;
}

bool Dataset::addNumericColumn(const QString &name, const std::vector<double> &values)
{
    return adoptNumericColumn(name, NumericValues(values.begin(), values.end()));
}

bool Dataset::adoptNumericColumn(const QString &name, NumericValues values)
{
    if (!acceptColumn(name, qint64(values.size())))
        return false;
    m_columns.push_back(Column{ColumnType::Numeric, std::move(values), {}});
    return true;
}

bool Dataset::addTextColumn(const QString &name, QStringList values)
{
    if (!acceptColumn(name, qint64(values.size())))
        return false;
    m_columns.push_back(Column{ColumnType::Text, {}, std::move(values)});
    return true;
}

}  // namespace mlops::ml
