#include "core/pipeline/schema/schemavalidator.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace mlops::pipeline {

namespace {

const QString &taskNoun()
{
    static const QString noun = QStringLiteral("a task step");
    return noun;
}

QString nounForDefinition(const QString &definition)
{
    static const QHash<QString, QString> nouns = {
        {QStringLiteral("pipeline"), QStringLiteral("the pipeline")},
        {QStringLiteral("stage"), QStringLiteral("a stage")},
        {QStringLiteral("job"), QStringLiteral("a job")},
        {QStringLiteral("phase"), QStringLiteral("a phase")},
        {QStringLiteral("step"), QStringLiteral("a step")},
        {QStringLiteral("task"), taskNoun()},
        {QStringLiteral("variable"), QStringLiteral("a variable")},
        {QStringLiteral("pool"), QStringLiteral("a pool")},
        {QStringLiteral("repositoryResource"), QStringLiteral("a repository resource")},
        {QStringLiteral("containerResource"), QStringLiteral("a container resource")},
        {QStringLiteral("pipelineTemplateParameter"), QStringLiteral("a parameter")},
    };
    return nouns.value(definition);
}

int errorCount(const Diagnostics &list)
{
    int n = 0;
    for (const Diagnostic &d : list) {
        if (d.severity == Diagnostic::Severity::Error)
            ++n;
    }
    return n;
}

bool isDirective(const YamlNode &key) { return key.isScalar() && key.text().contains(QLatin1String("${{")); }

bool hasDirectiveKey(const YamlNode &map)
{
    for (const YamlPair &e : map.entries()) {
        if (isDirective(e.first))
            return true;
    }
    return false;
}

bool typeMatches(const YamlNode &y, int types)
{
    if (types == 0)
        return true;
    switch (y.kind()) {
    case YamlNode::Kind::Null: return (types & (SchemaNode::String | SchemaNode::Object | SchemaNode::Array)) != 0;
    case YamlNode::Kind::Scalar:
        return (types & SchemaNode::String) || ((types & SchemaNode::Boolean) && y.toBool().has_value())
            || ((types & SchemaNode::Integer) && y.toInt().has_value());
    case YamlNode::Kind::Mapping: return (types & SchemaNode::Object) != 0;
    case YamlNode::Kind::Sequence: return (types & SchemaNode::Array) != 0;
    }
    return false;
}

// The types a schema node can accept, looking through $ref and anyOf; 0 = any.
int effectiveTypes(const SchemaNode &s)
{
    if (s.types)
        return s.types;
    if (s.ref)
        return effectiveTypes(*s.ref);
    if (!s.anyOf.isEmpty()) {
        int all = 0;
        for (const SchemaNode *b : s.anyOf) {
            const int t = effectiveTypes(*b);
            if (t == 0)
                return 0;
            all |= t;
        }
        return all;
    }
    return 0;
}

QString typeWords(int types)
{
    QStringList words;
    if (types & SchemaNode::String)
        words << QStringLiteral("a string");
    if (types & SchemaNode::Boolean)
        words << QStringLiteral("a boolean (true/false, yes/no, on/off)");
    if (types & SchemaNode::Integer)
        words << QStringLiteral("an integer");
    if (types & SchemaNode::Object)
        words << QStringLiteral("a mapping");
    if (types & SchemaNode::Array)
        words << QStringLiteral("a sequence");
    return words.join(QStringLiteral(" or "));
}

QString subject(const QString &name) { return name.isEmpty() ? QStringLiteral("The document") : QLatin1Char('\'') + name + QLatin1Char('\''); }

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString describe(const YamlNode &y)
{
    if (y.isScalar())
        return QLatin1Char('\'') + y.text() + QLatin1Char('\'');
    return YamlNode::kindName(y.kind());
}

// The schema node (s or one it refers to) that declares a keyword.
const SchemaNode *withFirstProperty(const SchemaNode *s)
{
    for (; s; s = s->ref) {
        if (!s->firstProperty.isEmpty())
            return s;
    }
    return nullptr;
}

QStringList requiredOf(const SchemaNode *s)
{
    QStringList out;
    for (; s; s = s->ref)
        out += s->required;
    return out;
}

const SchemaNode *lookupProperty(const SchemaNode &s, const QString &key)
{
    for (const SchemaNode::Property &p : s.properties) {
        const Qt::CaseSensitivity cs = p.schema->keyIgnoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive;
        if (p.name.compare(key, cs) == 0)
            return p.schema;
        for (const QString &alias : p.schema->aliases) {
            if (alias.compare(key, cs) == 0)
                return p.schema;
        }
    }
    return nullptr;
}

// A branch's first property discriminates by value when the branch itself pins the value
// (e.g. one task branch per `task: Name@N`); a general list of values (the step's `task`
// key) does not, so that the value is reported where the key is checked.
bool hasValueConstraint(const SchemaNode &s)
{
    return !s.enumValues.isEmpty() || s.literal || s.pattern;
}

// Number of the mapping's keys that a branch (or a definition it refers to) declares.
int knownKeyCount(const YamlNode &map, const SchemaNode *s)
{
    int n = 0;
    for (const YamlPair &e : map.entries()) {
        if (!e.first.isScalar())
            continue;
        for (const SchemaNode *x = s; x; x = x->ref) {
            if (lookupProperty(*x, e.first.text())) {
                ++n;
                break;
            }
        }
    }
    return n;
}

// Literal values a scalar schema accepts (enum entries and ^literal$ patterns).
bool collectLiterals(const SchemaNode &s, QStringList &out)
{
    if (!s.enumValues.isEmpty()) {
        out += s.enumValues;
        return true;
    }
    if (s.literal) {
        out += *s.literal;
        return true;
    }
    if (s.ref)
        return collectLiterals(*s.ref, out);
    if (!s.anyOf.isEmpty()) {
        for (const SchemaNode *b : s.anyOf) {
            if (!collectLiterals(*b, out))
                return false;
        }
        return true;
    }
    return false;
}

bool hasMacro(const QString &text)
{
    return text.contains(QLatin1String("$(")) || text.contains(QLatin1String("$["));
}

QString listValues(const QStringList &values)
{
    QStringList unique;
    for (const QString &v : values) {
        if (!unique.contains(v))
            unique << v;
    }
    return unique.join(QStringLiteral(", "));
}

}  // namespace

Diagnostics SchemaValidator::validate(const YamlNode &node, const SchemaNode &schema)
{
    Diagnostics out;
    check(node, schema, Context{}, out);
    return out;
}

void SchemaValidator::check(const YamlNode &y, const SchemaNode &s, const Context &parentCtx, Diagnostics &out)
{
    if (m_allowExpressions && y.isScalar() && y.text().contains(QLatin1String("${{")))
        return;
    Context ctx = parentCtx;
    if (!s.definition.isEmpty()) {
        const QString noun = nounForDefinition(s.definition);
        if (!noun.isEmpty())
            ctx.noun = noun;
    }
    if (s.definition == QLatin1String("boolean")) {
        if (!y.toBool()) {
            const QString value = y.isScalar() ? QStringLiteral("Unexpected value '%1': ").arg(y.text())
                                               : QStringLiteral("Unexpected %1: ").arg(YamlNode::kindName(y.kind()));
            out.append(diagnosticAt(y.pos(), value + subject(ctx.name)
                                                   + QStringLiteral(" must be a boolean (true/false, yes/no, on/off)")));
        }
        return;
    }
    if (s.types && !typeMatches(y, s.types)) {
        if (!(ctx.inTaskInputs && y.isScalar() && hasMacro(y.text())))
            out.append(diagnosticAt(y.pos(), subject(ctx.name) + QStringLiteral(" must be ") + typeWords(s.types)
                                                   + QStringLiteral(", not ") + describe(y)));
        return;
    }
    if (s.ref)
        check(y, *s.ref, ctx, out);
    if (y.isScalar() || y.isNull()) {
        checkScalar(y, s, ctx, out);
    } else if (!s.enumValues.isEmpty() || s.literal) {
        out.append(diagnosticAt(y.pos(), subject(ctx.name) + QStringLiteral(" must be one of: ")
                                               + listValues(s.literal ? QStringList{*s.literal} : s.enumValues)
                                               + QStringLiteral(", not ") + describe(y)));
    }
    if (y.isMapping())
        checkObject(y, s, ctx, out);
    if (y.isSequence() && s.items) {
        Context itemCtx{ctx.name, QString(), ctx.inTaskInputs};
        for (const YamlNode &item : y.items()) {
            if (m_allowExpressions && item.isMapping() && item.size() == 1 && isDirective(item.entries()[0].first))
                continue;
            check(item, *s.items, itemCtx, out);
        }
    }
    if (!s.anyOf.isEmpty())
        checkAnyOf(y, s, ctx, out);
}

void SchemaValidator::checkScalar(const YamlNode &y, const SchemaNode &s, const Context &ctx, Diagnostics &out)
{
    const QString value = y.isScalar() ? y.text() : QString();
    if (ctx.inTaskInputs && hasMacro(value))
        return;
    const Qt::CaseSensitivity cs = s.valueIgnoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive;
    if (!s.enumValues.isEmpty() && !s.enumValues.contains(value, cs)) {
        out.append(diagnosticAt(y.pos(), QStringLiteral("%1 has an invalid value '%2'; expected one of: %3")
                                               .arg(subject(ctx.name), value, listValues(s.enumValues))));
        return;
    }
    if (s.literal && s.literal->compare(value, cs) != 0) {
        out.append(diagnosticAt(y.pos(), QStringLiteral("%1 has an invalid value '%2'; expected '%3'")
                                               .arg(subject(ctx.name), value, *s.literal)));
        return;
    }
    // Relaxation: trigger path filters are written from the repository root ("/tools/*"),
    // and folders with a trailing slash ("data/").
    QString tested = value;
    if (s.definition == QLatin1String("branchFilter")) {
        if (tested.startsWith(QLatin1Char('/')))
            tested = tested.mid(1);
        if (tested.endsWith(QLatin1Char('/')))
            tested.chop(1);
    }
    if (s.pattern && !s.pattern->match(tested).hasMatch()) {
        out.append(diagnosticAt(y.pos(), QStringLiteral("%1 has an invalid value '%2' (it must match %3)")
                                               .arg(subject(ctx.name), value, s.patternText)));
    }
}

void SchemaValidator::checkObject(const YamlNode &y, const SchemaNode &s, const Context &ctx, Diagnostics &out)
{
    const QString noun = !ctx.noun.isEmpty() ? ctx.noun
                       : ctx.name.isEmpty()  ? QStringLiteral("the document")
                                             : QLatin1Char('\'') + ctx.name + QLatin1Char('\'');
    QString task = ctx.task;  // a task step (or one of its anyOf branches): its reference
    if (ctx.noun == taskNoun() || s.definition == QLatin1String("task")) {
        for (const YamlPair &entry : y.entries()) {
            if (entry.first.isScalar() && entry.first.text() == QLatin1String("task") && entry.second.isScalar())
                task = entry.second.text();
        }
    }
    for (const YamlPair &entry : y.entries()) {
        const YamlNode &key = entry.first;
        if (!key.isScalar()) {
            out.append(diagnosticAt(key.pos(), QStringLiteral("A key in %1 must be a string, not %2")
                                                     .arg(noun, YamlNode::kindName(key.kind()))));
            continue;
        }
        if (m_allowExpressions && isDirective(key))
            continue;
        Context child{key.text(), QString(),
                      ctx.inTaskInputs || (key.text() == QLatin1String("inputs") && ctx.noun == taskNoun()), task};
        if (const SchemaNode *p = lookupProperty(s, key.text())) {
            if (!p->deprecation.isEmpty())
                out.append(diagnosticAt(key.pos(), QStringLiteral("'%1' is deprecated: %2").arg(key.text(), p->deprecation),
                                          Diagnostic::Severity::Warning));
            if (s.definition == QLatin1String("task") && key.text() == QLatin1String("task")) {
                // Relaxation: tasks the schema does not list are allowed (custom/Marketplace tasks).
                Diagnostics taskDiags;
                check(entry.second, *p, child, taskDiags);
                if (errorCount(taskDiags) > 0)
                    out.append(diagnosticAt(entry.second.pos(),
                                              QStringLiteral("Task '%1' is not known to the bundled schema; its inputs "
                                                             "are not checked")
                                                  .arg(entry.second.text()),
                                              Diagnostic::Severity::Warning));
                continue;
            }
            check(entry.second, *p, child, out);
            continue;
        }
        bool matched = false;
        for (const SchemaNode::PatternProperty &pp : s.patternProperties) {
            if (pp.pattern.match(key.text()).hasMatch()) {
                check(entry.second, *pp.schema, child, out);
                matched = true;
                break;
            }
        }
        if (!matched && s.additionalProperties == false) {
            if (ctx.inTaskInputs && ctx.name == QLatin1String("inputs"))  // relaxation: the service ignores them
                out.append(diagnosticAt(key.pos(), QStringLiteral("Unknown task input '%1' (it is ignored)").arg(key.text()),
                                          Diagnostic::Severity::Warning));
            else
                out.append(diagnosticAt(key.pos(), QStringLiteral("Unexpected property '%1' in %2").arg(key.text(), noun)));
        }
    }
    if (m_allowExpressions && hasDirectiveKey(y))
        return;
    for (const QString &name : s.required) {
        const SchemaNode *p = lookupProperty(s, name);
        bool present = false;
        for (const YamlPair &entry : y.entries()) {
            if (entry.first.isScalar() && (entry.first.text() == name || (p && lookupProperty(s, entry.first.text()) == p))) {
                present = true;
                break;
            }
        }
        if (!present && ctx.inTaskInputs && ctx.name == QLatin1String("inputs") && !ctx.task.isEmpty())
            out.append(diagnosticAt(y.pos(), QStringLiteral("Task %1 is missing the required input '%2'").arg(ctx.task, name)));
        else if (!present)
            out.append(diagnosticAt(y.pos(), QStringLiteral("Missing required property '%1' in %2").arg(name, noun)));
    }
    if (s.minProperties > 0 && y.size() < s.minProperties)
        out.append(diagnosticAt(y.pos(), QStringLiteral("%1 needs at least %2 entries").arg(subject(ctx.name)).arg(s.minProperties)));
}

void SchemaValidator::checkAnyOf(const YamlNode &y, const SchemaNode &s, const Context &ctx, Diagnostics &out)
{
    QList<const SchemaNode *> candidates;
    int allTypes = 0;
    bool anyType = false;
    for (const SchemaNode *b : s.anyOf) {
        const int t = effectiveTypes(*b);
        anyType = anyType || t == 0;
        allTypes |= t;
        if (typeMatches(y, t))
            candidates.append(b);
    }
    if (candidates.isEmpty()) {
        out.append(diagnosticAt(y.pos(), subject(ctx.name) + QStringLiteral(" must be ")
                                               + typeWords(anyType ? 0 : allTypes) + QStringLiteral(", not ") + describe(y)));
        return;
    }
    if (y.isMapping()) {
        QList<const SchemaNode *> withFirst;
        QList<const SchemaNode *> byFirst;
        bool keyRejected = false;
        for (const SchemaNode *b : candidates) {
            const SchemaNode *owner = withFirstProperty(b);
            if (!owner)
                continue;
            withFirst.append(b);
            const QString &key = owner->firstProperty.front();
            const std::optional<YamlNode> value = y.value(key);
            if (!value)
                continue;
            const SchemaNode *p = lookupProperty(*owner, key);
            if (p && hasValueConstraint(*p)) {
                Diagnostics trial;
                check(*value, *p, Context{key, QString(), false}, trial);
                if (errorCount(trial) > 0) {
                    keyRejected = true;
                    continue;
                }
            }
            byFirst.append(b);
        }
        if (!byFirst.isEmpty()) {
            candidates = byFirst;
        } else if (!withFirst.isEmpty()) {
            for (const SchemaNode *b : withFirst)
                candidates.removeAll(b);
            if (candidates.isEmpty()) {
                if (keyRejected || (m_allowExpressions && hasDirectiveKey(y)))
                    return;  // the key's value is reported where it is checked
                QStringList keys;
                for (const SchemaNode *b : withFirst) {
                    const QString k = withFirstProperty(b)->firstProperty.front();
                    if (!keys.contains(k))
                        keys << k;
                }
                const SourcePos at = y.entries().isEmpty() ? y.pos() : y.entries().front().first.pos();
                const QString noun = ctx.noun.isEmpty() ? subject(ctx.name) : capitalized(ctx.noun);
                out.append(diagnosticAt(at, QStringLiteral("%1 needs one of the keys: %2").arg(noun, keys.join(QStringLiteral(", ")))));
                return;
            }
        }
        // Prefer the branches that declare most of the keys present, then those whose
        // required keys are all present.
        int mostKnown = -1;
        QList<const SchemaNode *> best;
        for (const SchemaNode *b : candidates) {
            const int known = knownKeyCount(y, b);
            if (known > mostKnown) {
                mostKnown = known;
                best.clear();
            }
            if (known == mostKnown)
                best.append(b);
        }
        candidates = best;
        QList<const SchemaNode *> withRequired;
        QStringList missing;
        for (const SchemaNode *b : candidates) {
            bool all = true;
            const QStringList required = requiredOf(b);
            for (const QString &r : required) {
                if (!y.contains(r)) {
                    all = false;
                    if (!missing.contains(r))
                        missing << r;
                }
            }
            if (all)
                withRequired.append(b);
        }
        if (!withRequired.isEmpty()) {
            candidates = withRequired;
        } else if (missing.size() > 1 && !(m_allowExpressions && hasDirectiveKey(y))) {
            const QString noun = ctx.noun.isEmpty() ? subject(ctx.name) : capitalized(ctx.noun);
            out.append(diagnosticAt(y.pos(), QStringLiteral("%1 needs one of the keys: %2").arg(noun, missing.join(QStringLiteral(", ")))));
            return;
        }
    }
    // The first branch without errors wins; a deprecated one only when no other passes.
    Diagnostics best;
    int bestErrors = -1;
    std::optional<Diagnostics> deprecatedPass;
    const SchemaNode *deprecatedBranch = nullptr;
    for (const SchemaNode *b : candidates) {
        Diagnostics trial;
        check(y, *b, ctx, trial);
        const int errors = errorCount(trial);
        if (errors == 0) {
            if (b->deprecation.isEmpty()) {
                out += trial;
                return;
            }
            if (!deprecatedPass) {
                deprecatedPass = std::move(trial);
                deprecatedBranch = b;
            }
            continue;
        }
        if (bestErrors < 0 || errors < bestErrors) {
            bestErrors = errors;
            best = std::move(trial);
        }
    }
    if (deprecatedPass) {
        out += *deprecatedPass;
        out.append(diagnosticAt(y.pos(), deprecatedBranch->deprecation, Diagnostic::Severity::Warning));
        return;
    }
    if (y.isScalar() && candidates.size() > 1) {
        QStringList literals;
        bool all = true;
        for (const SchemaNode *b : candidates)
            all = all && collectLiterals(*b, literals);
        if (all) {
            const QString message = literals.size() > 12
                ? QStringLiteral("%1 has an unknown value '%2'").arg(subject(ctx.name), y.text())
                : QStringLiteral("%1 has an invalid value '%2'; expected one of: %3")
                      .arg(subject(ctx.name), y.text(), listValues(literals));
            out.append(diagnosticAt(y.pos(), message));
            return;
        }
    }
    out += best;
}

}  // namespace mlops::pipeline
