#include "variabletablemodel.h"

#include "editvariablecommand.h"
#include "ui/common/uiresources.h"

#include <QUndoStack>

namespace mlops::ui {

VariableTableModel::VariableTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    ensureUiResources();
    m_lock = QIcon(QStringLiteral(":/icons/lock.png"));
    m_unlock = QIcon(QStringLiteral(":/icons/lock-open.png"));
}

void VariableTableModel::setVariables(QList<library::Variable> variables)
{
    beginResetModel();
    m_rows = std::move(variables);
    endResetModel();
}

void VariableTableModel::replaceVariable(int row, const library::Variable &variable)
{
    m_rows[row] = variable;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void VariableTableModel::insertVariable(int row, const library::Variable &variable)
{
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, variable);
    endInsertRows();
}

library::Variable VariableTableModel::takeVariable(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    library::Variable taken = m_rows.takeAt(row);
    endRemoveRows();
    return taken;
}

library::Variable VariableTableModel::withSecret(const library::Variable &before, bool secret)
{
    library::Variable after = before;
    if (secret == before.isSecret)
        return after;
    after.isSecret = secret;
    if (secret) {
        // The plain value becomes the secret's value.
        after.replaceSecret = !before.value.isEmpty();
    } else {
        // A secret's value cannot be read: the plain variable starts empty.
        after.value.clear();
        after.replaceSecret = false;
        after.secretIsSet = false;
    }
    return after;
}

int VariableTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VariableTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariableTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const library::Variable &row = m_rows.at(index.row());
    const bool masked = row.isSecret && (row.secretIsSet || row.replaceSecret);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawRole)
            return row.name;
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return row.isSecret ? (masked ? QStringLiteral("********") : QString()) : row.value;
        if (role == Qt::EditRole)
            return row.isSecret ? QString() : row.value;  // a secret is replaced, never shown
        if (role == RawRole)
            return row.isSecret ? QString() : row.value;
        if (role == Qt::ToolTipRole && row.isSecret) {
            if (row.replaceSecret)
                return tr("New secret value, stored in the keychain when you save.");
            if (row.secretIsSet)
                return tr("Secret value stored in the keychain. Type to replace it.");
            return tr("No value stored for this secret. Type to set one.");
        }
        if (role == Qt::ForegroundRole && row.isSecret)
            return QVariant();
        break;
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return row.isSecret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DecorationRole)
            return row.isSecret ? m_lock : m_unlock;
        if (role == RawRole)
            return row.isSecret;
        if (role == Qt::ToolTipRole)
            return row.isSecret ? tr("Secret: the value is stored in the keychain and never shown. Click to make it plain.")
                                : tr("Plain value. Click to make it secret.");
        if (role == Qt::AccessibleTextRole)
            return row.isSecret ? tr("Secret") : tr("Plain");
        break;
    default:
        break;
    }
    return {};
}

bool VariableTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const library::Variable &before = m_rows.at(index.row());
    library::Variable after = before;
    QString text;
    if (index.column() == NameColumn && role == Qt::EditRole) {
        after.name = value.toString();
        if (after.name == before.name)
            return false;
        text = tr("Rename variable %1 to %2").arg(before.name, after.name);
    } else if (index.column() == ValueColumn && role == Qt::EditRole) {
        const QString newValue = value.toString();
        if (before.isSecret) {
            if (newValue.isEmpty())
                return false;  // an empty editor leaves the stored secret as it is
            after.value = newValue;
            after.replaceSecret = true;
            text = tr("Replace secret %1").arg(before.name);
        } else {
            if (newValue == before.value)
                return false;
            after.value = newValue;
            text = tr("Change value of %1").arg(before.name);
        }
    } else if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        const bool secret = value.toInt() == Qt::Checked;
        if (secret == before.isSecret)
            return false;
        after = withSecret(before, secret);
        text = secret ? tr("Make %1 secret").arg(before.name) : tr("Make %1 plain").arg(before.name);
    } else {
        return false;
    }
    applyEdit(index.row(), after, text);
    return true;
}

void VariableTableModel::applyEdit(int row, const library::Variable &after, const QString &commandText)
{
    if (m_undoStack == nullptr) {
        replaceVariable(row, after);
        return;
    }
    m_undoStack->push(new EditVariableCommand(this, row, m_rows.at(row), after, commandText));
}

Qt::ItemFlags VariableTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == SecretColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant VariableTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    default:
        return {};
    }
}

}  // namespace mlops::ui
