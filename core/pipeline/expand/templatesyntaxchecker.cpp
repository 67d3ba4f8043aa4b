#include "core/pipeline/expand/templatesyntaxchecker.h"

#include "core/pipeline/expand/templatedirective.h"
#include "core/pipeline/expression/expression.h"
#include "core/pipeline/expression/expressiontext.h"
#include "core/pipeline/yaml/yamlparser.h"

namespace mlops::pipeline {

namespace {

ExpressionParseOptions syntaxOptions()
{
    ExpressionParseOptions options;
    options.syntaxOnly = true;
    return options;
}

}  // namespace

bool TemplateSyntaxChecker::check(const YamlNode &root, Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    walk(root, false, 0, diagnostics);
    if (!root.isMapping()) {
        walkConditions(root, 0, diagnostics);
    } else {
        // The file's own `parameters:` are declarations (a legacy parameter may well be
        // called `condition`), not stages, jobs or steps.
        for (const YamlPair &entry : root.entries()) {
            if (entry.first.text() != QLatin1String("parameters"))
                walkConditions(entry.second, 1, diagnostics);
        }
    }
    return diagnostics.size() == before;
}

bool TemplateSyntaxChecker::checkConditions(const YamlNode &root, Diagnostics &diagnostics)
{
    const qsizetype before = diagnostics.size();
    walkConditions(root, 0, diagnostics);
    return diagnostics.size() == before;
}

void TemplateSyntaxChecker::walk(const YamlNode &node, bool isKey, int depth, Diagnostics &diagnostics)
{
    if (depth > YamlParser::kMaxDepth)
        return;
    if (node.isSequence()) {
        for (const YamlNode &item : node.items())
            walk(item, false, depth + 1, diagnostics);
        return;
    }
    if (node.isMapping()) {
        for (const YamlPair &entry : node.entries()) {
            walk(entry.first, true, depth + 1, diagnostics);
            walk(entry.second, false, depth + 1, diagnostics);
        }
        return;
    }
    if (!node.isScalar() || !ExpressionText::containsTemplateExpression(node.text()))
        return;
    const QString &text = node.text();
    if (const auto directive = TemplateDirective::parse(text)) {
        const QString name = TemplateDirective::kindName(directive->kind);
        if (!isKey) {
            diagnostics.append(diagnosticAt(node.pos(), QStringLiteral("The directive '%1' must be a mapping key followed by ':'")
                                                       .arg(name)));
            return;
        }
        if (!directive->error.isEmpty()) {
            diagnostics.append(diagnosticAt(node.pos(), directive->error));
            return;
        }
        if (!directive->expression.isEmpty()) {
            auto parsed = Expression::parse(directive->expression, syntaxOptions());
            if (!parsed) {
                const int column = qMax(1, parsed.error().column);
                diagnostics.append(diagnosticAt(TemplateDirective::positionIn(node, directive->expressionOffset + column - 1),
                                           parsed.error().toString()));
            }
        }
        return;
    }
    auto parsed = ExpressionText::parse(text, syntaxOptions());
    if (!parsed) {
        const int column = qMax(1, parsed.error().textColumn);
        diagnostics.append(diagnosticAt(TemplateDirective::positionIn(node, column - 1), parsed.error().toString()));
    }
}

void TemplateSyntaxChecker::walkConditions(const YamlNode &node, int depth, Diagnostics &diagnostics)
{
    if (depth > YamlParser::kMaxDepth)
        return;
    if (node.isSequence()) {
        for (const YamlNode &item : node.items())
            walkConditions(item, depth + 1, diagnostics);
        return;
    }
    if (!node.isMapping())
        return;
    for (const YamlPair &entry : node.entries()) {
        const QString &key = entry.first.text();
        if (key == QLatin1String("inputs") || key == QLatin1String("env") || key == QLatin1String("templateContext")
            || (key == QLatin1String("variables") && entry.second.isMapping()))
            continue;
        if (key == QLatin1String("condition") && entry.second.isScalar()
            && !ExpressionText::containsTemplateExpression(entry.second.text())) {
            if (entry.second.text().trimmed().isEmpty())
                continue;  // an empty condition means the default one
            auto parsed = Expression::parse(entry.second.text(), ExpressionParseOptions::forCondition());
            if (!parsed) {
                const int column = qMax(1, parsed.error().column);
                diagnostics.append(diagnosticAt(TemplateDirective::positionIn(entry.second, column - 1),
                                           parsed.error().toString()));
            }
            continue;
        }
        walkConditions(entry.second, depth + 1, diagnostics);
    }
}

}  // namespace mlops::pipeline
