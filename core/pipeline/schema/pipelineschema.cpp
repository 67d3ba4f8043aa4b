#include "core/pipeline/schema/pipelineschema.h"

#include "core/pipeline/schema/schemavalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <mutex>

namespace mlops::pipeline {

// Turns the JSON text into SchemaNodes owned by a PipelineSchema.
class SchemaCompiler {
public:
    explicit SchemaCompiler(PipelineSchema &schema) : m_schema(schema) {}

    Result<void> compile(const QJsonObject &root)
    {
        m_schema.m_version = root.value(QStringLiteral("$comment")).toString();
        const QJsonObject defs = root.value(QStringLiteral("definitions")).toObject();
        if (defs.isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The pipeline schema has no definitions"));
        // Create every definition first so that $ref can point at it.
        for (auto it = defs.begin(); it != defs.end(); ++it) {
            SchemaNode &node = m_schema.m_nodes.emplace_back();
            node.definition = it.key();
            m_defNodes.insert(it.key(), &node);
            m_schema.m_definitions.insert(it.key(), &node);
        }
        for (auto it = defs.begin(); it != defs.end(); ++it)
            fill(*m_defNodes.value(it.key()), it.value().toObject());
        if (!m_error.isEmpty())
            return makeError(ErrorCode::InvalidInput, m_error);
        return {};
    }

private:
    const SchemaNode *node(const QJsonValue &value)
    {
        SchemaNode &n = m_schema.m_nodes.emplace_back();
        fill(n, value.toObject());
        return &n;
    }

    static int typeBit(const QString &type)
    {
        if (type == QLatin1String("string"))
            return SchemaNode::String;
        if (type == QLatin1String("boolean"))
            return SchemaNode::Boolean;
        if (type == QLatin1String("integer") || type == QLatin1String("number"))
            return SchemaNode::Integer;
        if (type == QLatin1String("object"))
            return SchemaNode::Object;
        if (type == QLatin1String("array"))
            return SchemaNode::Array;
        return 0;
    }

    static QStringList strings(const QJsonValue &value)
    {
        QStringList out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array)
            out.append(v.isString() ? v.toString() : v.toVariant().toString());
        return out;
    }

    void fill(SchemaNode &n, const QJsonObject &o)
    {
        const QJsonValue type = o.value(QStringLiteral("type"));
        if (type.isString()) {
            n.types = typeBit(type.toString());
        } else if (type.isArray()) {
            const QStringList types = strings(type);
            for (const QString &t : types)
                n.types |= typeBit(t);
        }
        if (o.contains(QStringLiteral("$ref"))) {
            const QString ref = o.value(QStringLiteral("$ref")).toString();
            const QString prefix = QStringLiteral("#/definitions/");
            n.ref = ref.startsWith(prefix) ? m_defNodes.value(ref.mid(prefix.size())) : nullptr;
            if (!n.ref)
                m_error = QStringLiteral("The pipeline schema refers to an unknown definition '%1'").arg(ref);
        }
        n.enumValues = strings(o.value(QStringLiteral("enum")));
        const QString ignoreCase = o.value(QStringLiteral("ignoreCase")).toString();
        n.valueIgnoreCase = ignoreCase == QLatin1String("value") || ignoreCase == QLatin1String("all");
        n.keyIgnoreCase = ignoreCase == QLatin1String("key") || ignoreCase == QLatin1String("all");
        if (o.contains(QStringLiteral("pattern"))) {
            n.patternText = o.value(QStringLiteral("pattern")).toString();
            static const QRegularExpression literal(QStringLiteral("^\\^([-A-Za-z0-9_@. ]*)\\$$"));
            const QRegularExpressionMatch m = literal.match(n.patternText);
            if (m.hasMatch()) {
                n.literal = m.captured(1);
            } else {
                QRegularExpression re(n.patternText, n.valueIgnoreCase ? QRegularExpression::CaseInsensitiveOption
                                                                       : QRegularExpression::NoPatternOption);
                if (!re.isValid())
                    m_error = QStringLiteral("The pipeline schema has an invalid pattern '%1'").arg(n.patternText);
                n.pattern = re;
            }
        }
        n.aliases = strings(o.value(QStringLiteral("aliases")));
        n.deprecation = o.value(QStringLiteral("deprecationMessage")).toString();
        const QJsonObject props = o.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            n.properties.append(SchemaNode::Property{it.key(), node(it.value())});
        const QJsonObject patternProps = o.value(QStringLiteral("patternProperties")).toObject();
        for (auto it = patternProps.begin(); it != patternProps.end(); ++it)
            n.patternProperties.append(SchemaNode::PatternProperty{QRegularExpression(it.key()), node(it.value())});
        const QJsonValue additional = o.value(QStringLiteral("additionalProperties"));
        if (additional.isBool())
            n.additionalProperties = additional.toBool();
        n.required = strings(o.value(QStringLiteral("required")));
        n.firstProperty = strings(o.value(QStringLiteral("firstProperty")));
        n.minProperties = o.value(QStringLiteral("minProperties")).toInt(-1);
        if (o.value(QStringLiteral("items")).isObject())
            n.items = node(o.value(QStringLiteral("items")));
        for (const QString &key : {QStringLiteral("anyOf"), QStringLiteral("oneOf")}) {
            const QJsonArray alternatives = o.value(key).toArray();
            for (const QJsonValue &v : alternatives)
                n.anyOf.append(node(v));
        }
    }

    PipelineSchema &m_schema;
    QHash<QString, SchemaNode *> m_defNodes;
    QString m_error;
};

Result<PipelineSchema> PipelineSchema::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The pipeline schema is not a JSON object: %1").arg(error.errorString()));
    PipelineSchema schema;
    SchemaCompiler compiler(schema);
    if (Result<void> r = compiler.compile(doc.object()); !r)
        return r.error();
    return schema;
}

Result<const PipelineSchema *> PipelineSchema::instance()
{
    static std::once_flag once;
    static std::optional<Result<PipelineSchema>> loaded;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/mlops/pipeline/service-schema.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            loaded.emplace(makeError(ErrorCode::Internal,
                                     QStringLiteral("The bundled pipeline schema is missing: %1").arg(file.errorString())));
            return;
        }
        loaded.emplace(fromJson(file.readAll()));
    });
    if (!loaded->ok())
        return loaded->error();
    return &loaded->value();
}

Diagnostics PipelineSchema::validate(const YamlNode &root, Root kind, Options options) const
{
    QString definition;
    switch (kind) {
    case Root::Pipeline:
        if (root.isNull() || (root.isScalar() && root.text().isEmpty())) {
            Diagnostic d;
            d.message = QStringLiteral("The pipeline is empty: it needs one of 'stages', 'jobs', 'steps' or 'extends'");
            d.file = root.pos().file;
            d.line = root.pos().line;
            d.column = root.pos().column;
            return {d};
        }
        definition = QStringLiteral("pipeline");
        break;
    case Root::StagesTemplate: definition = QStringLiteral("stagesTemplate"); break;
    case Root::JobsTemplate: definition = QStringLiteral("jobsTemplate"); break;
    case Root::StepsTemplate: definition = QStringLiteral("stepsTemplate"); break;
    case Root::VariablesTemplate: definition = QStringLiteral("variablesTemplate"); break;
    case Root::ExtendsTemplate: definition = QStringLiteral("extendsTemplate"); break;
    }
    return validateDefinition(root, definition, options);
}

Diagnostics PipelineSchema::validateDefinition(const YamlNode &node, const QString &definition, Options options) const
{
    const SchemaNode *schema = m_definitions.value(definition);
    if (!schema) {
        Diagnostic d;
        d.message = QStringLiteral("The pipeline schema has no definition '%1'").arg(definition);
        return {d};
    }
    SchemaValidator validator(options.allowTemplateExpressions);
    return validator.validate(node, *schema);
}

}  // namespace mlops::pipeline
