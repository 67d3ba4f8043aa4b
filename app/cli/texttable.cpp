#include "texttable.h"

#include <QTextStream>

#include <algorithm>

namespace mlops::cli {

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells) {
        cell.replace(QStringLiteral("\r\n"), QStringLiteral("\u23ce"));
        cell.replace(QLatin1Char('\n'), QStringLiteral("\u23ce"));
    }
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream &out, const QString &indent) const
{
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths.append(header.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < widths.size() && c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto printLine = [&](const QStringList &cells) {
        QString line = indent;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const bool last = c + 1 == widths.size();
            if (last)
                line += cells.value(c);
            else
                line += cells.value(c).leftJustified(widths.at(c)) + QStringLiteral("  ");
        }
        // Trailing blanks of empty last cells carry no information.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };
    printLine(m_headers);
    for (const QStringList &row : m_rows)
        printLine(row);
}

}  // namespace mlops::cli
