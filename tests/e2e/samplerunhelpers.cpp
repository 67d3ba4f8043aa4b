#include "samplerunhelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

int queuedRun(const CliResult &result)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Run (\\d+) of ")).match(result.outText());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QJsonObject showRun(const CliRunner &cli, int id)
{
    return cli.run({QStringLiteral("run"), QStringLiteral("show"), QString::number(id), QStringLiteral("-o"),
                    QStringLiteral("json")})
        .object();
}

bool allRunsCompleted(const CliRunner &cli)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        const QJsonArray runs = cli.run({QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")}).array();
        bool busy = false;
        for (const QJsonValue &run : runs)
            busy = busy || run.toObject().value(QStringLiteral("state")).toString() != QLatin1String("completed");
        if (!busy)
            return true;
        QThread::msleep(200);
    }
    return false;
}
