// registryhelper: a second process for the concurrency tests of ModelRegistry.
//   registryhelper WORKSPACE register NAME DIR COUNT
//       registers COUNT versions of NAME from DIR; prints each version number.
//   registryhelper WORKSPACE promote NAME VA VB COUNT
//       COUNT times promotes VA then VB to Production (an "already in Production"
//       refusal is expected and ignored).
// Exit 0 on success, 2 on bad arguments, 3 on an unexpected registry error.
#include "core/registry/modelregistry.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

using namespace mlops;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 5)
        return 2;
    Result<std::shared_ptr<store::Workspace>> ws = store::Workspace::open(args.at(1));
    if (!ws.ok()) {
        err << ws.error().message << '\n';
        return 3;
    }
    registry::ModelRegistry reg(*ws);
    const QString name = args.at(3);
    if (args.at(2) == QLatin1String("register") && args.size() == 6) {
        registry::NewModelVersion input;
        input.sourcePath = args.at(4);
        for (int i = 0; i < args.at(5).toInt(); ++i) {
            Result<registry::ModelVersion> v = reg.registerVersion(name, input);
            if (!v.ok()) {
                err << v.error().message << '\n';
                return 3;
            }
            out << v->version << '\n';
        }
        return 0;
    }
    if (args.at(2) == QLatin1String("promote") && args.size() == 7) {
        for (int i = 0; i < args.at(6).toInt(); ++i) {
            for (const QString &v : {args.at(4), args.at(5)}) {
                Result<registry::ModelVersion> r =
                    reg.promote(name, v.toInt(), registry::Stage::Production, QStringLiteral("race %1").arg(i));
                if (!r.ok() && r.error().code != ErrorCode::InvalidInput) {
                    err << r.error().message << '\n';
                    return 3;
                }
            }
        }
        return 0;
    }
    return 2;
}
