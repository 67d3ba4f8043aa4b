// DeploymentGraph: template order kept where dependencies allow, waves, cycles found
// (including a resource that depends on itself), nodes behind a cycle left unordered.

#include "core/infra/deploymentgraph.h"

#include <QTest>

using namespace mlops::infra;

class TestDeploymentGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void independentKeepTemplateOrder()
    {
        DeploymentGraph graph(3);
        const DeploymentGraph::Result r = graph.compute();
        QCOMPARE(r.order, (QList<int>{0, 1, 2}));
        QCOMPARE(r.wave, (QList<int>{1, 1, 1}));
        QVERIFY(r.cycle.isEmpty());
    }

    void dependenciesFirst()
    {
        // 0 waits for 3 and 1; 1 waits for 2; 4 is free.
        DeploymentGraph graph(5);
        graph.addDependency(0, 3);
        graph.addDependency(0, 1);
        graph.addDependency(1, 2);
        graph.addDependency(1, 2);  // duplicate ignored
        QCOMPARE(graph.dependencies(1), QList<int>{2});
        const DeploymentGraph::Result r = graph.compute();
        QCOMPARE(r.order, (QList<int>{2, 1, 3, 0, 4}));
        QCOMPARE(r.wave, (QList<int>{3, 2, 1, 1, 1}));
        QVERIFY(r.cycle.isEmpty());
    }

    void cycle()
    {
        // 0 → 1 → 2 → 0, and 3 waits for 2 (behind the cycle); 4 is free.
        DeploymentGraph graph(5);
        graph.addDependency(0, 1);
        graph.addDependency(1, 2);
        graph.addDependency(2, 0);
        graph.addDependency(3, 2);
        const DeploymentGraph::Result r = graph.compute();
        QCOMPARE(r.order, QList<int>{4});
        QCOMPARE(r.cycle, (QList<int>{0, 1, 2}));
        QCOMPARE(r.wave.at(3), 0);
    }

    void selfDependency()
    {
        DeploymentGraph graph(2);
        graph.addDependency(1, 1);
        const DeploymentGraph::Result r = graph.compute();
        QCOMPARE(r.order, QList<int>{0});
        QCOMPARE(r.cycle, QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(TestDeploymentGraph)
#include "test_deploymentgraph.moc"
