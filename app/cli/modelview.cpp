#include "modelview.h"

#include "core/registry/registrytypes.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace mlops::cli {

using registry::ModelVersion;
using registry::RegisteredModel;

QString ModelView::number(double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); }

QJsonObject ModelView::metricsJson(const QMap<QString, double> &metrics)
{
    QJsonObject object;
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject ModelView::stringsJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString ModelView::joined(const QMap<QString, QString> &map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << (it.value().isEmpty() ? it.key() : it.key() + QLatin1Char('=') + it.value());
    return parts.join(QStringLiteral(", "));
}

QJsonObject ModelView::promotionJson(const registry::Promotion &p)
{
    return QJsonObject{{QStringLiteral("version"), p.version},
                       {QStringLiteral("action"), p.action},
                       {QStringLiteral("from"), registry::stageName(p.fromStage)},
                       {QStringLiteral("to"), registry::stageName(p.toStage)},
                       {QStringLiteral("comment"), p.comment},
                       {QStringLiteral("by"), p.by},
                       {QStringLiteral("at"), p.at.toString(Qt::ISODateWithMs)}};
}

QJsonObject ModelView::modelJson(const RegisteredModel &m)
{
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("name"), m.name},
                       {QStringLiteral("description"), m.description},
                       {QStringLiteral("tags"), stringsJson(m.tags)},
                       {QStringLiteral("latestVersion"), m.latestVersion},
                       {QStringLiteral("productionVersion"), m.productionVersion > 0 ? QJsonValue(m.productionVersion) : QJsonValue()},
                       {QStringLiteral("createdAt"), m.createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("createdBy"), m.createdBy},
                       {QStringLiteral("modifiedAt"), m.modifiedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("modifiedBy"), m.modifiedBy}};
}

QJsonObject ModelView::versionJson(const ModelVersion &v)
{
    QJsonArray files;
    for (const registry::ModelVersionFile &f : v.files)
        files.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("size"), f.size}, {QStringLiteral("sha256"), f.sha256}});
    const registry::Lineage &l = v.lineage;
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("name"), v.modelName},
                       {QStringLiteral("version"), v.version},
                       {QStringLiteral("stage"), registry::stageName(v.stage)},
                       {QStringLiteral("description"), v.description},
                       {QStringLiteral("tags"), stringsJson(v.tags)},
                       {QStringLiteral("properties"), stringsJson(v.properties)},
                       {QStringLiteral("metrics"), metricsJson(v.metrics)},
                       {QStringLiteral("files"), files},
                       {QStringLiteral("lineage"),
                        QJsonObject{{QStringLiteral("runId"), l.runId},
                                    {QStringLiteral("buildId"), l.buildId},
                                    {QStringLiteral("pipelineName"), l.pipelineName},
                                    {QStringLiteral("commit"), l.commit},
                                    {QStringLiteral("datasetName"), l.datasetName},
                                    {QStringLiteral("datasetVersion"), l.datasetVersion},
                                    {QStringLiteral("datasetSha256"), l.datasetSha256},
                                    {QStringLiteral("parameters"), l.parametersJson}}},
                       {QStringLiteral("createdAt"), v.createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("createdBy"), v.createdBy}};
}

}  // namespace mlops::cli
