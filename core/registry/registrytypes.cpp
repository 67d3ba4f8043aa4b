#include "registrytypes.h"

namespace mlops::registry {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::None: return QStringLiteral("None");
    case Stage::Staging: return QStringLiteral("Staging");
    case Stage::Production: return QStringLiteral("Production");
    case Stage::Archived: return QStringLiteral("Archived");
    }
    return QStringLiteral("None");
}

std::optional<Stage> parseStage(const QString &text)
{
    for (Stage stage : {Stage::None, Stage::Staging, Stage::Production, Stage::Archived}) {
        if (text.compare(stageName(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

}  // namespace mlops::registry
