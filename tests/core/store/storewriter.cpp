// A helper process for test_store: opens a workspace and writes to it.
//   storewriter DIR append N TAG   — N write transactions, each one audit entry tagged TAG
//   storewriter DIR hang TAG       — starts a large write transaction, prints "ready",
//                                    and waits to be killed in the middle of it
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

using namespace mlops;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: storewriter DIR append N TAG | DIR hang TAG\n");
        return 2;
    }
    auto ws = store::Workspace::open(args.at(1));
    if (!ws.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    const store::Database &db = (*ws)->database();
    if (args.at(2) == QLatin1String("append") && args.size() == 5) {
        const int count = args.at(3).toInt();
        const QString tag = args.at(4);
        for (int i = 0; i < count; ++i) {
            Result<void> r = db.runWrite([&](QSqlDatabase &c) {
                return store::AuditLog::record(c, tag, i, tag + QString::number(i), QStringLiteral("create"), {},
                                               QJsonObject{{QStringLiteral("i"), i}});
            });
            if (!r.ok()) {
                std::fprintf(stderr, "write %d failed: %s\n", i, qPrintable(r.error().message));
                return 1;
            }
        }
        return 0;
    }
    if (args.at(2) == QLatin1String("hang")) {
        const QString tag = args.at(3);
        Result<void> r = db.runWrite([&](QSqlDatabase &c) -> Result<void> {
            const QString big(4096, QLatin1Char('x'));
            for (int i = 0; i < 5000; ++i) {
                if (Result<void> w = store::AuditLog::record(c, tag, i, big, QStringLiteral("create"), {}, {}); !w.ok())
                    return w;
                if (i == 2500) {
                    std::printf("ready\n");
                    std::fflush(stdout);
                    QThread::sleep(60);  // killed here, mid-transaction, with pages spilled to the WAL
                }
            }
            return {};
        });
        return r.ok() ? 0 : 1;
    }
    std::fprintf(stderr, "unknown mode\n");
    return 2;
}
