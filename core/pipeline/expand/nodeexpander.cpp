#include "core/pipeline/expand/nodeexpander.h"

#include "core/pipeline/expand/templatedirective.h"
#include "core/pipeline/expand/templatelimits.h"
#include "core/pipeline/expand/templateparameters.h"
#include "core/pipeline/expand/templatesyntaxchecker.h"
#include "core/pipeline/expression/expression.h"
#include "core/pipeline/expression/expressiontext.h"

namespace mlops::pipeline {

NodeExpander::NodeExpander(const ExpandOptions &options, TemplateLoader &loader, Diagnostics &diagnostics)
    : m_options(options), m_loader(loader), m_diagnostics(diagnostics)
{
}

bool NodeExpander::fail(const SourcePos &pos, const QString &message)
{
    Diagnostic d;
    d.message = message;
    d.file = pos.file.isEmpty() && !m_frames.isEmpty() ? m_frames.last().file.path : pos.file;
    d.line = pos.line;
    d.column = pos.column;
    m_diagnostics.append(d);
    m_failed = true;
    return false;
}

bool NodeExpander::countNode(const YamlNode &node, bool deep)
{
    ++m_nodes;
    if (node.isScalar())
        m_chars += node.text().size();
    if (deep) {
        for (const YamlNode &item : node.items())
            countNode(item, true);
        for (const YamlPair &entry : node.entries()) {
            m_chars += entry.first.text().size();
            countNode(entry.second, true);
        }
    }
    if (m_nodes > TemplateLimits::kMaxDocumentNodes || m_chars > TemplateLimits::kMaxDocumentChars) {
        if (m_failed)
            return false;
        return fail(node.pos(), QStringLiteral("The expanded pipeline exceeds the maximum document size (%1 nodes, %2 characters)")
                                    .arg(TemplateLimits::kMaxDocumentNodes)
                                    .arg(TemplateLimits::kMaxDocumentChars));
    }
    return true;
}

// ---- roles -----------------------------------------------------------------------------

NodeExpander::Role NodeExpander::childRole(const QString &key)
{
    if (key == QLatin1String("stages"))
        return Role::StageList;
    if (key == QLatin1String("jobs"))
        return Role::JobList;
    if (key == QLatin1String("steps"))
        return Role::StepList;
    if (key == QLatin1String("variables"))
        return Role::Variables;
    return Role::Any;
}

NodeExpander::Role NodeExpander::itemRole(Role listRole)
{
    switch (listRole) {
    case Role::StageList: return Role::Stage;
    case Role::JobList: return Role::Job;
    default: return Role::Any;
    }
}

bool NodeExpander::isListRole(Role role)
{
    return role == Role::StageList || role == Role::JobList || role == Role::StepList || role == Role::Variables;
}

QString NodeExpander::kindKey(Role listRole)
{
    switch (listRole) {
    case Role::StageList: return QStringLiteral("stages");
    case Role::JobList: return QStringLiteral("jobs");
    case Role::StepList: return QStringLiteral("steps");
    case Role::Variables: return QStringLiteral("variables");
    default: return QString();
    }
}

// ---- expressions -----------------------------------------------------------------------

std::optional<ExpressionValue> NodeExpander::evaluate(const QString &expression, const YamlNode &node, int offset)
{
    TemplateExpressionContext &context = m_frames.last().context;
    context.setVariables(variablesValue());
    const auto options = ExpressionParseOptions::forTemplate(context.namedValueNames().mid(2));
    auto result = Expression::evaluate(expression, options, context);
    if (!result) {
        const int column = qMax(1, result.error().column);
        fail(TemplateDirective::positionIn(node, offset + column - 1), result.error().toString());
        return std::nullopt;
    }
    return result.value();
}

const ExpressionResult<ExpressionText> &NodeExpander::parsedText(const QString &text, const QStringList &names)
{
    const QString key = names.join(QLatin1Char(',')) + QLatin1Char('\n') + text;
    auto it = m_parsedTexts.find(key);
    if (it == m_parsedTexts.end())
        it = m_parsedTexts.insert(key, ExpressionText::parse(text, ExpressionParseOptions::forTemplate(names.mid(2))));
    return *it;
}

std::optional<ExpressionValue> NodeExpander::evaluateText(const YamlNode &scalar)
{
    TemplateExpressionContext &context = m_frames.last().context;
    context.setVariables(variablesValue());
    const auto &parsed = parsedText(scalar.text(), context.namedValueNames());
    auto result = parsed ? parsed->evaluate(context) : ExpressionResult<ExpressionValue>(parsed.error());
    if (!result) {
        const int column = qMax(1, result.error().textColumn);
        fail(TemplateDirective::positionIn(scalar, column - 1), result.error().toString());
        return std::nullopt;
    }
    return result.value();
}

// ---- variables -------------------------------------------------------------------------

void NodeExpander::setVariable(const QString &name, const QString &value)
{
    m_variablesValue.reset();
    for (auto &variable : m_variables) {
        if (variable.first.compare(name, Qt::CaseInsensitive) == 0) {
            variable.second = value;
            return;
        }
    }
    m_variables.append({name, value});
}

ExpressionValue NodeExpander::variablesValue()
{
    if (!m_variablesValue) {
        QList<ExpressionValue::Member> members;
        members.reserve(m_variables.size());
        for (const auto &variable : m_variables)
            members.append({variable.first, ExpressionValue::string(variable.second)});
        m_variablesValue = ExpressionValue::object(members);
    }
    return *m_variablesValue;
}

void NodeExpander::registerVariables(const YamlNode &item)
{
    if (!item.isMapping())
        return;
    const auto name = item.value(u"name");
    if (name && name->isScalar() && !item.contains(u"template") && !item.contains(u"group")) {
        const auto value = item.value(u"value");
        setVariable(name->text(), value && value->isScalar() ? value->text() : QString());
    }
}

// ---- nodes -----------------------------------------------------------------------------

bool NodeExpander::expandNode(const YamlNode &node, Role role, YamlNode &out)
{
    if (m_failed)
        return false;
    if (!countNode(node, false))
        return false;
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        out = node;
        return true;
    case YamlNode::Kind::Scalar:
        if (!expandScalar(node, out))
            return false;
        if (role == Role::Variables && m_registerVariables && out.isMapping()) {
            for (const YamlPair &entry : out.entries())
                setVariable(entry.first.text(), entry.second.text());
        } else if (role == Role::Variables && m_registerVariables && out.isSequence()) {
            for (const YamlNode &item : out.items())
                registerVariables(item);
        }
        return true;
    case YamlNode::Kind::Sequence: {
        if (++m_depth > TemplateLimits::kMaxExpansionDepth)
            return fail(node.pos(), QStringLiteral("Template expansion is nested deeper than %1 levels").arg(TemplateLimits::kMaxExpansionDepth));
        QList<YamlNode> items;
        const bool ok = expandSequence(node, role, items);
        --m_depth;
        if (!ok)
            return false;
        out = YamlNode::sequence(std::move(items), node.pos());
        return true;
    }
    case YamlNode::Kind::Mapping: {
        if (++m_depth > TemplateLimits::kMaxExpansionDepth)
            return fail(node.pos(), QStringLiteral("Template expansion is nested deeper than %1 levels").arg(TemplateLimits::kMaxExpansionDepth));
        const bool ok = expandMapping(node, role, out);
        --m_depth;
        return ok;
    }
    }
    return false;
}

bool NodeExpander::expandScalar(const YamlNode &node, YamlNode &out)
{
    if (!ExpressionText::containsTemplateExpression(node.text())) {
        out = node;
        return true;
    }
    if (TemplateDirective::parse(node))
        return fail(node.pos(), QStringLiteral("The directive '%1' must be a mapping key followed by ':'")
                                    .arg(TemplateDirective::kindName(TemplateDirective::parse(node)->kind)));
    const auto value = evaluateText(node);
    if (!value)
        return false;
    out = m_bridge.toNode(*value, node.pos(), node.style());
    return countNode(out, !out.isScalar());
}

bool NodeExpander::expandMapping(const YamlNode &node, Role role, YamlNode &out)
{
    const bool scope = role == Role::Root || role == Role::Stage || role == Role::Job;
    const Variables savedVariables = m_variables;
    const bool savedRegister = m_registerVariables;
    std::optional<YamlNode> preVariables;
    if (scope) {
        const qsizetype index = node.indexOfKey(u"variables");
        if (index >= 0) {
            m_registerVariables = true;
            YamlNode expanded;
            const bool ok = expandNode(node.entries().at(index).second, Role::Variables, expanded);
            m_registerVariables = savedRegister;
            if (!ok)
                return false;
            preVariables = expanded;
        }
    }
    QList<YamlPair> entries;
    const bool ok = expandEntries(node, role, entries, preVariables);
    if (role == Role::Stage || role == Role::Job) {
        m_variables = savedVariables;
        m_variablesValue.reset();
    }
    if (!ok)
        return false;
    out = YamlNode::mapping(std::move(entries), node.pos());
    return true;
}

namespace {

void mergeEntry(QList<YamlPair> &entries, const YamlNode &key, const YamlNode &value)
{
    for (YamlPair &entry : entries) {
        if (entry.first.isScalar() && key.isScalar() && entry.first.text() == key.text()) {
            entry.second = value;
            return;
        }
    }
    entries.append({key, value});
}

}  // namespace

bool NodeExpander::expandEntries(const YamlNode &mapping, Role role, QList<YamlPair> &out,
                                 const std::optional<YamlNode> &preVariables)
{
    Chain chain;
    for (const YamlPair &entry : mapping.entries()) {
        if (m_failed)
            return false;
        const YamlNode &key = entry.first;
        if (TemplateDirective::parse(key)) {
            const bool ok = applyDirective(key, entry.second, chain, [&](const YamlNode &body) {
                if (body.isNull())
                    return true;
                if (body.isMapping())
                    return expandEntries(body, role, out, std::nullopt);
                if (ExpressionText::containsTemplateExpression(body.text())) {
                    YamlNode value;
                    if (!expandScalar(body, value))
                        return false;
                    if (value.isNull())
                        return true;
                    if (value.isMapping()) {
                        for (const YamlPair &inserted : value.entries())
                            mergeEntry(out, inserted.first, inserted.second);
                        return true;
                    }
                }
                return fail(body.pos(), QStringLiteral("Expected a mapping to insert, found %1").arg(YamlNode::kindName(body.kind())));
            });
            if (!ok)
                return false;
            continue;
        }
        chain = Chain{};
        YamlNode newKey = key;
        if (key.isScalar() && ExpressionText::containsTemplateExpression(key.text())) {
            const auto value = evaluateText(key);
            if (!value)
                return false;
            if (!value->isPrimitive())
                return fail(key.pos(), QStringLiteral("A mapping key must be a string, not %1").arg(ExpressionValue::kindName(value->kind())));
            newKey = YamlNode::scalar(YamlValueBridge::scalarText(*value), key.pos());
        }
        const QString name = newKey.text();
        if (role == Role::Root && name == QLatin1String("parameters") && m_frames.size() == 1) {
            out.append({newKey, entry.second});  // runtime parameter declarations are kept as written
            continue;
        }
        if ((role == Role::Root || role == Role::TemplateRoot) && name == QLatin1String("extends")) {
            if (!expandExtends(newKey, entry.second, out))
                return false;
            continue;
        }
        YamlNode value;
        const bool scope = role == Role::Root || role == Role::Stage || role == Role::Job;
        if (name == QLatin1String("variables") && preVariables) {
            value = *preVariables;
        } else if (name == QLatin1String("variables") && scope) {
            // Variables inserted by a directive of the scope mapping are still the scope's.
            const bool saved = m_registerVariables;
            m_registerVariables = true;
            const bool ok = expandNode(entry.second, Role::Variables, value);
            m_registerVariables = saved;
            if (!ok)
                return false;
        } else if (!expandNode(entry.second, childRole(name), value)) {
            return false;
        }
        mergeEntry(out, newKey, value);
        if (role == Role::Variables && m_registerVariables)
            setVariable(name, value.isScalar() ? value.text() : QString());
    }
    return !m_failed;
}

bool NodeExpander::expandSequenceBody(const YamlNode &body, Role role, QList<YamlNode> &out)
{
    if (body.isNull())
        return true;
    if (body.isSequence())
        return expandSequence(body, role, out);
    return expandSequence(YamlNode::sequence({body}, body.pos()), role, out);
}

bool NodeExpander::expandSequence(const YamlNode &node, Role role, QList<YamlNode> &out)
{
    Chain chain;
    const bool registering = role == Role::Variables && m_registerVariables;
    for (const YamlNode &item : node.items()) {
        if (m_failed)
            return false;
        // An item whose keys are all directives inserts items; an item mixing directives
        // with ordinary keys is one mapping item with conditional keys.
        bool directiveItem = item.isMapping() && !item.entries().isEmpty();
        for (const YamlPair &entry : item.entries())
            directiveItem = directiveItem && TemplateDirective::parse(entry.first).has_value();
        if (directiveItem) {
            for (const YamlPair &entry : item.entries()) {
                const bool ok = applyDirective(entry.first, entry.second, chain, [&](const YamlNode &body) {
                    return expandSequenceBody(body, role, out);
                });
                if (!ok)
                    return false;
            }
            continue;
        }
        chain = Chain{};
        if (isListRole(role) && item.isMapping() && item.contains(u"template")) {
            if (!expandTemplateReference(item, role, out))
                return false;
            continue;
        }
        if (item.isScalar() && ExpressionText::containsTemplateExpression(item.text())) {
            YamlNode value;
            if (!expandScalar(item, value))
                return false;
            const QList<YamlNode> inserted = value.isSequence() ? value.items()
                : value.isNull()                                  ? QList<YamlNode>()
                                                                  : QList<YamlNode>{value};
            for (const YamlNode &insertedItem : inserted) {
                // An inserted template reference (e.g. from an object parameter) is expanded here.
                if (isListRole(role) && insertedItem.isMapping() && insertedItem.contains(u"template")) {
                    if (!expandTemplateReference(insertedItem, role, out))
                        return false;
                    continue;
                }
                out.append(insertedItem);
                if (registering)
                    registerVariables(insertedItem);
            }
            continue;
        }
        YamlNode value;
        if (!expandNode(item, itemRole(role), value))
            return false;
        out.append(value);
        if (registering)
            registerVariables(value);
    }
    return !m_failed;
}

template <typename Body>
bool NodeExpander::applyDirective(const YamlNode &key, const YamlNode &value, Chain &chain, Body body)
{
    const auto directive = TemplateDirective::parse(key);
    if (!directive->error.isEmpty())
        return fail(key.pos(), directive->error);
    using Kind = TemplateDirective::Kind;
    switch (directive->kind) {
    case Kind::If:
    case Kind::ElseIf: {
        if (directive->kind == Kind::ElseIf && !chain.active)
            return fail(key.pos(), QStringLiteral("Unexpected 'elseif': it must directly follow an 'if' or 'elseif' at the same level"));
        if (directive->kind == Kind::If)
            chain = Chain{};
        chain.active = true;
        if (chain.taken)
            return true;
        const auto condition = evaluate(directive->expression, key, directive->expressionOffset);
        if (!condition)
            return false;
        if (!condition->toBoolean())
            return true;
        chain.taken = true;
        return body(value);
    }
    case Kind::Else: {
        if (!chain.active)
            return fail(key.pos(), QStringLiteral("Unexpected 'else': it must directly follow an 'if' or 'elseif' at the same level"));
        const bool taken = chain.taken;
        chain = Chain{};
        return taken ? true : body(value);
    }
    case Kind::Insert:
        chain = Chain{};
        return body(value);
    case Kind::Each: {
        chain = Chain{};
        const auto collection = evaluate(directive->expression, key, directive->expressionOffset);
        if (!collection)
            return false;
        if (collection->isNull())
            return true;
        if (collection->isArray()) {
            for (const ExpressionValue &element : collection->arrayItems()) {
                m_frames.last().context.pushLoopVariable(directive->variable, element);
                const bool ok = body(value);
                m_frames.last().context.popLoopVariable();
                if (!ok)
                    return false;
            }
            return true;
        }
        if (collection->isObject()) {
            for (const ExpressionValue::Member &member : collection->objectMembers()) {
                const ExpressionValue pair = ExpressionValue::object(
                    {{QStringLiteral("key"), ExpressionValue::string(member.first)}, {QStringLiteral("value"), member.second}});
                m_frames.last().context.pushLoopVariable(directive->variable, pair);
                const bool ok = body(value);
                m_frames.last().context.popLoopVariable();
                if (!ok)
                    return false;
            }
            return true;
        }
        return fail(TemplateDirective::positionIn(key, directive->expressionOffset),
                    QStringLiteral("'each' needs a sequence or a mapping, not %1").arg(ExpressionValue::kindName(collection->kind())));
    }
    }
    return false;
}

}  // namespace mlops::pipeline
