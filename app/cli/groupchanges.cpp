#include "groupchanges.h"

#include "core/library/variablegroupdiff.h"

#include <QJsonObject>
#include <QStringList>

namespace mlops::cli {

using library::VariableDiffRow;

QList<GroupChange> GroupChanges::between(const library::VariableGroupVersion *previous,
                                         const library::VariableGroupVersion &version)
{
    QList<GroupChange> changes;
    if (version.action == QLatin1String("delete")) {
        changes.append({GroupChange::Kind::Deleted, version.snapshot.name, {}, {}, false});
        return changes;
    }
    library::VariableGroup before;
    if (previous && previous->action != QLatin1String("delete")) {
        before = previous->snapshot;
    } else {
        changes.append({GroupChange::Kind::Created, version.snapshot.name, {}, {}, false});
        before.name = version.snapshot.name;
        before.description = version.snapshot.description;
    }
    const library::VariableGroup &after = version.snapshot;
    if (before.name != after.name)
        changes.append({GroupChange::Kind::Renamed, after.name, before.name, after.name, false});
    if (before.description != after.description)
        changes.append({GroupChange::Kind::Description, {}, before.description, after.description, false});
    for (const VariableDiffRow &row : library::VariableGroupDiff::compare(before, after)) {
        switch (row.kind) {
        case VariableDiffRow::Kind::Same:
            break;
        case VariableDiffRow::Kind::OnlyLeft:
            changes.append({GroupChange::Kind::Removed, row.name, {}, {}, row.leftSecret});
            break;
        case VariableDiffRow::Kind::OnlyRight:
            changes.append({GroupChange::Kind::Added, row.name, {}, {}, row.rightSecret});
            break;
        case VariableDiffRow::Kind::Changed:
            changes.append({GroupChange::Kind::Changed, row.name, row.leftSecret ? QString() : row.leftValue,
                            row.rightSecret ? QString() : row.rightValue, row.leftSecret || row.rightSecret});
            break;
        }
    }
    return changes;
}

QString GroupChanges::summary(const QList<GroupChange> &changes)
{
    QStringList parts;
    for (const GroupChange &change : changes) {
        const QString secret = change.secret ? QStringLiteral(" (secret)") : QString();
        switch (change.kind) {
        case GroupChange::Kind::Created: parts.append(QStringLiteral("created")); break;
        case GroupChange::Kind::Deleted: parts.append(QStringLiteral("deleted")); break;
        case GroupChange::Kind::Renamed: parts.append(QStringLiteral("renamed from ") + change.from); break;
        case GroupChange::Kind::Description: parts.append(QStringLiteral("description")); break;
        case GroupChange::Kind::Added: parts.append(QLatin1Char('+') + change.name + secret); break;
        case GroupChange::Kind::Removed: parts.append(QLatin1Char('-') + change.name + secret); break;
        case GroupChange::Kind::Changed: parts.append(QLatin1Char('~') + change.name + secret); break;
        }
    }
    if (parts.isEmpty())
        return QStringLiteral("no visible change (secret values are not compared)");
    return parts.join(QStringLiteral(", "));
}

QJsonArray GroupChanges::toJson(const QList<GroupChange> &changes)
{
    const auto text = [](bool shown, const QString &value) {
        return shown ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray array;
    for (const GroupChange &change : changes) {
        const bool hasValues = change.kind == GroupChange::Kind::Renamed || change.kind == GroupChange::Kind::Description
                               || (change.kind == GroupChange::Kind::Changed && !change.secret);
        array.append(QJsonObject{
            {QStringLiteral("kind"), kindName(change.kind)},
            {QStringLiteral("name"), change.name},
            {QStringLiteral("from"), text(hasValues, change.from)},
            {QStringLiteral("to"), text(hasValues, change.to)},
            {QStringLiteral("isSecret"), change.secret},
        });
    }
    return array;
}

QString GroupChanges::kindName(GroupChange::Kind kind)
{
    switch (kind) {
    case GroupChange::Kind::Created: return QStringLiteral("created");
    case GroupChange::Kind::Deleted: return QStringLiteral("deleted");
    case GroupChange::Kind::Renamed: return QStringLiteral("renamed");
    case GroupChange::Kind::Description: return QStringLiteral("description");
    case GroupChange::Kind::Added: return QStringLiteral("added");
    case GroupChange::Kind::Removed: return QStringLiteral("removed");
    case GroupChange::Kind::Changed: return QStringLiteral("changed");
    }
    return QStringLiteral("changed");
}

}  // namespace mlops::cli
