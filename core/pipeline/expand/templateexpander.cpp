#include "core/pipeline/expand/templateexpander.h"

#include "core/pipeline/expand/nodeexpander.h"
#include "core/pipeline/expand/templateloader.h"
#include "core/pipeline/expand/templatesyntaxchecker.h"
#include "core/pipeline/expression/expressiontext.h"
#include "core/pipeline/yaml/yamlparser.h"

#include <QSet>

namespace mlops::pipeline {

namespace {

// Template paths written literally somewhere in `node` (`template: x.yml`), with the node.
void collectTemplateReferences(const YamlNode &node, int depth, QList<YamlNode> &out)
{
    if (depth > YamlParser::kMaxDepth)
        return;
    for (const YamlNode &item : node.items())
        collectTemplateReferences(item, depth + 1, out);
    for (const YamlPair &entry : node.entries()) {
        if (entry.first.text() == QLatin1String("template") && entry.second.isScalar()
            && !ExpressionText::containsTemplateExpression(entry.second.text())) {
            out.append(entry.second);
            continue;
        }
        collectTemplateReferences(entry.second, depth + 1, out);
    }
}

// Syntax-only mode: check the entry and every template reachable through literal paths.
void checkSyntax(const TemplateFile &entry, TemplateLoader &loader, Diagnostics &diagnostics)
{
    QList<TemplateFile> pending{entry};
    QSet<QString> seen{entry.path};
    while (!pending.isEmpty()) {
        const TemplateFile file = pending.takeFirst();
        TemplateSyntaxChecker::check(file.root, diagnostics);
        QList<YamlNode> references;
        collectTemplateReferences(file.root, 0, references);
        for (const YamlNode &reference : references) {
            const auto loaded = loader.load(reference.text(), file, reference.pos(), diagnostics);
            if (loaded && !seen.contains(loaded->path)) {
                seen.insert(loaded->path);
                pending.append(*loaded);
            }
        }
    }
}

ExpandResult expand(const QString &entryFile, const std::optional<QString> &text, const ExpandOptions &options)
{
    ExpandResult result;
    TemplateLoader loader;
    loader.setRepositoryFolders(options.repositories);
    const auto entry = loader.loadEntry(entryFile, text, result.diagnostics);
    if (entry) {
        if (options.syntaxOnly) {
            checkSyntax(*entry, loader, result.diagnostics);
            if (!hasErrors(result.diagnostics))
                result.pipeline = entry->root;
        } else {
            NodeExpander expander(options, loader, result.diagnostics);
            result.pipeline = expander.expandPipeline(*entry);
        }
    }
    result.files = loader.files();
    return result;
}

}  // namespace

ExpandResult TemplateExpander::expandFile(const QString &entryFile, const ExpandOptions &options)
{
    return expand(entryFile, std::nullopt, options);
}

ExpandResult TemplateExpander::expandText(const QString &text, const QString &entryFile, const ExpandOptions &options)
{
    return expand(entryFile, text, options);
}

}  // namespace mlops::pipeline
