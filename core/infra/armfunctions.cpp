#include "armfunctions.h"

#include "armcollectionfunctions.h"
#include "armlogicfunctions.h"
#include "armresourcefunctions.h"
#include "armstringfunctions.h"

#include <QHash>

#include <algorithm>

namespace mlops::infra {

namespace {

struct Table {
    QList<ArmFunction> functions;
    QHash<QString, qsizetype> byLowerName;
    ArmFunction list = ArmResourceFunctions::listFunction();

    Table()
    {
        functions += ArmLogicFunctions::functions();
        functions += ArmStringFunctions::functions();
        functions += ArmCollectionFunctions::functions();
        functions += ArmResourceFunctions::functions();
        for (qsizetype i = 0; i < functions.size(); ++i)
            byLowerName.insert(functions.at(i).name.toLower(), i);
    }
};

const Table &table()
{
    static const Table instance;
    return instance;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

}  // namespace

const ArmFunction *ArmFunctions::find(const QString &name)
{
    const Table &t = table();
    const QString lower = name.toLower();
    const auto it = t.byLowerName.constFind(lower);
    if (it != t.byLowerName.cend())
        return &t.functions.at(*it);
    if (lower.size() > 4 && lower.startsWith(QLatin1String("list")) && !lower.contains(QLatin1Char('.')))
        return &t.list;
    return nullptr;
}

QStringList ArmFunctions::names()
{
    QStringList out;
    for (const ArmFunction &f : table().functions)
        out.append(f.name);
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

QString ArmFunctions::suggestion(const QString &unknown)
{
    const QString lower = unknown.toLower();
    QString best;
    int bestDistance = 3;  // at most two edits away
    for (const ArmFunction &f : table().functions) {
        const int d = editDistance(lower, f.name.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = f.name;
        }
    }
    return best;
}

}  // namespace mlops::infra
