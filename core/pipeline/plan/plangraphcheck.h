#pragma once
// PlanGraphCheck: the names and dependsOn of the stages of a pipeline (or the jobs of a
// stage), collected while the plan is built, then checked at once (LANGUAGE.md §12.1):
// identifiers, duplicate names, unknown dependsOn targets and cycles, each an error
// diagnostic at the offending name or dependsOn value; a cycle is reported once, at the
// dependsOn of its first member in declaration order, naming every member
// ("A → B → A"). Used by PlanBuilder only. Not thread-safe (one per build).

#include "core/common/diagnostic.h"
#include "core/pipeline/yaml/yamlnode.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mlops::pipeline {

class PlanGraphCheck {
public:
    // `kind`: "stage" or "job"; `scope`: the stage name for jobs (for messages).
    explicit PlanGraphCheck(QString kind, QString scope = {});

    // One element in declaration order. `dependsOn` is the node as written (scalar,
    // sequence or Null); `given` false means no `dependsOn` key, and then the element
    // depends on `implicitPrevious` (empty: on nothing).
    void add(const QString &name, const SourcePos &namePos, const YamlNode &dependsOn, bool given,
             const QString &implicitPrevious);

    // Lower-case names added so far.
    const QSet<QString> &names() const { return m_names; }
    QString nameAt(int index) const { return index >= 0 && index < m_nodes.size() ? m_nodes.at(index).name : QString(); }

    // Checks everything; returns the dependsOn list of each element (unknown targets
    // left out), in the order of add().
    QList<QStringList> check(Diagnostics &diagnostics) const;

private:
    struct Node {
        QString name;
        SourcePos namePos;
        QStringList targets;
        QList<SourcePos> targetPos;
        SourcePos dependsOnPos;
    };
    QString m_kind;
    QString m_scope;
    QList<Node> m_nodes;
    QSet<QString> m_names;
};

}  // namespace mlops::pipeline
