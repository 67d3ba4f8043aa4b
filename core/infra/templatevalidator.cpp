#include "templatevalidator.h"

#include "jsonreader.h"
#include "parameterrules.h"
#include "resourceplanner.h"
#include "templatescope.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace mlops::infra {

namespace {

constexpr int kMaxParameters = 256;
constexpr int kMaxVariables = 256;
constexpr int kMaxOutputs = 64;

using Site = TemplateScope::Site;

const QStringList kTopLevel{QStringLiteral("$schema"),   QStringLiteral("contentVersion"), QStringLiteral("apiProfile"),
                            QStringLiteral("parameters"), QStringLiteral("variables"),     QStringLiteral("functions"),
                            QStringLiteral("resources"), QStringLiteral("outputs"),        QStringLiteral("metadata"),
                            QStringLiteral("languageVersion"), QStringLiteral("definitions")};
const QStringList kParameterKeys{QStringLiteral("type"),     QStringLiteral("defaultValue"), QStringLiteral("allowedValues"),
                                 QStringLiteral("metadata"), QStringLiteral("minValue"),     QStringLiteral("maxValue"),
                                 QStringLiteral("minLength"), QStringLiteral("maxLength")};
const QStringList kOutputKeys{QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("copy"),
                              QStringLiteral("condition"), QStringLiteral("metadata")};

const char *kSchemaHint = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

struct Schema {
    bool known = false;
    bool parametersFile = false;
    DeploymentContext::Scope scope = DeploymentContext::Scope::ResourceGroup;
};

Schema schemaOf(const QString &url)
{
    QString file = url.trimmed();
    if (file.endsWith(QLatin1Char('#')))
        file.chop(1);
    file = file.section(QLatin1Char('/'), -1).toLower();
    if (file == QLatin1String("deploymenttemplate.json"))
        return {true, false, DeploymentContext::Scope::ResourceGroup};
    if (file == QLatin1String("subscriptiondeploymenttemplate.json"))
        return {true, false, DeploymentContext::Scope::Subscription};
    if (file == QLatin1String("managementgroupdeploymenttemplate.json"))
        return {true, false, DeploymentContext::Scope::ManagementGroup};
    if (file == QLatin1String("tenantdeploymenttemplate.json"))
        return {true, false, DeploymentContext::Scope::Tenant};
    if (file == QLatin1String("deploymentparameters.json"))
        return {false, true, DeploymentContext::Scope::ResourceGroup};
    return {};
}

Diagnostic atKey(const JsonSource &source, const JsonNode &node, const QString &message,
                 Diagnostic::Severity severity = Diagnostic::Severity::Error)
{
    Diagnostic d = source.at(node, message, severity);
    if (node.keyLine > 0) {
        d.line = node.keyLine;
        d.column = node.keyColumn;
    }
    return d;
}

struct SuppliedEntry {
    QString name;
    TemplateScope::Supplied value;
};

struct Declared {
    QString name;
    QString path;
    const JsonNode *definition = nullptr;
    ParameterConstraints constraints;
};

// Reads one parameters file into `supplied` (by lower-case name; later files win).
void readParameterFile(const QString &path, const QHash<QString, QString> &declared,
                       std::vector<std::unique_ptr<JsonSource>> &files, QHash<QString, SuppliedEntry> &supplied, Diagnostics &sink)
{
    Diagnostic problem;
    Result<JsonSource> read = JsonReader::readFile(path, &problem);
    if (!read.ok()) {
        sink.append(problem);
        return;
    }
    files.push_back(std::make_unique<JsonSource>(std::move(read).value()));
    const JsonSource &file = *files.back();
    sink.append(file.warnings);
    const JsonNode &root = file.root;
    if (!root.isObject()) {
        sink.append(file.at(root, QStringLiteral("a parameters file is a JSON object")));
        return;
    }
    const JsonNode *parameters = &root;
    QString prefix;
    if (const JsonNode *schema = root.member(u"$schema"); schema || root.member(u"contentVersion")) {
        if (schema && schema->isString() && schemaOf(schema->string).known) {
            sink.append(file.at(*schema, QStringLiteral("$schema: this is a template, not a parameters file")));
            return;
        }
        parameters = root.member(u"parameters");
        prefix = QStringLiteral("parameters");
        if (!parameters || !parameters->isObject()) {
            sink.append(file.at(root, QStringLiteral("the parameters file has no \"parameters\" object")));
            return;
        }
    }
    for (const JsonNode &member : parameters->children) {
        const QString memberPath = TemplateScope::memberPath(prefix, member.key);
        if (member.key.startsWith(QLatin1Char('$')) && parameters == &root)
            continue;
        if (!declared.contains(member.key.toLower())) {
            QStringList names = declared.values();
            names.sort(Qt::CaseInsensitive);
            sink.append(atKey(file, member, QStringLiteral("%1: the template has no parameter '%2' (it has: %3)")
                                                .arg(memberPath, member.key, names.join(QStringLiteral(", ")))));
            continue;
        }
        TemplateScope::Supplied value;
        value.file = &file;
        if (const JsonNode *given = member.member(u"value")) {
            value.node = given;
            value.value = ArmValue::fromJson(given->toJson());
        } else if (const JsonNode *reference = member.member(u"reference")) {
            const JsonNode *vault = reference->member(u"keyVault");
            const JsonNode *id = vault ? vault->member(u"id") : nullptr;
            const JsonNode *secret = reference->member(u"secretName");
            if (!id || !id->isString() || !secret || !secret->isString()) {
                sink.append(file.at(*reference, QStringLiteral("%1.reference: a Key Vault reference has keyVault.id and secretName (strings)").arg(memberPath)));
                continue;
            }
            value.node = reference;
            value.value = ArmValue::symbolic(QStringLiteral("keyVaultSecret('%1', '%2')").arg(id->string, secret->string));
        } else {
            sink.append(atKey(file, member, QStringLiteral("%1: expected {\"value\": …} or a Key Vault {\"reference\": …}").arg(memberPath)));
            continue;
        }
        supplied.insert(member.key.toLower(), SuppliedEntry{declared.value(member.key.toLower()), value});
    }
}

// The constraints of a parameter declaration; problems reported.
bool readConstraints(const JsonSource &source, const JsonNode &definition, const QString &path, ParameterConstraints &out,
                     Diagnostics &sink)
{
    bool ok = true;
    for (const JsonNode &member : definition.children) {
        if (!kParameterKeys.contains(member.key, Qt::CaseInsensitive))
            sink.append(atKey(source, member, QStringLiteral("%1: unknown parameter property '%2' (known: %3)")
                                                  .arg(path, member.key, kParameterKeys.join(QStringLiteral(", "))),
                              Diagnostic::Severity::Warning));
    }
    const JsonNode *type = definition.member(u"type");
    if (!type) {
        sink.append(source.at(definition, QStringLiteral("%1: the parameter has no \"type\" (%2)")
                                              .arg(path, ParameterRules::types().join(QStringLiteral(", ")))));
        return false;
    }
    out.type = type->isString() ? ParameterRules::normalizedType(type->string) : QString();
    if (out.type.isEmpty()) {
        sink.append(source.at(*type, QStringLiteral("%1.type: '%2' is not a parameter type (%3)")
                                         .arg(path, type->isString() ? type->string : type->typeName(),
                                              ParameterRules::types().join(QStringLiteral(", ")))));
        ok = false;
    }
    if (const JsonNode *allowed = definition.member(u"allowedValues")) {
        if (!allowed->isArray() || allowed->children.empty()) {
            sink.append(source.at(*allowed, QStringLiteral("%1.allowedValues: a non-empty array of the values the parameter may take").arg(path)));
            ok = false;
        } else {
            out.allowedValues = ArmValue::fromJson(allowed->toJson()).array();
        }
    }
    const std::pair<const char16_t *, std::optional<qint64> *> limits[] = {
        {u"minValue", &out.minValue}, {u"maxValue", &out.maxValue}, {u"minLength", &out.minLength}, {u"maxLength", &out.maxLength}};
    for (const auto &[name, target] : limits) {
        const JsonNode *node = definition.member(QStringView(name));
        if (!node)
            continue;
        if (node->type != JsonNode::Type::Number || !node->isInteger) {
            sink.append(source.at(*node, QStringLiteral("%1.%2: an integer").arg(path, QStringView(name))));
            ok = false;
            continue;
        }
        *target = node->integer;
    }
    return ok;
}

ArmValue masked(const ArmValue &value, const QStringList &secrets)
{
    switch (value.kind()) {
    case ArmValue::Kind::String: {
        QString text = value.toString();
        for (const QString &secret : secrets)
            text.replace(secret, QStringLiteral("***"));
        return ArmValue::fromString(text);
    }
    case ArmValue::Kind::Array: {
        ArmArray items;
        for (const ArmValue &item : value.array())
            items.append(masked(item, secrets));
        return ArmValue::fromArray(std::move(items));
    }
    case ArmValue::Kind::Object: {
        ArmObject members;
        for (const ArmMember &member : value.object())
            members.append({member.first, masked(member.second, secrets)});
        return ArmValue::fromObject(std::move(members));
    }
    default:
        return value;
    }
}

class Validation {
public:
    Validation(const ValidationInput &input, ValidationReport &report) : m_input(input), m_report(report) {}

    void run();

private:
    bool checkTopLevel(const JsonSource &source, DeploymentContext &deployment, QString &contentVersion);
    void declareParameters(const JsonSource &source, TemplateScope &scope);
    void declareVariables(const JsonSource &source, TemplateScope &scope);
    void planOutputs(const JsonSource &source, TemplateScope &scope);
    void finish();

    const ValidationInput &m_input;
    ValidationReport &m_report;
    std::vector<std::unique_ptr<JsonSource>> m_parameterFiles;
};

void Validation::run()
{
    Diagnostic problem;
    Result<JsonSource> read = JsonReader::readFile(m_input.templateFile, &problem);
    if (!read.ok()) {
        m_report.diagnostics.append(problem);
        return;
    }
    const JsonSource &source = *read;
    m_report.diagnostics.append(source.warnings);
    DeploymentContext deployment = m_input.deployment;
    QString contentVersion;
    if (!checkTopLevel(source, deployment, contentVersion)) {
        finish();
        return;
    }
    m_report.deployment = deployment;
    TemplateScope scope(source, deployment, contentVersion, m_report.diagnostics);
    declareParameters(source, scope);
    declareVariables(source, scope);
    scope.resolveAll();

    const JsonNode *resources = source.root.member(u"resources");
    if (!resources) {
        m_report.diagnostics.append(source.at(source.root, QStringLiteral("the template has no \"resources\" array")));
    } else if (!resources->isArray()) {
        m_report.diagnostics.append(source.at(*resources, QStringLiteral("resources: an array of resources, not %1").arg(resources->typeName())));
    } else {
        ResourcePlanner(source, scope, m_report.diagnostics).plan(*resources, m_report);
    }
    planOutputs(source, scope);

    QStringList secrets;
    for (const TemplateScope::ParameterInfo &info : scope.parameterInfos()) {
        const bool secure = ParameterRules::isSecure(info.type);
        m_report.parameters.append(BoundParameter{info.name, info.type, info.source, info.value, secure});
        if (secure && info.value.isString() && !info.value.toString().isEmpty())
            secrets.append(info.value.toString());
    }
    if (!secrets.isEmpty()) {
        for (PlannedResource &r : m_report.resources)
            r.definition = masked(r.definition, secrets);
        for (PlannedResource &r : m_report.skipped)
            r.definition = masked(r.definition, secrets);
        for (PlannedOutput &o : m_report.outputs)
            o.value = masked(o.value, secrets);
    }
    finish();
}

bool Validation::checkTopLevel(const JsonSource &source, DeploymentContext &deployment, QString &contentVersion)
{
    Diagnostics &sink = m_report.diagnostics;
    const JsonNode &root = source.root;
    if (!root.isObject()) {
        sink.append(source.at(root, QStringLiteral("a template is a JSON object, not %1").arg(root.typeName())));
        return false;
    }
    for (const JsonNode &member : root.children) {
        if (!kTopLevel.contains(member.key, Qt::CaseInsensitive))
            sink.append(atKey(source, member, QStringLiteral("unknown template property '%1' (Azure refuses it; known: %2)")
                                                  .arg(member.key, kTopLevel.join(QStringLiteral(", ")))));
    }
    const JsonNode *schema = root.member(u"$schema");
    if (!schema) {
        sink.append(source.at(root, QStringLiteral("the template has no \"$schema\" (for a resource group: %1)").arg(QLatin1String(kSchemaHint))));
    } else {
        const Schema kind = schema->isString() ? schemaOf(schema->string) : Schema{};
        if (kind.parametersFile) {
            sink.append(source.at(*schema, QStringLiteral("$schema: this is a parameters file, not a template (give it with --parameters)")));
            return false;
        }
        if (!kind.known)
            sink.append(source.at(*schema, QStringLiteral("$schema: '%1' is not a deployment template schema (for a resource group: %2)")
                                               .arg(schema->isString() ? schema->string : schema->typeName(), QLatin1String(kSchemaHint))));
        deployment.scope = kind.scope;
    }
    static const QRegularExpression versionPattern(QStringLiteral("^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$"));
    const JsonNode *version = root.member(u"contentVersion");
    if (!version) {
        sink.append(source.at(root, QStringLiteral("the template has no \"contentVersion\" (such as \"1.0.0.0\")")));
    } else if (!version->isString() || !versionPattern.match(version->string).hasMatch()) {
        sink.append(source.at(*version, QStringLiteral("contentVersion: '%1' is not four numbers separated by dots (such as \"1.0.0.0\")")
                                            .arg(version->isString() ? version->string : version->typeName())));
    } else {
        contentVersion = version->string;
    }
    if (const JsonNode *language = root.member(u"languageVersion")) {
        sink.append(source.at(*language, QStringLiteral("languageVersion: '%1' templates (symbolic resource names) are not supported offline")
                                             .arg(language->isString() ? language->string : language->typeName())));
        return false;
    }
    if (const JsonNode *functions = root.member(u"functions"); functions && !functions->children.empty())
        sink.append(source.at(*functions, QStringLiteral("functions: user-defined functions are not evaluated offline; calls to them are reported"),
                              Diagnostic::Severity::Warning));
    return true;
}

void Validation::declareParameters(const JsonSource &source, TemplateScope &scope)
{
    Diagnostics &sink = m_report.diagnostics;
    QList<Declared> declared;
    QHash<QString, QString> names;  // lower → as declared
    if (const JsonNode *parameters = source.root.member(u"parameters")) {
        if (!parameters->isObject()) {
            sink.append(source.at(*parameters, QStringLiteral("parameters: an object of parameter declarations, not %1").arg(parameters->typeName())));
        } else {
            if (parameters->children.size() > size_t(kMaxParameters))
                sink.append(source.at(*parameters, QStringLiteral("parameters: more than the %1 parameters a template may have").arg(kMaxParameters)));
            for (const JsonNode &member : parameters->children) {
                const QString path = TemplateScope::memberPath(QStringLiteral("parameters"), member.key);
                if (parameters->member(member.key) != &member)
                    continue;  // a duplicate: the last one counts (warned by the reader)
                if (!member.isObject()) {
                    sink.append(source.at(member, QStringLiteral("%1: a parameter declaration is an object with a \"type\"").arg(path)));
                    continue;
                }
                Declared d{member.key, path, &member, {}};
                if (!readConstraints(source, member, path, d.constraints, sink))
                    continue;
                names.insert(member.key.toLower(), member.key);
                declared.append(d);
            }
        }
    }

    QHash<QString, SuppliedEntry> supplied;
    for (const QString &file : m_input.parameterFiles)
        readParameterFile(file, names, m_parameterFiles, supplied, sink);
    for (const auto &[name, text] : m_input.parameterOverrides) {
        if (!names.contains(name.toLower())) {
            QStringList known = names.values();
            known.sort(Qt::CaseInsensitive);
            Diagnostic d;
            d.message = QStringLiteral("--param %1: the template has no parameter '%1' (it has: %2)")
                            .arg(name, known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", ")));
            sink.append(d);
            continue;
        }
        TemplateScope::Supplied value;
        value.text = text;
        supplied.insert(name.toLower(), SuppliedEntry{names.value(name.toLower()), value});
    }
    for (const Declared &d : std::as_const(declared)) {
        std::optional<TemplateScope::Supplied> value;
        if (const auto it = supplied.constFind(d.name.toLower()); it != supplied.cend())
            value = it->value;
        scope.addParameter(d.name, d.path, *d.definition, d.constraints, value);
    }
}

void Validation::declareVariables(const JsonSource &source, TemplateScope &scope)
{
    Diagnostics &sink = m_report.diagnostics;
    const JsonNode *variables = source.root.member(u"variables");
    if (!variables)
        return;
    if (!variables->isObject()) {
        sink.append(source.at(*variables, QStringLiteral("variables: an object, not %1").arg(variables->typeName())));
        return;
    }
    if (variables->children.size() > size_t(kMaxVariables))
        sink.append(source.at(*variables, QStringLiteral("variables: more than the %1 variables a template may have").arg(kMaxVariables)));
    for (const JsonNode &member : variables->children) {
        if (variables->member(member.key) != &member)
            continue;
        const QString path = TemplateScope::memberPath(QStringLiteral("variables"), member.key);
        if (member.key.compare(QLatin1String("copy"), Qt::CaseInsensitive) == 0 && member.isArray()) {
            for (size_t i = 0; i < member.children.size(); ++i) {
                const JsonNode &loop = member.children.at(i);
                const JsonNode *name = loop.member(u"name");
                const QString loopPath = path + QStringLiteral("[%1]").arg(i);
                if (!name || !name->isString() || name->string.isEmpty()) {
                    sink.append(source.at(loop, QStringLiteral("%1: a variable copy loop needs a \"name\" (a string)").arg(loopPath)));
                    continue;
                }
                scope.addVariableLoop(name->string, loopPath, loop);
            }
            continue;
        }
        scope.addVariable(member.key, path, member);
    }
}

void Validation::planOutputs(const JsonSource &source, TemplateScope &scope)
{
    Diagnostics &sink = m_report.diagnostics;
    const JsonNode *outputs = source.root.member(u"outputs");
    if (!outputs)
        return;
    if (!outputs->isObject()) {
        sink.append(source.at(*outputs, QStringLiteral("outputs: an object, not %1").arg(outputs->typeName())));
        return;
    }
    if (outputs->children.size() > size_t(kMaxOutputs))
        sink.append(source.at(*outputs, QStringLiteral("outputs: more than the %1 outputs a template may have").arg(kMaxOutputs)));
    for (const JsonNode &member : outputs->children) {
        const QString path = TemplateScope::memberPath(QStringLiteral("outputs"), member.key);
        if (outputs->member(member.key) != &member)
            continue;
        if (!member.isObject()) {
            sink.append(source.at(member, QStringLiteral("%1: an output is an object with \"type\" and \"value\"").arg(path)));
            continue;
        }
        for (const JsonNode &key : member.children) {
            if (!kOutputKeys.contains(key.key, Qt::CaseInsensitive))
                sink.append(atKey(source, key, QStringLiteral("%1: unknown output property '%2' (known: %3)")
                                                   .arg(path, key.key, kOutputKeys.join(QStringLiteral(", ")))));
        }
        const JsonNode *type = member.member(u"type");
        const QString normalized = type && type->isString() ? ParameterRules::normalizedType(type->string) : QString();
        if (normalized.isEmpty()) {
            sink.append(type ? source.at(*type, QStringLiteral("%1.type: not an output type (%2)").arg(path, ParameterRules::types().join(QStringLiteral(", "))))
                             : source.at(member, QStringLiteral("%1: the output has no \"type\"").arg(path)));
            continue;
        }
        if (const JsonNode *condition = member.member(u"condition")) {
            ArmValue when;
            if (!scope.evaluate(*condition, TemplateScope::memberPath(path, QStringLiteral("condition")), Site::Condition, when))
                continue;
            if (when.isBool() && !when.toBool())
                continue;
        }
        const JsonNode *value = member.member(u"value");
        const JsonNode *copy = member.member(u"copy");
        if (!value && !copy) {
            sink.append(source.at(member, QStringLiteral("%1: the output has no \"value\"").arg(path)));
            continue;
        }
        ArmValue result;
        bool ok = false;
        if (value) {
            ok = scope.evaluate(*value, TemplateScope::memberPath(path, QStringLiteral("value")), Site::Output, result);
        } else {
            // An output copy loop: {count, input} makes an array.
            const JsonNode *count = copy->member(u"count");
            const JsonNode *input = copy->member(u"input");
            ArmValue n;
            if (!count || !input) {
                sink.append(source.at(*copy, QStringLiteral("%1.copy: an output copy loop has \"count\" and \"input\"").arg(path)));
                continue;
            }
            if (!scope.evaluate(*count, path + QStringLiteral(".copy.count"), Site::CopyCount, n))
                continue;
            if (!n.isInteger() || n.toInteger() < 0 || n.toInteger() > 800) {
                sink.append(source.at(*count, QStringLiteral("%1.copy.count: an integer from 0 to 800").arg(path)));
                continue;
            }
            ArmArray items;
            ok = true;
            for (qint64 i = 0; i < n.toInteger() && ok; ++i) {
                scope.pushCopy(member.key, i);
                ArmValue item;
                ok = scope.evaluate(*input, path + QStringLiteral(".copy.input"), Site::Output, item);
                scope.popCopy();
                items.append(item);
            }
            result = ArmValue::fromArray(std::move(items));
        }
        if (!ok)
            continue;
        ParameterConstraints declaredType;
        declaredType.type = normalized;
        if (const QString problem = ParameterRules::check(declaredType, result); !problem.isEmpty()) {
            sink.append(source.at(value ? *value : *copy, QStringLiteral("%1: %2").arg(path, problem)));
            continue;
        }
        m_report.outputs.append(PlannedOutput{member.key, type->string,
                                              ParameterRules::isSecure(normalized) ? ArmValue::fromString(QStringLiteral("***")) : result});
    }
}

void Validation::finish()
{
    Diagnostics &d = m_report.diagnostics;
    const QString templateFile = m_input.templateFile;
    std::stable_sort(d.begin(), d.end(), [&](const Diagnostic &a, const Diagnostic &b) {
        const int ra = a.file == templateFile ? 0 : (a.file.isEmpty() ? 2 : 1);
        const int rb = b.file == templateFile ? 0 : (b.file.isEmpty() ? 2 : 1);
        if (ra != rb)
            return ra < rb;
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    Diagnostics unique;
    for (const Diagnostic &diagnostic : std::as_const(d)) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&](const Diagnostic &u) {
            return u.file == diagnostic.file && u.line == diagnostic.line && u.column == diagnostic.column
                   && u.message == diagnostic.message && u.severity == diagnostic.severity;
        });
        if (!seen)
            unique.append(diagnostic);
    }
    d = unique;
}

}  // namespace

ValidationReport TemplateValidator::validate(const ValidationInput &input)
{
    ValidationReport report;
    report.templateFile = input.templateFile;
    report.parameterFiles = input.parameterFiles;
    report.deployment = input.deployment;
    Validation(input, report).run();
    return report;
}

}  // namespace mlops::infra
