#include "diagnosticlistmodel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

namespace mlops::ui {

DiagnosticListModel::DiagnosticListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticListModel::setDiagnostics(const Diagnostics &diagnostics, const QString &entryFile)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    m_entryFile = entryFile;
    m_entryCanonical = entryFile.isEmpty() ? QString() : QFileInfo(entryFile).canonicalFilePath();
    endResetModel();
}

bool DiagnosticListModel::isInEntryFile(const Diagnostic &d) const
{
    if (d.file.isEmpty() || d.file == m_entryFile)
        return true;
    if (m_entryCanonical.isEmpty())
        return false;
    return QFileInfo(d.file).canonicalFilePath() == m_entryCanonical;
}

int DiagnosticListModel::errorCount() const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }));
}

int DiagnosticListModel::warningCount() const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
                             [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Warning; }));
}

int DiagnosticListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiagnosticListModel::severityText(Diagnostic::Severity severity) const
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return tr("Error");
    case Diagnostic::Severity::Warning:
        return tr("Warning");
    case Diagnostic::Severity::Info:
        break;
    }
    return tr("Info");
}

QVariant DiagnosticListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case SeverityRole:
        return int(d.severity);
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case FileRole:
        return d.file;
    case IsEntryFileRole:
        return isInEntryFile(d);
    case Qt::ToolTipRole:
        return d.toString();
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (d.severity) {
        case Diagnostic::Severity::Error:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Diagnostic::Severity::Warning:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Diagnostic::Severity::Info:
            break;
        }
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(d.severity);
        case LineColumn:
            return d.line > 0 ? QVariant(d.line) : QVariant(QString());
        case ColumnColumn:
            return d.column > 0 ? QVariant(d.column) : QVariant(QString());
        case MessageColumn:
            return d.message;
        case FileColumn:
            return isInEntryFile(d) ? QString() : QDir::toNativeSeparators(d.file);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == ColumnColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DiagnosticListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Message");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

}  // namespace mlops::ui
