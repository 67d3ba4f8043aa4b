#include "variablegroupdiff.h"

#include <QHash>

namespace mlops::library {

namespace {

QString key(const QString &name) { return name.toCaseFolded(); }

}  // namespace

QList<VariableDiffRow> VariableGroupDiff::compare(const VariableGroup &left, const VariableGroup &right)
{
    QHash<QString, qsizetype> rightIndex;
    for (qsizetype i = 0; i < right.variables.size(); ++i)
        rightIndex.insert(key(right.variables.at(i).name), i);

    QList<VariableDiffRow> rows;
    QHash<QString, bool> seen;
    for (const Variable &l : left.variables) {
        const QString k = key(l.name);
        if (seen.contains(k))
            continue;  // a malformed group with a duplicate name: the first one counts
        seen.insert(k, true);
        VariableDiffRow row;
        row.name = l.name;
        row.leftSecret = l.isSecret;
        row.leftValue = l.isSecret ? QString() : l.value;
        const auto it = rightIndex.constFind(k);
        if (it == rightIndex.constEnd()) {
            row.kind = VariableDiffRow::Kind::OnlyLeft;
        } else {
            const Variable &r = right.variables.at(*it);
            row.rightSecret = r.isSecret;
            row.rightValue = r.isSecret ? QString() : r.value;
            if (l.isSecret != r.isSecret)
                row.kind = VariableDiffRow::Kind::Changed;
            else if (l.isSecret)
                row.kind = VariableDiffRow::Kind::Same;
            else
                row.kind = l.value == r.value ? VariableDiffRow::Kind::Same : VariableDiffRow::Kind::Changed;
        }
        rows.append(row);
    }
    for (const Variable &r : right.variables) {
        const QString k = key(r.name);
        if (seen.contains(k))
            continue;
        seen.insert(k, true);
        VariableDiffRow row;
        row.kind = VariableDiffRow::Kind::OnlyRight;
        row.name = r.name;
        row.rightSecret = r.isSecret;
        row.rightValue = r.isSecret ? QString() : r.value;
        rows.append(row);
    }
    return rows;
}

bool VariableGroupDiff::identical(const VariableGroup &left, const VariableGroup &right)
{
    if (left.description != right.description)
        return false;
    const QList<VariableDiffRow> rows = compare(left, right);
    for (const VariableDiffRow &row : rows) {
        if (row.kind != VariableDiffRow::Kind::Same)
            return false;
    }
    return true;
}

}  // namespace mlops::library
