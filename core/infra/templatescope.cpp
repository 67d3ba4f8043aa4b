#include "templatescope.h"

#include "armevaluator.h"
#include "armexpression.h"

#include <QRegularExpression>

namespace mlops::infra {

namespace {

constexpr qint64 kMaxCopyCount = 800;  // ARM's limit for one copy loop

Diagnostic atKey(const JsonSource &source, const JsonNode &node, const QString &message)
{
    Diagnostic d = source.at(node, message);
    if (node.keyLine > 0) {
        d.line = node.keyLine;
        d.column = node.keyColumn;
    }
    return d;
}

// The members of an object that count: for duplicate names (without case), the last.
std::vector<const JsonNode *> effectiveMembers(const JsonNode &object)
{
    std::vector<const JsonNode *> out;
    for (const JsonNode &member : object.children) {
        if (object.member(member.key) == &member)
            out.push_back(&member);
    }
    return out;
}

QString namesOf(const QStringList &names)
{
    if (names.isEmpty())
        return QStringLiteral("it has none");
    return QStringLiteral("it has: ") + names.join(QStringLiteral(", "));
}

}  // namespace

TemplateScope::TemplateScope(const JsonSource &source, DeploymentContext deployment, QString contentVersion, Diagnostics &sink)
    : m_source(source), m_deployment(std::move(deployment)), m_contentVersion(std::move(contentVersion)), m_sink(sink)
{
}

QString TemplateScope::memberPath(const QString &parent, const QString &key)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$-]*$"));
    const QString part = name.match(key).hasMatch() ? key : QStringLiteral("['%1']").arg(key);
    if (parent.isEmpty())
        return part;
    if (part.startsWith(QLatin1Char('[')))
        return parent + part;
    return parent + QLatin1Char('.') + part;
}

void TemplateScope::addParameter(const QString &name, const QString &path, const JsonNode &definition,
                                 ParameterConstraints constraints, std::optional<Supplied> supplied)
{
    Parameter p;
    p.name = name;
    p.path = path;
    p.definition = &definition;
    p.constraints = std::move(constraints);
    p.supplied = std::move(supplied);
    m_parameterIndex.insert(name.toLower(), m_parameters.size());
    m_parameters.append(std::move(p));
}

void TemplateScope::addVariable(const QString &name, const QString &path, const JsonNode &value)
{
    Variable v;
    v.name = name;
    v.path = path;
    v.node = &value;
    m_variableIndex.insert(name.toLower(), m_variables.size());
    m_variables.append(std::move(v));
}

void TemplateScope::addVariableLoop(const QString &name, const QString &path, const JsonNode &loop)
{
    addVariable(name, path, loop);
    m_variables.last().loop = true;
}

void TemplateScope::resolveAll()
{
    for (qsizetype i = 0; i < m_parameters.size(); ++i)
        resolveParameter(m_parameters[i]);
    for (qsizetype i = 0; i < m_variables.size(); ++i)
        resolveVariable(m_variables[i]);
}

QList<TemplateScope::ParameterInfo> TemplateScope::parameterInfos() const
{
    QList<ParameterInfo> out;
    for (const Parameter &p : m_parameters)
        out.append(ParameterInfo{p.name, p.constraints.type, p.source, p.value, p.state == State::Resolved});
    return out;
}

void TemplateScope::report(const Diagnostic &diagnostic) { m_sink.append(diagnostic); }

bool TemplateScope::resolveParameter(Parameter &p)
{
    if (p.state == State::Resolved)
        return true;
    if (p.state == State::Failed)
        return false;
    if (p.state == State::Resolving) {
        report(atKey(m_source, *p.definition,
                     QStringLiteral("%1: circular reference between default values: %2 → %3")
                         .arg(p.path, m_resolving.join(QStringLiteral(" → ")), QStringLiteral("parameters('%1')").arg(p.name))));
        p.state = State::Failed;
        return false;
    }
    p.state = State::Resolving;
    m_resolving.append(QStringLiteral("parameters('%1')").arg(p.name));
    const auto finish = [&](bool ok) {
        m_resolving.removeLast();
        if (p.state == State::Resolving)
            p.state = ok ? State::Resolved : State::Failed;
        return p.state == State::Resolved;
    };

    // Where a problem with the value is reported.
    Diagnostic where;
    if (p.supplied) {
        const QString given = ParameterRules::isSecure(p.constraints.type) ? QStringLiteral("…") : p.supplied->text.value_or(QString());
        if (p.supplied->text) {
            Result<ArmValue> read = ParameterRules::fromText(p.constraints.type, *p.supplied->text);
            where.message = QStringLiteral("--param %1=%2").arg(p.name, given);
            if (!read.ok()) {
                where.message += QStringLiteral(": ") + read.error().message;
                report(where);
                return finish(false);
            }
            p.value = *read;
            p.source = QStringLiteral("command line");
        } else {
            p.value = p.supplied->value;
            p.source = QStringLiteral("parameters file");
            where = p.supplied->file->at(*p.supplied->node, QStringLiteral("parameters.%1.value").arg(p.name));
        }
    } else if (const JsonNode *defaultValue = p.definition->member(u"defaultValue")) {
        const QList<CopyFrame> copies = std::exchange(m_copies, {});
        const QString path = memberPath(p.path, QStringLiteral("defaultValue"));
        const bool ok = evaluate(*defaultValue, path, Site::ParameterDefault, p.value);
        m_copies = copies;
        if (!ok)
            return finish(false);
        p.source = QStringLiteral("default");
        where = m_source.at(*defaultValue, path);
    } else {
        report(atKey(m_source, *p.definition,
                     QStringLiteral("%1: the parameter '%2' has no value: it has no defaultValue, so give one in a parameters "
                                    "file or with --param %2=VALUE")
                         .arg(p.path, p.name)));
        return finish(false);
    }

    const QString problem = ParameterRules::check(p.constraints, p.value);
    if (!problem.isEmpty()) {
        where.message += QStringLiteral(": the parameter '%1': %2").arg(p.name, problem);
        report(where);
        return finish(false);
    }
    return finish(true);
}

bool TemplateScope::resolveVariable(Variable &v)
{
    if (v.state == State::Resolved)
        return true;
    if (v.state == State::Failed)
        return false;
    if (v.state == State::Resolving) {
        report(atKey(m_source, *v.node,
                     QStringLiteral("%1: circular reference: %2 → variables('%3')")
                         .arg(v.path, m_resolving.join(QStringLiteral(" → ")), v.name)));
        v.state = State::Failed;
        return false;
    }
    v.state = State::Resolving;
    m_resolving.append(QStringLiteral("variables('%1')").arg(v.name));
    const QList<CopyFrame> copies = std::exchange(m_copies, {});
    m_sites.append(Site::Variable);
    bool ok = false;
    if (v.loop) {
        QString loopName;
        ok = expandCopyLoop(*v.node, v.path, loopName, v.value);
    } else {
        ok = evaluateValue(*v.node, v.path, v.value);
    }
    m_sites.removeLast();
    m_copies = copies;
    m_resolving.removeLast();
    if (v.state == State::Resolving)
        v.state = ok ? State::Resolved : State::Failed;
    return v.state == State::Resolved;
}

Result<ArmValue> TemplateScope::parameter(const QString &name)
{
    const auto it = m_parameterIndex.constFind(name.toLower());
    if (it == m_parameterIndex.cend()) {
        QStringList names;
        for (const Parameter &p : m_parameters)
            names.append(p.name);
        return makeError(ErrorCode::NotFound, QStringLiteral("the template has no parameter '%1' (%2)").arg(name, namesOf(names)));
    }
    Parameter &p = m_parameters[*it];
    if (!resolveParameter(p))
        return makeError(ErrorCode::Conflict, QString());  // reported where the parameter is
    return p.value;
}

Result<ArmValue> TemplateScope::variable(const QString &name)
{
    const auto it = m_variableIndex.constFind(name.toLower());
    if (it == m_variableIndex.cend()) {
        QStringList names;
        for (const Variable &v : m_variables)
            names.append(v.name);
        return makeError(ErrorCode::NotFound, QStringLiteral("the template has no variable '%1' (%2)").arg(name, namesOf(names)));
    }
    Variable &v = m_variables[*it];
    if (!resolveVariable(v))
        return makeError(ErrorCode::Conflict, QString());  // reported where the variable is
    return v.value;
}

Result<qint64> TemplateScope::copyIndex(const QString &loopName)
{
    if (m_copies.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("copyIndex() can only be used inside a copy loop"));
    if (loopName.isEmpty())
        return m_copies.constLast().index;
    for (auto it = m_copies.crbegin(); it != m_copies.crend(); ++it) {
        if (it->name.compare(loopName, Qt::CaseInsensitive) == 0)
            return it->index;
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("there is no copy loop named '%1' around this expression").arg(loopName));
}

QString TemplateScope::siteName() const
{
    switch (m_sites.isEmpty() ? Site::Body : m_sites.constLast()) {
    case Site::ParameterDefault:
        return QStringLiteral("a parameter's defaultValue");
    case Site::Variable:
        return QStringLiteral("a variable");
    case Site::CopyCount:
        return QStringLiteral("a copy loop's count");
    case Site::Condition:
        return QStringLiteral("a condition");
    case Site::Header:
        return QStringLiteral("a resource's type, apiVersion, name, location or dependsOn");
    case Site::Body:
        return QStringLiteral("a resource");
    case Site::Output:
        return QStringLiteral("an output");
    }
    return {};
}

Result<void> TemplateScope::allow(Restricted what, const QString &function)
{
    const Site site = m_sites.isEmpty() ? Site::Body : m_sites.constLast();
    switch (what) {
    case Restricted::Reference:
        if (site == Site::Body || site == Site::Output)
            return {};
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1() cannot be used in %2: its value is known only during the deployment "
                                        "(use it in a resource's properties or in outputs)")
                             .arg(function, siteName()));
    case Restricted::Variables:
        if (site != Site::ParameterDefault)
            return {};
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1() cannot be used in a parameter's defaultValue").arg(function));
    case Restricted::NonDeterministic:
        if (site == Site::ParameterDefault)
            return {};
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1() can only be used in a parameter's defaultValue, not in %2").arg(function, siteName()));
    case Restricted::Parameters:
        return {};
    }
    return {};
}

void TemplateScope::noteReference(const QString &resourceNameOrId) { m_references.append(resourceNameOrId); }

QStringList TemplateScope::takeReferences() { return std::exchange(m_references, {}); }

void TemplateScope::pushCopy(const QString &loopName, qint64 index) { m_copies.append(CopyFrame{loopName, index}); }

void TemplateScope::popCopy()
{
    if (!m_copies.isEmpty())
        m_copies.removeLast();
}

bool TemplateScope::evaluate(const JsonNode &node, const QString &path, Site site, ArmValue &out)
{
    m_sites.append(site);
    const bool ok = evaluateValue(node, path, out);
    m_sites.removeLast();
    return ok;
}

bool TemplateScope::evaluateValue(const JsonNode &node, const QString &path, ArmValue &out)
{
    switch (node.type) {
    case JsonNode::Type::Null:
        out = ArmValue();
        return true;
    case JsonNode::Type::Bool:
        out = ArmValue::fromBool(node.boolean);
        return true;
    case JsonNode::Type::Number:
        out = node.isInteger ? ArmValue::fromInteger(node.integer) : ArmValue::fromNumber(node.number);
        return true;
    case JsonNode::Type::String: {
        ArmEvaluator evaluator(*this);
        ArmProblem problem;
        if (evaluator.evaluateString(node.string, out, problem))
            return true;
        if (!problem.message.isEmpty()) {  // empty: a parameter or variable already reported
            report(m_source.at(node, problem.offset,
                               QStringLiteral("%1: %2 (column %3 of the expression)").arg(path, problem.message).arg(problem.offset + 1)));
        }
        out = ArmValue();
        return false;
    }
    case JsonNode::Type::Array: {
        ArmArray items;
        bool ok = true;
        for (size_t i = 0; i < node.children.size(); ++i) {
            ArmValue item;
            ok = evaluateValue(node.children.at(i), path + QStringLiteral("[%1]").arg(i), item) && ok;
            items.append(item);
        }
        out = ArmValue::fromArray(std::move(items));
        return ok;
    }
    case JsonNode::Type::Object: {
        ArmObject members;
        bool ok = true;
        const Site site = m_sites.isEmpty() ? Site::Body : m_sites.constLast();
        for (const JsonNode *member : effectiveMembers(node)) {
            const QString memberPathText = memberPath(path, member->key);
            // Property copy loops: "copy": [{name, count, input}] makes one array member per loop.
            if ((site == Site::Body || site == Site::Variable) && member->key.compare(QLatin1String("copy"), Qt::CaseInsensitive) == 0
                && member->isArray()) {
                for (size_t i = 0; i < member->children.size(); ++i) {
                    QString loopName;
                    ArmValue loopValue;
                    if (expandCopyLoop(member->children.at(i), memberPathText + QStringLiteral("[%1]").arg(i), loopName, loopValue))
                        members.append({loopName, loopValue});
                    else
                        ok = false;
                }
                continue;
            }
            ArmValue value;
            ok = evaluateValue(*member, memberPathText, value) && ok;
            members.append({member->key, value});
        }
        out = ArmValue::fromObject(std::move(members));
        return ok;
    }
    }
    return false;
}

bool TemplateScope::expandCopyLoop(const JsonNode &loop, const QString &path, QString &name, ArmValue &out)
{
    if (!loop.isObject()) {
        report(m_source.at(loop, QStringLiteral("%1: a copy loop is an object with name, count and input").arg(path)));
        return false;
    }
    const JsonNode *nameNode = loop.member(u"name");
    const JsonNode *countNode = loop.member(u"count");
    const JsonNode *input = loop.member(u"input");
    if (!nameNode || !nameNode->isString() || nameNode->string.isEmpty()) {
        report(m_source.at(loop, QStringLiteral("%1: the copy loop needs a \"name\" (a string)").arg(path)));
        return false;
    }
    name = nameNode->string;
    if (!countNode || !input) {
        report(m_source.at(loop, QStringLiteral("%1: the copy loop '%2' needs \"count\" and \"input\"").arg(path, name)));
        return false;
    }
    ArmValue count;
    m_sites.append(Site::CopyCount);
    const bool countOk = evaluateValue(*countNode, memberPath(path, QStringLiteral("count")), count);
    m_sites.removeLast();
    if (!countOk)
        return false;
    if (!count.isInteger() || count.toInteger() < 0 || count.toInteger() > kMaxCopyCount) {
        report(m_source.at(*countNode, QStringLiteral("%1: the count of the copy loop '%2' must be an integer from 0 to %3, not %4")
                                           .arg(memberPath(path, QStringLiteral("count")), name)
                                           .arg(kMaxCopyCount)
                                           .arg(count.isInteger() ? QString::number(count.toInteger()) : count.typeName())));
        return false;
    }
    ArmArray items;
    bool ok = true;
    for (qint64 i = 0; i < count.toInteger() && ok; ++i) {
        pushCopy(name, i);
        ArmValue item;
        ok = evaluateValue(*input, memberPath(path, QStringLiteral("input")), item);
        popCopy();
        items.append(item);
    }
    out = ArmValue::fromArray(std::move(items));
    return ok;
}

}  // namespace mlops::infra
