#pragma once
// One pipeline variable as the agent sees it during a job. Plain data.

#include <QString>

namespace mlops::agent {

struct Variable {
    QString name;        // as first declared (original case); lookups are case-insensitive
    QString value;
    bool isSecret = false;      // masked in logs, never exported to the environment
    bool isReadOnly = false;    // system (predefined) or `readonly: true` / isReadOnly=true
    bool preserveCase = false;  // environment name keeps the case (task.setvariable preserveCase)
};

}  // namespace mlops::agent
