#pragma once
// TriggerFixture: what the tests of pipeline completion triggers and pipeline resources
// share — a fresh workspace whose repository folder holds pipeline YAML files, each
// registered under its name, and completed runs made directly in the store (result,
// branch, stages, tags, variables, a `model` artifact) without running anything.

#include "core/common/result.h"
#include "core/pipeline/plan/plan.h"
#include "core/runs/runtypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace mlops::store {
class Workspace;
}

struct TriggerRunSpec {
    QString pipeline;
    mlops::runs::RunResult result = mlops::runs::RunResult::Succeeded;
    QString branch = QStringLiteral("refs/heads/main");
    QString reason;                                     // empty = manual
    QJsonObject variables;
    QMap<QString, mlops::runs::RunResult> stages;       // completed stage records
    QStringList tags;
    QByteArray artifact;  // content of the artifact `model` (model.json); empty = none
};

class TriggerFixture {
public:
    // `pipelines`: name → YAML; each written to <repo>/<lower-case name>.yml and registered.
    TriggerFixture(const QString &baseDirectory, const QMap<QString, QString> &pipelines);

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    std::shared_ptr<mlops::store::Workspace> workspace;
    QString repo;
    QMap<QString, qint64> ids;  // pipeline name → id

    // A run made, started and completed as `spec` says; 0 when the store refused it.
    qint64 completedRun(const TriggerRunSpec &spec) const;

    // A pipeline with one pipeline resource `alias` on `source` with `trigger:` text
    // (none when empty) and `steps` (default: one bash step).
    static QString consumer(const QString &alias, const QString &source, const QString &trigger, const QString &steps = {});
    // The value of input `name` of `step` (case-insensitive); empty when absent.
    static QString inputOf(const mlops::pipeline::PlanStep &step, const QString &name);

private:
    QString m_problem;
};
