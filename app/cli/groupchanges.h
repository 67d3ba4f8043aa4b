#pragma once
// GroupChanges: what one saved version of a variable group changed compared with the
// version before it (for `mlops vargroup history`), built on VariableGroupDiff.
// Secret values are never compared or shown (they are not readable).

#include "core/library/variablegroup.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace mlops::cli {

struct GroupChange {
    enum class Kind { Created, Deleted, Renamed, Description, Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString name;  // the variable (Added/Removed/Changed) or the group (Created/Deleted/Renamed)
    QString from;  // previous plain value, group name or description
    QString to;    // new plain value, group name or description
    bool secret = false;
};

class GroupChanges {
public:
    // `previous` is null for the first version.
    static QList<GroupChange> between(const library::VariableGroupVersion *previous,
                                      const library::VariableGroupVersion &version);
    // One line: "+A, -B, ~C, renamed from X"; "no visible change …" when empty.
    static QString summary(const QList<GroupChange> &changes);
    // [{ "kind": "added", "name": …, "from": …|null, "to": …|null, "isSecret": … }]
    static QJsonArray toJson(const QList<GroupChange> &changes);
    static QString kindName(GroupChange::Kind kind);
};

}  // namespace mlops::cli
