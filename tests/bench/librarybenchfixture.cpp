#include "librarybenchfixture.h"

#include "core/store/database.h"
#include "core/store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <cstdlib>

namespace mlops::bench {

QString libraryWorkspace(int groups, int variablesPerGroup)
{
    const QString dir = QDir::tempPath() + QStringLiteral("/mlops-bench-library-%1x%2").arg(groups).arg(variablesPerGroup);
    const QString doneMarker = dir + QStringLiteral("/.complete");
    if (QFile::exists(doneMarker))
        return dir;
    QDir(dir).removeRecursively();

    auto ws = store::Workspace::open(dir);
    if (!ws.ok()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(ws.error().message));
        std::abort();
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Result<void> r = (*ws)->database().runWrite([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery group(db), variable(db);
        group.prepare(QStringLiteral("INSERT INTO variable_groups (name, description, created_at, created_by, modified_at, modified_by) VALUES (?, ?, ?, 'bench', ?, 'bench')"));
        variable.prepare(QStringLiteral("INSERT INTO variables (group_id, position, name, value) VALUES (?, ?, ?, ?)"));
        for (int g = 0; g < groups; ++g) {
            group.addBindValue(QStringLiteral("grp-%1").arg(g, 5, 10, QLatin1Char('0')));
            group.addBindValue(QStringLiteral("Benchmark group %1 for the %2 environment").arg(g).arg(g % 2 ? QStringLiteral("dev") : QStringLiteral("prod")));
            group.addBindValue(now);
            group.addBindValue(now);
            if (!group.exec())
                return store::Database::queryError(group, QStringLiteral("seeding groups"));
            const qint64 id = group.lastInsertId().toLongLong();
            for (int v = 0; v < variablesPerGroup; ++v) {
                variable.addBindValue(id);
                variable.addBindValue(v);
                variable.addBindValue(QStringLiteral("VAR_%1").arg(v));
                variable.addBindValue(QStringLiteral("value-%1-%2").arg(g).arg(v));
                if (!variable.exec())
                    return store::Database::queryError(variable, QStringLiteral("seeding variables"));
            }
        }
        return {};
    });
    if (!r.ok()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(r.error().message));
        std::abort();
    }
    QFile marker(doneMarker);
    if (!marker.open(QIODevice::WriteOnly))
        std::abort();
    return dir;
}

}  // namespace mlops::bench
