#include "deploymentgraph.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <vector>

namespace mlops::infra {

DeploymentGraph::DeploymentGraph(int nodeCount) : m_dependencies(nodeCount) {}

void DeploymentGraph::addDependency(int node, int dependency)
{
    QList<int> &list = m_dependencies[node];
    if (!list.contains(dependency))
        list.append(dependency);
}

DeploymentGraph::Result DeploymentGraph::compute() const
{
    const int n = int(m_dependencies.size());
    Result result;
    result.wave = QList<int>(n, 0);
    QList<int> waiting(n, 0);           // unmet dependencies per node
    QList<QList<int>> dependents(n);    // reverse edges
    for (int node = 0; node < n; ++node) {
        waiting[node] = int(m_dependencies.at(node).size());
        for (int dependency : m_dependencies.at(node))
            dependents[dependency].append(node);
    }
    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (int node = 0; node < n; ++node) {
        if (waiting.at(node) == 0)
            ready.push(node);
    }
    while (!ready.empty()) {
        const int node = ready.top();
        ready.pop();
        int wave = 1;
        for (int dependency : m_dependencies.at(node))
            wave = std::max(wave, result.wave.at(dependency) + 1);
        result.wave[node] = wave;
        result.order.append(node);
        for (int dependent : dependents.at(node)) {
            if (--waiting[dependent] == 0)
                ready.push(dependent);
        }
    }
    if (result.order.size() == n)
        return result;

    // Every node left waits for another node left: following those edges must loop.
    QList<bool> done(n, false);
    for (int node : std::as_const(result.order))
        done[node] = true;
    int start = 0;
    while (done.at(start))
        ++start;
    QList<int> path;
    QList<int> positionInPath(n, -1);
    int node = start;
    while (positionInPath.at(node) < 0) {
        positionInPath[node] = int(path.size());
        path.append(node);
        const QList<int> &deps = m_dependencies.at(node);
        const auto next = std::find_if(deps.cbegin(), deps.cend(), [&](int d) { return !done.at(d); });
        node = *next;
    }
    result.cycle = path.mid(positionInPath.at(node));
    return result;
}

}  // namespace mlops::infra
