#include "core/pipeline/expand/templateparameters.h"

#include "core/pipeline/schema/pipelineschema.h"
#include "core/pipeline/yaml/yamlparser.h"

#include <QHash>
#include <QSet>

namespace mlops::pipeline {

namespace {

// Types validated against a schema definition.
QString schemaDefinition(const QString &type)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("step"), QStringLiteral("step")},
        {QStringLiteral("steplist"), QStringLiteral("steps")},
        {QStringLiteral("job"), QStringLiteral("job")},
        {QStringLiteral("joblist"), QStringLiteral("jobs")},
        {QStringLiteral("deployment"), QStringLiteral("job")},
        {QStringLiteral("deploymentlist"), QStringLiteral("jobs")},
        {QStringLiteral("stage"), QStringLiteral("stage")},
        {QStringLiteral("stagelist"), QStringLiteral("stages")},
    };
    return map.value(type);
}

const QSet<QString> &objectTypes()
{
    static const QSet<QString> types{QStringLiteral("object"),      QStringLiteral("legacyobject"),
                                     QStringLiteral("container"),   QStringLiteral("containerlist"),
                                     QStringLiteral("environment"), QStringLiteral("filepath"),
                                     QStringLiteral("pool"),        QStringLiteral("securefile"),
                                     QStringLiteral("serviceconnection")};
    return types;
}

// A deployment job's `environment: name[.resource]` in its mapping form, as the service
// normalises typed deployment parameters (`parameters.job.environment.name`).
YamlNode normalizeDeployment(const YamlNode &job)
{
    const qsizetype index = job.indexOfKey(u"environment");
    if (!job.isMapping() || index < 0 || !job.entries().at(index).second.isScalar())
        return job;
    const YamlNode &environment = job.entries().at(index).second;
    const QString text = environment.text();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QList<YamlPair> fields{{YamlNode::scalar(QStringLiteral("name"), environment.pos()),
                            YamlNode::scalar(dot < 0 ? text : text.left(dot), environment.pos())}};
    if (dot >= 0) {
        fields.append({YamlNode::scalar(QStringLiteral("resourceName"), environment.pos()),
                       YamlNode::scalar(text.mid(dot + 1), environment.pos())});
    }
    QList<YamlPair> entries = job.entries();
    entries[index].second = YamlNode::mapping(fields, environment.pos());
    return YamlNode::mapping(entries, job.pos());
}

QString describe(const YamlNode &node)
{
    if (node.isScalar())
        return QLatin1Char('\'') + node.text() + QLatin1Char('\'');
    return YamlNode::kindName(node.kind());
}

}  // namespace

bool TemplateParameters::isKnownType(const QString &type)
{
    return type == QLatin1String("string") || type == QLatin1String("number") || type == QLatin1String("boolean")
        || type == QLatin1String("stringlist") || !schemaDefinition(type).isEmpty() || objectTypes().contains(type);
}

std::optional<ParameterDeclarations> TemplateParameters::parse(const std::optional<YamlNode> &node,
                                                               Diagnostics &diagnostics)
{
    ParameterDeclarations result;
    if (!node || node->isNull())
        return result;
    result.declared = true;
    if (node->isMapping()) {
        for (const YamlPair &entry : node->entries())
            result.items.append(ParameterDeclaration{entry.first.text(), QString(), QString(), entry.second,
                                                     std::nullopt, entry.first.pos()});
        return result;
    }
    if (!node->isSequence()) {
        diagnostics.append(diagnosticAt(node->pos(), QStringLiteral("'parameters' must be a sequence of declarations or a mapping, not %1")
                                                    .arg(describe(*node))));
        return std::nullopt;
    }
    result.typed = true;
    QSet<QString> seen;
    for (const YamlNode &item : node->items()) {
        if (!item.isMapping()) {
            diagnostics.append(diagnosticAt(item.pos(), QStringLiteral("A parameter declaration must be a mapping with 'name'")));
            return std::nullopt;
        }
        ParameterDeclaration decl;
        decl.pos = item.pos();
        decl.type = QStringLiteral("string");
        decl.typeSpelling = decl.type;
        for (const YamlPair &entry : item.entries()) {
            const QString key = entry.first.text();
            if (key == QLatin1String("name")) {
                decl.name = entry.second.text();
            } else if (key == QLatin1String("type")) {
                decl.type = entry.second.text().toLower();
                decl.typeSpelling = entry.second.text();
                if (!isKnownType(decl.type)) {
                    diagnostics.append(diagnosticAt(entry.second.pos(), QStringLiteral("Unknown parameter type '%1' of parameter '%2'")
                                                                       .arg(entry.second.text(), decl.name)));
                    return std::nullopt;
                }
            } else if (key == QLatin1String("default")) {
                decl.defaultValue = entry.second;
            } else if (key == QLatin1String("values")) {
                decl.values = entry.second;
            } else if (key != QLatin1String("displayName")) {
                diagnostics.append(diagnosticAt(entry.first.pos(), QStringLiteral("Unexpected value '%1' in a parameter declaration").arg(key)));
                return std::nullopt;
            }
        }
        if (decl.name.isEmpty()) {
            diagnostics.append(diagnosticAt(item.pos(), QStringLiteral("A parameter declaration needs a 'name'")));
            return std::nullopt;
        }
        if (seen.contains(decl.name.toLower())) {
            diagnostics.append(diagnosticAt(item.pos(), QStringLiteral("The parameter '%1' is declared twice").arg(decl.name)));
            return std::nullopt;
        }
        seen.insert(decl.name.toLower());
        result.items.append(decl);
    }
    return result;
}

std::optional<ExpressionValue> TemplateParameters::cast(const ParameterDeclaration &decl, const YamlNode &value,
                                                        YamlValueBridge &bridge, Diagnostics &diagnostics)
{
    const QString &type = decl.type;
    auto fail = [&](const SourcePos &pos, const QString &message) -> std::optional<ExpressionValue> {
        diagnostics.append(diagnosticAt(pos.isKnown() ? pos : decl.pos, message));
        return std::nullopt;
    };
    auto allowed = [&](const YamlNode &item) {
        if (!decl.values || !decl.values->isSequence())
            return true;
        for (const YamlNode &v : decl.values->items()) {
            if (v.isScalar() && v.text().compare(item.text(), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    auto allowedList = [&]() {
        QStringList names;
        if (decl.values) {
            for (const YamlNode &v : decl.values->items())
                names.append(v.text());
        }
        return names.join(QStringLiteral(", "));
    };
    if (type.isEmpty() || objectTypes().contains(type))
        return bridge.toValue(value);
    if (type == QLatin1String("string") || type == QLatin1String("number") || type == QLatin1String("boolean")) {
        if (!value.isScalar() && !value.isNull()) {
            return fail(value.pos(), QStringLiteral("The value of parameter '%1' must be a %2: %3 was not expected")
                                         .arg(decl.name, decl.typeSpelling, YamlNode::kindName(value.kind())));
        }
        if (!allowed(value)) {
            return fail(value.pos(), QStringLiteral("The '%1' parameter value '%2' is not a valid value. Allowed values: %3")
                                         .arg(decl.name, value.text(), allowedList()));
        }
        if (type == QLatin1String("string"))
            return ExpressionValue::string(value.text());
        if (type == QLatin1String("number")) {
            const auto number = ExpressionValue::parseNumber(value.text());
            if (!number)
                return fail(value.pos(), QStringLiteral("The '%1' parameter value '%2' is not a valid number").arg(decl.name, value.text()));
            return ExpressionValue::number(*number);
        }
        const QString text = value.text().trimmed().toLower();
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            return fail(value.pos(), QStringLiteral("The '%1' parameter value '%2' is not a valid boolean (true or false)").arg(decl.name, value.text()));
        return ExpressionValue::boolean(text == QLatin1String("true"));
    }
    if (type == QLatin1String("stringlist")) {
        if (value.isNull())
            return ExpressionValue::array({});
        if (value.isScalar())
            return fail(value.pos(), QStringLiteral("The value of parameter '%1' must be a sequence of strings").arg(decl.name));
        if (!value.isSequence())
            return fail(value.pos(), QStringLiteral("The value of parameter '%1' must be a sequence of strings: a mapping was not expected").arg(decl.name));
        QList<ExpressionValue> items;
        for (const YamlNode &item : value.items()) {
            if (!item.isScalar())
                return fail(item.pos(), QStringLiteral("The value of parameter '%1' must be a sequence of strings").arg(decl.name));
            if (!allowed(item)) {
                return fail(item.pos(), QStringLiteral("The '%1' parameter value '%2' is not a valid value. Allowed values: %3")
                                            .arg(decl.name, item.text(), allowedList()));
            }
            items.append(ExpressionValue::string(item.text()));
        }
        return ExpressionValue::array(items);
    }
    const QString definition = schemaDefinition(type);
    const auto schema = PipelineSchema::instance();
    if (!schema)
        return fail(value.pos(), schema.error().message);
    const Diagnostics problems = (*schema)->validateDefinition(value, definition);
    for (const Diagnostic &problem : problems) {
        if (problem.severity != Diagnostic::Severity::Error)
            continue;
        Diagnostic d = problem;
        d.message = QStringLiteral("The value of parameter '%1' is not a valid %2: %3").arg(decl.name, decl.typeSpelling, problem.message);
        if (d.line <= 0) {
            d.file = value.pos().file;
            d.line = value.pos().line;
            d.column = value.pos().column;
        }
        diagnostics.append(d);
        return std::nullopt;
    }
    if (type == QLatin1String("deployment"))
        return bridge.toValue(normalizeDeployment(value));
    if (type == QLatin1String("deploymentlist") && value.isSequence()) {
        QList<YamlNode> jobs;
        for (const YamlNode &job : value.items())
            jobs.append(normalizeDeployment(job));
        return bridge.toValue(YamlNode::sequence(jobs, value.pos()));
    }
    return bridge.toValue(value);
}

std::optional<ExpressionValue> TemplateParameters::bind(const ParameterDeclarations &declarations, const YamlNode &passed,
                                                        const SourcePos &referencePos, YamlValueBridge &bridge,
                                                        Diagnostics &diagnostics)
{
    if (!passed.isNull() && !passed.isMapping()) {
        diagnostics.append(diagnosticAt(passed.pos(), QStringLiteral("Template parameters must be a mapping, not %1").arg(describe(passed))));
        return std::nullopt;
    }
    QList<ExpressionValue::Member> members;
    QSet<QString> declaredNames;
    for (const ParameterDeclaration &decl : declarations.items)
        declaredNames.insert(decl.name.toLower());
    QList<ExpressionValue::Member> extra;
    for (const YamlPair &entry : passed.entries()) {
        if (declaredNames.contains(entry.first.text().toLower()))
            continue;
        if (declarations.typed) {
            diagnostics.append(diagnosticAt(entry.first.pos(), QStringLiteral("Unexpected parameter '%1'").arg(entry.first.text())));
            return std::nullopt;
        }
        extra.append({entry.first.text(), bridge.toValue(entry.second)});
    }
    for (const ParameterDeclaration &decl : declarations.items) {
        declaredNames.insert(decl.name.toLower());
        std::optional<YamlNode> value;
        for (const YamlPair &entry : passed.entries()) {
            if (entry.first.text().compare(decl.name, Qt::CaseInsensitive) == 0)
                value = entry.second;
        }
        if (!declarations.typed) {
            if (!value)
                value = decl.defaultValue.value_or(YamlNode());
            members.append({decl.name, bridge.toValue(*value)});
            continue;
        }
        if (!value) {
            if (!decl.defaultValue) {
                diagnostics.append(diagnosticAt(referencePos, QStringLiteral("A value for the '%1' parameter must be provided.").arg(decl.name)));
                return std::nullopt;
            }
            if (decl.type == QLatin1String("string") && !decl.defaultValue->isScalar() && !decl.defaultValue->isNull()) {
                diagnostics.append(diagnosticAt(decl.defaultValue->pos(), QStringLiteral("The default of string parameter '%1': %2 was not expected")
                                                                         .arg(decl.name, YamlNode::kindName(decl.defaultValue->kind()))));
                return std::nullopt;
            }
            value = decl.defaultValue;
        }
        const auto cast = TemplateParameters::cast(decl, *value, bridge, diagnostics);
        if (!cast)
            return std::nullopt;
        members.append({decl.name, *cast});
    }
    members += extra;
    return ExpressionValue::object(members);
}

std::optional<YamlNode> TemplateParameters::fromText(const ParameterDeclaration &declaration, const QString &text,
                                                     Diagnostics &diagnostics)
{
    const QString &type = declaration.type;
    if (type.isEmpty() || type == QLatin1String("string") || type == QLatin1String("number")
        || type == QLatin1String("boolean"))
        return YamlNode::scalar(text, SourcePos{}, YamlNode::Style::DoubleQuoted);
    YamlParseResult parsed = YamlParser::parse(text.toUtf8(), QStringLiteral("<parameter %1>").arg(declaration.name));
    if (!parsed.ok()) {
        for (Diagnostic d : parsed.diagnostics) {
            d.message = QStringLiteral("The value of parameter '%1' is not valid YAML: %2").arg(declaration.name, d.message);
            diagnostics.append(d);
        }
        return std::nullopt;
    }
    return parsed.root;
}

}  // namespace mlops::pipeline
