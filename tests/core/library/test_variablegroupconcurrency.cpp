// Two processes (the GUI and the CLI) changing one workspace at the same time lose no
// write: this executable starts copies of itself as writers ("--writer DIR PREFIX")
// that add variables to one group while the test process does the same.
#include "core/library/variablegroupservice.h"
#include "core/store/workspace.h"
#include "memorysecretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace mlops;
using namespace mlops::library;
using mlops::library::test::MemorySecretStore;

namespace {

constexpr int kWritesPerProcess = 25;
const QString kGroup = QStringLiteral("shared");

// Adds kWritesPerProcess variables PREFIX_<n> to the group, one change at a time.
int runWriter(const QString &dir, const QString &prefix)
{
    Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(dir);
    if (!ws.ok())
        return 2;
    VariableGroupService service(*ws, std::make_shared<MemorySecretStore>());
    for (int i = 0; i < kWritesPerProcess; ++i) {
        Variable v;
        v.name = QStringLiteral("%1_%2").arg(prefix).arg(i);
        v.value = QString::number(i);
        if (Result<VariableGroup> r = service.setVariable(kGroup, v); !r.ok()) {
            fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 3;
        }
    }
    return 0;
}

}  // namespace

class TestVariableGroupConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void processesLoseNoWrites();
};

void TestVariableGroupConcurrency::processesLoseNoWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(dir.path());
    QVERIFY(ws.ok());
    VariableGroupService service(*ws, std::make_shared<MemorySecretStore>());
    VariableGroup g;
    g.name = kGroup;
    QVERIFY(service.create(g).ok());

    QList<QProcess *> writers;
    for (const QString &prefix : {QStringLiteral("CLI"), QStringLiteral("AGENT")}) {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), dir.path(), prefix});
        QVERIFY(p->waitForStarted());
        writers.append(p);
    }
    QCOMPARE(runWriter(dir.path(), QStringLiteral("GUI")), 0);
    for (QProcess *p : std::as_const(writers)) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }

    Result<VariableGroup> result = service.findByName(kGroup);
    QVERIFY(result.ok());
    QCOMPARE(result->variables.size(), 3 * kWritesPerProcess);
    QCOMPARE(result->revision, 1 + 3 * kWritesPerProcess);
    Result<QList<VariableGroupVersion>> history = service.history(result->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1 + 3 * kWritesPerProcess);
    for (qsizetype i = 0; i < history->size(); ++i)
        QCOMPARE(history->at(i).revision, int(i) + 1);  // every revision exactly once, in order
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::strcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestVariableGroupConcurrency test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_variablegroupconcurrency.moc"
