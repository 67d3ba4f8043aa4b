#include "variablegroupdiffmodel.h"

#include "ui/common/diffstyle.h"

#include <QFont>

namespace mlops::ui {

using Kind = library::VariableDiffRow::Kind;

VariableGroupDiffModel::VariableGroupDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void VariableGroupDiffModel::setSideTitles(const QString &left, const QString &right)
{
    m_leftTitle = left;
    m_rightTitle = right;
    Q_EMIT headerDataChanged(Qt::Horizontal, LeftColumn, RightColumn);
}

void VariableGroupDiffModel::setRows(QList<library::VariableDiffRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int VariableGroupDiffModel::differenceCount() const
{
    int count = 0;
    for (const library::VariableDiffRow &row : m_rows) {
        if (row.kind != Kind::Same)
            ++count;
    }
    return count;
}

int VariableGroupDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariableGroupDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString sideText(bool present, const QString &value, bool secret)
{
    if (!present)
        return QString();
    return secret ? QStringLiteral("********") : value;
}

QVariant VariableGroupDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const library::VariableDiffRow &row = m_rows.at(index.row());
    const bool hasLeft = row.kind != Kind::OnlyRight;
    const bool hasRight = row.kind != Kind::OnlyLeft;
    switch (role) {
    case KindRole:
        return int(row.kind);
    case Qt::DisplayRole:
        switch (index.column()) {
        case MarkerColumn:
            return DiffStyle::marker(row.kind);
        case NameColumn:
            return row.name;
        case LeftColumn:
            return sideText(hasLeft, row.leftValue, row.leftSecret);
        case RightColumn:
            return sideText(hasRight, row.rightValue, row.rightSecret);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return DiffStyle::background(row.kind);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return DiffStyle::description(row.kind);
    case Qt::TextAlignmentRole:
        if (index.column() == MarkerColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (row.kind != Kind::Same && index.column() != MarkerColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant VariableGroupDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MarkerColumn:
        return QString();
    case NameColumn:
        return tr("Variable");
    case LeftColumn:
        return m_leftTitle.isEmpty() ? tr("Left") : m_leftTitle;
    case RightColumn:
        return m_rightTitle.isEmpty() ? tr("Right") : m_rightTitle;
    default:
        return {};
    }
}

}  // namespace mlops::ui
