#pragma once
// ModelView: how the CLI shows registry data — JSON objects (stable camelCase keys, the
// shape `mlops model … -o json` prints and the sample CI writes to model.json) and the
// small text helpers the tables use.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace mlops::registry {
struct ModelVersion;
struct Promotion;
struct RegisteredModel;
}  // namespace mlops::registry

namespace mlops::cli {

class ModelView {
public:
    static QJsonObject modelJson(const registry::RegisteredModel &model);
    static QJsonObject versionJson(const registry::ModelVersion &version);
    static QJsonObject promotionJson(const registry::Promotion &promotion);
    static QJsonObject metricsJson(const QMap<QString, double> &metrics);
    static QJsonObject stringsJson(const QMap<QString, QString> &map);
    // "k=v, k2" (a key with an empty value is shown alone).
    static QString joined(const QMap<QString, QString> &map);
    // The shortest text that reads back as the same double.
    static QString number(double value);
};

}  // namespace mlops::cli
