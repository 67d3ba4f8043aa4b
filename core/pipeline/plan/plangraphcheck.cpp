#include "core/pipeline/plan/plangraphcheck.h"

#include "core/pipeline/plan/planbuilder.h"

#include <QHash>

#include <algorithm>
#include <functional>

#include <utility>

namespace mlops::pipeline {

namespace {
using Severity = Diagnostic::Severity;
const QString kArrow = QStringLiteral(" \u2192 ");
}  // namespace

PlanGraphCheck::PlanGraphCheck(QString kind, QString scope) : m_kind(std::move(kind)), m_scope(std::move(scope)) {}

void PlanGraphCheck::add(const QString &name, const SourcePos &namePos, const YamlNode &dependsOn, bool given,
                         const QString &implicitPrevious)
{
    Node node;
    node.name = name;
    node.namePos = namePos;
    node.dependsOnPos = dependsOn.pos().isKnown() ? dependsOn.pos() : namePos;
    if (!given) {
        if (!implicitPrevious.isEmpty()) {
            node.targets.append(implicitPrevious);
            node.targetPos.append(namePos);
        }
    } else if (dependsOn.isScalar()) {
        const QString target = dependsOn.text().trimmed();
        if (!target.isEmpty()) {
            node.targets.append(target);
            node.targetPos.append(dependsOn.pos());
        }
    } else {
        for (const YamlNode &item : dependsOn.items()) {
            const QString target = PlanBuilder::valueText(item).trimmed();
            if (target.isEmpty())
                continue;
            node.targets.append(target);
            node.targetPos.append(item.pos());
        }
    }
    m_names.insert(name.toLower());
    m_nodes.append(node);
}

QList<QStringList> PlanGraphCheck::check(Diagnostics &diagnostics) const
{
    const QString where = m_scope.isEmpty() ? QString() : QStringLiteral(" in stage '%1'").arg(m_scope);
    auto error = [&](const SourcePos &pos, const QString &message) {
        diagnostics.append(PlanBuilder::diagnostic(Severity::Error, pos, message));
    };

    // Names: identifiers, unique case-insensitively.
    QHash<QString, int> index;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if (node.name != QLatin1String("__default") && !PlanBuilder::isIdentifier(node.name)) {
            error(node.namePos, QStringLiteral("%1 name '%2' is not a valid identifier: use letters, digits and '_', "
                                               "not starting with a digit")
                                    .arg(m_kind, node.name));
        }
        const QString key = node.name.toLower();
        if (index.contains(key)) {
            error(node.namePos, QStringLiteral("%1 '%2' is defined twice%3 (first at line %4)")
                                    .arg(m_kind, node.name, where)
                                    .arg(m_nodes.at(index.value(key)).namePos.line));
        } else {
            index.insert(key, i);
        }
    }

    // Targets: known names; the resolved edges feed the cycle search.
    QList<QStringList> out;
    QList<QList<int>> edges;
    for (const Node &node : m_nodes) {
        QStringList resolved;
        QList<int> targets;
        for (int t = 0; t < node.targets.size(); ++t) {
            const QString &target = node.targets.at(t);
            const auto it = index.constFind(target.toLower());
            if (it == index.constEnd()) {
                error(node.targetPos.at(t), QStringLiteral("%1 '%2' depends on '%3', which is not a %1%4")
                                                .arg(m_kind, node.name, target, where));
                continue;
            }
            if (resolved.contains(m_nodes.at(*it).name, Qt::CaseInsensitive))
                continue;
            resolved.append(m_nodes.at(*it).name);
            targets.append(*it);
        }
        out.append(resolved);
        edges.append(targets);
    }

    // Cycles: depth-first search; each cycle is reported once.
    enum class Mark { None, Active, Done };
    QList<Mark> marks(m_nodes.size(), Mark::None);
    QList<int> stack;
    std::function<void(int)> visit = [&](int n) {
        marks[n] = Mark::Active;
        stack.append(n);
        for (int target : std::as_const(edges.at(n))) {
            if (marks.at(target) == Mark::Active) {
                QList<int> cycle = stack.mid(stack.indexOf(target));
                // Start at the member declared first, so the report does not depend on the search order.
                const auto first = std::min_element(cycle.begin(), cycle.end());
                std::rotate(cycle.begin(), first, cycle.end());
                QStringList names;
                for (int member : std::as_const(cycle))
                    names.append(m_nodes.at(member).name);
                names.append(m_nodes.at(cycle.constFirst()).name);
                const Node &head = m_nodes.at(cycle.constFirst());
                if (cycle.size() == 1) {
                    error(head.dependsOnPos, QStringLiteral("%1 '%2' depends on itself").arg(m_kind, head.name));
                } else {
                    error(head.dependsOnPos, QStringLiteral("dependency cycle between %1s%2: %3")
                                                 .arg(m_kind, where, names.join(kArrow)));
                }
            } else if (marks.at(target) == Mark::None) {
                visit(target);
            }
        }
        stack.removeLast();
        marks[n] = Mark::Done;
    };
    for (int n = 0; n < m_nodes.size(); ++n) {
        if (marks.at(n) == Mark::None)
            visit(n);
    }
    return out;
}

}  // namespace mlops::pipeline
