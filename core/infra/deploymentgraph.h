#pragma once
// DeploymentGraph: the order in which Azure Resource Manager would deploy the resources of
// a template, from their dependencies (explicit dependsOn and implicit reference()).
//
// compute() gives a topological order that keeps the template's order wherever the
// dependencies allow it (of the resources that are ready, the one written first goes
// first), and each resource's wave: 1 for those that depend on nothing, otherwise one more
// than the highest wave of their dependencies (resources of one wave can be deployed in
// parallel). When the dependencies have a cycle, `cycle` holds one (each resource depends
// on the next, the last on the first) and `order` only what can be ordered.
//
// Plain data; no shared state.

#include <QList>

namespace mlops::infra {

class DeploymentGraph {
public:
    struct Result {
        QList<int> order;  // node indexes in deployment order
        QList<int> wave;   // by node index; 0 for nodes caught in or behind a cycle
        QList<int> cycle;  // empty when there is none
    };

    explicit DeploymentGraph(int nodeCount);

    // `node` waits for `dependency`. Duplicates are ignored; a self-edge is a cycle.
    void addDependency(int node, int dependency);
    const QList<int> &dependencies(int node) const { return m_dependencies.at(node); }

    Result compute() const;

private:
    QList<QList<int>> m_dependencies;
};

}  // namespace mlops::infra
