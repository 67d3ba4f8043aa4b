#pragma once
// TextTable: rows of text printed as aligned columns for the `-o table` output.
// Columns are separated by two spaces; the last column is not padded; a cell's line
// breaks are shown as "⏎" so that one row stays one line.

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace mlops::cli {

class TextTable {
public:
    explicit TextTable(QStringList headers);

    // A row with fewer cells than headers is padded with empty cells.
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }

    // Prints the header and the rows, each line prefixed by `indent`.
    void print(QTextStream &out, const QString &indent = {}) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

}  // namespace mlops::cli
