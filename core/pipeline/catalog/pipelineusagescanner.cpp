#include "core/pipeline/catalog/pipelineusagescanner.h"

#include "core/pipeline/yaml/yamlparser.h"

namespace mlops::pipeline {

namespace {

bool sameName(const QString &a, const QString &b) { return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0; }

// Walks the tree; `parentKey` is the mapping key under which `node` sits (for sequence
// items: the key of the sequence).
template <typename Visit>
void walk(const YamlNode &node, const QString &parentKey, int depth, const Visit &visit)
{
    if (depth > YamlParser::kMaxDepth)
        return;
    visit(node, parentKey);
    if (node.isSequence()) {
        for (const YamlNode &item : node.items())
            walk(item, parentKey, depth + 1, visit);
    } else if (node.isMapping()) {
        for (const YamlPair &pair : node.entries())
            walk(pair.second, pair.first.text(), depth + 1, visit);
    }
}

}  // namespace

QList<PipelineReference> PipelineUsageScanner::groupReferences(const YamlNode &root, const QString &groupName)
{
    QList<PipelineReference> out;
    walk(root, QString(), 0, [&](const YamlNode &node, const QString &parentKey) {
        if (parentKey != QLatin1String("variables") || !node.isMapping())
            return;
        const std::optional<YamlNode> group = node.value(u"group");
        if (group && group->isScalar() && sameName(group->text(), groupName))
            out.append(PipelineReference{QStringLiteral("variable group"), group->pos()});
    });
    return out;
}

QList<PipelineReference> PipelineUsageScanner::valueReferences(const YamlNode &root, const QString &value)
{
    QList<PipelineReference> out;
    walk(root, QString(), 0, [&](const YamlNode &node, const QString &parentKey) {
        if (!node.isMapping())
            return;
        if (parentKey == QLatin1String("inputs")) {
            for (const YamlPair &pair : node.entries()) {
                if (pair.second.isScalar() && sameName(pair.second.text(), value))
                    out.append(PipelineReference{QStringLiteral("task input ") + pair.first.text(), pair.second.pos()});
            }
        } else if (parentKey == QLatin1String("variables")) {
            if (node.contains(u"name")) {  // list form item
                const std::optional<YamlNode> v = node.value(u"value");
                if (v && v->isScalar() && sameName(v->text(), value))
                    out.append(PipelineReference{QStringLiteral("variable ") + node.value(u"name")->text(), v->pos()});
            } else if (!node.contains(u"group") && !node.contains(u"template")) {  // mapping form
                for (const YamlPair &pair : node.entries()) {
                    if (pair.second.isScalar() && sameName(pair.second.text(), value))
                        out.append(PipelineReference{QStringLiteral("variable ") + pair.first.text(), pair.second.pos()});
                }
            }
        }
    });
    return out;
}

}  // namespace mlops::pipeline
