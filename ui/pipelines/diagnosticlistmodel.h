#pragma once
// DiagnosticListModel: a table over the diagnostics of the last validation – severity
// (with icon), line, column, message, file – in the order the compiler reported them.
// Raw values are in the roles below (for sorting proxies and "jump to"). Columns show
// "" for unknown line/column (0). GUI thread only.

#include "core/common/diagnostic.h"

#include <QAbstractTableModel>

namespace mlops::ui {

class DiagnosticListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, LineColumn, ColumnColumn, MessageColumn, FileColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1,  // int(Diagnostic::Severity)
        LineRole,                         // int, 1-based, 0 = unknown
        ColumnRole,                       // int, 1-based, 0 = unknown
        FileRole,                         // QString, as reported
        IsEntryFileRole,                  // bool: the diagnostic is in the edited file
    };

    explicit DiagnosticListModel(QObject *parent = nullptr);

    // `entryFile` is the edited file: diagnostics in it (or without a file) show the
    // file column empty; others (templates) show their file name.
    void setDiagnostics(const Diagnostics &diagnostics, const QString &entryFile);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // Precondition: 0 <= row < rowCount().
    const Diagnostic &diagnostic(int row) const { return m_diagnostics.at(row); }
    // True when `d` belongs to the edited file.
    bool isInEntryFile(const Diagnostic &d) const;
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString severityText(Diagnostic::Severity severity) const;

    Diagnostics m_diagnostics;
    QString m_entryFile;
    QString m_entryCanonical;
};

}  // namespace mlops::ui
