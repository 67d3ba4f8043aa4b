#pragma once
// CompletionProvider: what to offer at a cursor position of a pipeline YAML text. Pure
// text analysis, no widgets: the key names of the pipeline schema at the cursor's level
// (root, stage, job, step – lists taken from service-schema.json's `pipeline`, `stage`,
// `job` and `step` definitions), task references after `task:` (`Bash@3`), the inputs of
// the step's task inside its `inputs:`, and parameter/variable names after `parameters.`
// / `variables.` inside `${{ }}` or `$[ ]`. Names in scope come from the last compiled
// Plan (setPlan) and from the text's own top-level `parameters:` / `variables:` blocks.
// Any thread; not shared between threads while set*() is called.

#include "core/pipeline/plan/plan.h"

#include <QStringList>

#include <optional>

namespace mlops::pipeline {
class TaskCatalog;
}

namespace mlops::ui {

struct Completion {
    enum class Kind { None, Key, TaskReference, TaskInput, Parameter, Variable };

    Kind kind = Kind::None;
    QString prefix;      // the text before the cursor that the completion replaces
    QStringList items;   // sorted, without duplicates
};

class CompletionProvider {
public:
    enum class Level { Root, Stage, Job, Step };

    // `catalog` may be nullptr (no task completion); it must outlive the provider.
    explicit CompletionProvider(const pipeline::TaskCatalog *catalog = nullptr);

    void setPlan(const std::optional<pipeline::Plan> &plan) { m_plan = plan; }

    // `position` is a character offset in `text`.
    Completion complete(const QString &text, int position) const;

    static QStringList keywords(Level level);

private:
    QStringList parameterNames(const QStringList &lines) const;
    QStringList variableNames(const QStringList &lines) const;

    const pipeline::TaskCatalog *m_catalog;
    std::optional<pipeline::Plan> m_plan;
};

}  // namespace mlops::ui
