#include "core/pipeline/compiler/pipelinecompiler.h"

#include "core/pipeline/expand/templateexpander.h"
#include "core/pipeline/plan/planbuilder.h"
#include "core/pipeline/schema/pipelineschema.h"
#include "core/pipeline/yaml/yamlparser.h"
#include "core/pipeline/yaml/yamlwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace mlops::pipeline {

namespace {

ExpandOptions expandOptions(const CompileOptions &options)
{
    ExpandOptions out;
    out.parameters = options.parameters;
    out.variables = options.variables;
    out.repositories = options.repositories;
    out.syntaxOnly = options.syntaxOnly;
    return out;
}

// Removes what only templates read (`templateContext` of stages and jobs, LANGUAGE.md
// §7.4) from the tree that becomes the expanded YAML.
YamlNode withoutTemplateContext(const YamlNode &node, int depth)
{
    if (depth > YamlParser::kMaxDepth)
        return node;
    if (node.isSequence()) {
        QList<YamlNode> items;
        items.reserve(node.items().size());
        for (const YamlNode &item : node.items())
            items.append(withoutTemplateContext(item, depth + 1));
        return YamlNode::sequence(items, node.pos());
    }
    if (!node.isMapping())
        return node;
    const bool isStageOrJob = node.contains(u"stage") || node.contains(u"job") || node.contains(u"deployment");
    QList<YamlPair> entries;
    entries.reserve(node.entries().size());
    for (const YamlPair &pair : node.entries()) {
        if (isStageOrJob && pair.first.isScalar() && pair.first.text() == QLatin1String("templateContext"))
            continue;
        entries.append({pair.first, withoutTemplateContext(pair.second, depth + 1)});
    }
    return YamlNode::mapping(entries, node.pos());
}

// Sorted by file (the entry file first), line and column; exact duplicates (the schema
// and the plan builder may both see one problem) are dropped.
Diagnostics sorted(Diagnostics diagnostics, const QString &entryFile)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &a, const Diagnostic &b) {
        const bool aEntry = a.file == entryFile;
        const bool bEntry = b.file == entryFile;
        if (aEntry != bEntry)
            return aEntry;
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    Diagnostics out;
    QSet<QString> seen;
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        const QString key = d.toString();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(d);
    }
    return out;
}

CompileResult finish(const ExpandResult &expanded, const QString &givenEntry, const CompileOptions &options)
{
    // Positions name files by absolute, clean paths; so do the plan and the sort.
    const QString entryFile = QDir::cleanPath(QFileInfo(givenEntry).absoluteFilePath());
    CompileResult result;
    Diagnostics diagnostics = expanded.diagnostics;
    if (!expanded.pipeline) {
        result.diagnostics = sorted(diagnostics, entryFile);
        return result;
    }
    const YamlNode root = *expanded.pipeline;
    result.expandedYaml = YamlWriter::write(withoutTemplateContext(root, 0));
    if (hasErrors(diagnostics)) {
        result.diagnostics = sorted(diagnostics, entryFile);
        return result;
    }

    Result<const PipelineSchema *> schema = PipelineSchema::instance();
    if (!schema.ok()) {
        Diagnostic d;
        d.message = QStringLiteral("the pipeline schema cannot be loaded: %1").arg(schema.error().message);
        diagnostics.append(d);
    } else {
        SchemaValidationOptions schemaOptions;
        schemaOptions.allowTemplateExpressions = options.syntaxOnly;
        diagnostics.append((*schema)->validate(root, PipelineSchema::Root::Pipeline, schemaOptions));
    }
    if (!options.syntaxOnly) {
        PlanBuildOptions planOptions;
        planOptions.variableGroupExists = options.variableGroupExists;
        planOptions.entryFile = entryFile;
        PlanBuildResult built = PlanBuilder::build(root, planOptions);
        diagnostics.append(built.diagnostics);
        if (!hasErrors(diagnostics))
            result.plan = std::move(built.plan);
    }
    result.diagnostics = sorted(diagnostics, entryFile);
    return result;
}

}  // namespace

CompileResult PipelineCompiler::compileFile(const QString &entryFile, const CompileOptions &options)
{
    return finish(TemplateExpander::expandFile(entryFile, expandOptions(options)), entryFile, options);
}

CompileResult PipelineCompiler::compileText(const QString &text, const QString &entryFile, const CompileOptions &options)
{
    return finish(TemplateExpander::expandText(text, entryFile, expandOptions(options)), entryFile, options);
}

}  // namespace mlops::pipeline
