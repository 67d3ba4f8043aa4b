// NodeExpander, part 2: the pipeline entry, template references, extends, runtime
// parameters and the predefined compile-time variables (see nodeexpander.h).
#include "core/pipeline/expand/nodeexpander.h"

#include "core/pipeline/expand/templatelimits.h"
#include "core/pipeline/expand/templateparameters.h"
#include "core/pipeline/expand/templatesyntaxchecker.h"
#include "core/pipeline/expression/expressiontext.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace mlops::pipeline {

namespace {

// The position of a node nested deeper than `limit` levels, if any (stops descending there).
std::optional<SourcePos> deeperThan(const YamlNode &node, int limit)
{
    if (limit < 0)
        return node.pos();
    for (const YamlNode &item : node.items()) {
        if (auto pos = deeperThan(item, limit - 1))
            return pos;
    }
    for (const YamlPair &entry : node.entries()) {
        if (auto pos = deeperThan(entry.second, limit - 1))
            return pos;
    }
    return std::nullopt;
}

}  // namespace

void NodeExpander::initVariables(const TemplateFile &entry)
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("local")));
    const QString repoName = QFileInfo(entry.repoRoot).fileName();
    const QString branch = m_options.variables.value(QStringLiteral("Build.SourceBranch"), QStringLiteral("refs/heads/main"));
    const QList<std::pair<QString, QString>> defaults{
        {QStringLiteral("Build.Reason"), QStringLiteral("Manual")},
        {QStringLiteral("Build.SourceBranch"), branch},
        {QStringLiteral("Build.SourceBranchName"), branch.section(QLatin1Char('/'), -1)},
        {QStringLiteral("Build.SourceVersion"), QString()},
        {QStringLiteral("Build.DefinitionName"), repoName},
        {QStringLiteral("Build.DefinitionVersion"), QStringLiteral("1")},
        {QStringLiteral("Build.Repository.Name"), repoName},
        {QStringLiteral("Build.Repository.ID"), QString()},
        {QStringLiteral("Build.Repository.Uri"), QUrl::fromLocalFile(entry.repoRoot).toString()},
        {QStringLiteral("Build.RequestedFor"), user},
        {QStringLiteral("Build.RequestedForEmail"), QString()},
        {QStringLiteral("Build.RequestedForId"), QString()},
        {QStringLiteral("Build.QueuedBy"), user},
        {QStringLiteral("Build.QueuedById"), QString()},
        {QStringLiteral("Build.CronSchedule.DisplayName"), QString()},
        {QStringLiteral("System.TeamProject"), QStringLiteral("local")},
        {QStringLiteral("System.TeamProjectId"), QString()},
        {QStringLiteral("System.CollectionUri"), QStringLiteral("http://localhost/")},
        {QStringLiteral("System.TeamFoundationCollectionUri"), QStringLiteral("http://localhost/")},
        {QStringLiteral("System.CollectionId"), QString()},
        {QStringLiteral("System.DefinitionId"), QStringLiteral("1")},
        {QStringLiteral("System.HostType"), QStringLiteral("build")},
        {QStringLiteral("System.IsTriggeringRepository"), QStringLiteral("True")},
        {QStringLiteral("System.PullRequest.IsFork"), QStringLiteral("False")},
    };
    for (const auto &variable : defaults)
        setVariable(variable.first, variable.second);
    for (auto it = m_options.variables.cbegin(); it != m_options.variables.cend(); ++it)
        setVariable(it.key(), it.value());
}

bool NodeExpander::bindRuntimeParameters(const YamlNode &root, ExpressionValue &parameters, bool &strict)
{
    const auto declarations = TemplateParameters::parse(root.value(u"parameters"), m_diagnostics);
    if (!declarations)
        return m_failed = true, false;
    strict = declarations->typed || !declarations->declared;
    QList<YamlPair> passed;
    for (auto it = m_options.parameters.cbegin(); it != m_options.parameters.cend(); ++it) {
        const ParameterDeclaration *declaration = nullptr;
        for (const ParameterDeclaration &d : declarations->items) {
            if (d.name.compare(it.key(), Qt::CaseInsensitive) == 0)
                declaration = &d;
        }
        if (!declaration)
            return fail(root.pos(), QStringLiteral("Unexpected parameter '%1': the pipeline does not declare it").arg(it.key()));
        const auto node = TemplateParameters::fromText(*declaration, it.value(), m_diagnostics);
        if (!node)
            return m_failed = true, false;
        passed.append({YamlNode::scalar(declaration->name), *node});
    }
    const auto bound = TemplateParameters::bind(*declarations, YamlNode::mapping(passed), root.pos(), m_bridge, m_diagnostics);
    if (!bound)
        return m_failed = true, false;
    parameters = *bound;
    return true;
}

std::optional<YamlNode> NodeExpander::expandPipeline(const TemplateFile &entry)
{
    const YamlNode &root = entry.root;
    m_checkedFiles.insert(entry.path);
    if (!TemplateSyntaxChecker::check(root, m_diagnostics))
        return std::nullopt;
    if (!root.isMapping()) {
        fail(root.pos().isKnown() ? root.pos() : SourcePos{entry.path, 1, 1},
             root.isNull() ? QStringLiteral("The pipeline is empty: it needs one of 'stages', 'jobs', 'steps' or 'extends'")
                           : QStringLiteral("The pipeline must be a mapping, not %1").arg(YamlNode::kindName(root.kind())));
        return std::nullopt;
    }
    initVariables(entry);
    Frame frame;
    frame.file = entry;
    m_frames.append(frame);
    ExpressionValue parameters;
    bool strict = true;
    if (!bindRuntimeParameters(root, parameters, strict))
        return std::nullopt;
    m_frames.last().context.setParameters(parameters, strict);
    // Repository resources map template aliases to folders; `name`/`ref` may be
    // expressions, evaluated with the runtime parameters and predefined variables.
    if (const auto resources = root.value(u"resources")) {
        if (const auto repositories = resources->value(u"repositories")) {
            for (const YamlNode &repo : repositories->items()) {
                const auto alias = repo.value(u"repository");
                if (!alias)
                    continue;
                YamlNode name;
                YamlNode ref;
                if (!expandScalar(repo.value(u"name").value_or(YamlNode()), name)
                    || !expandScalar(repo.value(u"ref").value_or(YamlNode()), ref))
                    return std::nullopt;
                m_loader.addRepositoryResource(alias->text(), name.text(), ref.text());
            }
        }
    }
    YamlNode out;
    if (!expandNode(root, Role::Root, out))
        return std::nullopt;
    if (const auto deep = deeperThan(out, TemplateLimits::kMaxTreeDepth)) {
        fail(*deep, QStringLiteral("The expanded pipeline is nested deeper than %1 levels").arg(TemplateLimits::kMaxTreeDepth));
        return std::nullopt;
    }
    if (!TemplateSyntaxChecker::checkConditions(out, m_diagnostics))
        return std::nullopt;
    return out;
}

bool NodeExpander::expandTemplateReference(const YamlNode &item, Role listRole, QList<YamlNode> &out)
{
    YamlNode pathNode;
    YamlNode passed;
    for (const YamlPair &entry : item.entries()) {
        const QString key = entry.first.text();
        if (key == QLatin1String("template")) {
            pathNode = entry.second;
        } else if (key == QLatin1String("parameters")) {
            const bool saved = m_registerVariables;
            m_registerVariables = false;
            const bool ok = expandNode(entry.second, Role::Any, passed);
            m_registerVariables = saved;
            if (!ok)
                return false;
        } else {
            return fail(entry.first.pos(), QStringLiteral("Unexpected value '%1': a template reference only takes 'template' and 'parameters'")
                                               .arg(key));
        }
    }
    if (!pathNode.isScalar() || pathNode.text().trimmed().isEmpty())
        return fail(pathNode.pos().isKnown() ? pathNode.pos() : item.pos(), QStringLiteral("'template' needs a file path"));
    YamlNode path;
    if (!expandScalar(pathNode, path))
        return false;
    if (!path.isScalar())
        return fail(pathNode.pos(), QStringLiteral("The template path must be a string"));
    if (!passed.isNull() && !passed.isMapping())
        return fail(passed.pos(), QStringLiteral("Template parameters must be a mapping, not %1").arg(YamlNode::kindName(passed.kind())));
    return expandTemplateFile(path.text(), pathNode, passed, kindKey(listRole), listRole, out);
}

bool NodeExpander::expandTemplateFile(const QString &reference, const YamlNode &referenceNode, const YamlNode &passed,
                                      const QString &kind, Role listRole, QList<YamlNode> &out)
{
    const SourcePos &pos = referenceNode.pos();
    if (m_frames.size() > TemplateLimits::kMaxNestingDepth)
        return fail(pos, QStringLiteral("Maximum template nesting depth (%1) exceeded when including '%2'")
                             .arg(TemplateLimits::kMaxNestingDepth)
                             .arg(reference));
    const qsizetype before = m_diagnostics.size();
    const auto file = m_loader.load(reference, m_frames.last().file, pos, m_diagnostics);
    if (!file) {
        m_failed = true;
        return m_diagnostics.size() > before ? false : fail(pos, QStringLiteral("Cannot load template '%1'").arg(reference));
    }
    for (const Frame &frame : std::as_const(m_frames)) {
        if (frame.file.path == file->path) {
            QStringList chain;
            for (const Frame &f : std::as_const(m_frames))
                chain.append(QFileInfo(f.file.path).fileName());
            chain.append(QFileInfo(file->path).fileName());
            return fail(pos, QStringLiteral("The template '%1' includes itself (%2)").arg(reference, chain.join(QStringLiteral(" -> "))));
        }
    }
    if (!m_checkedFiles.contains(file->path)) {
        m_checkedFiles.insert(file->path);
        if (!TemplateSyntaxChecker::check(file->root, m_diagnostics))
            return m_failed = true, false;
    }
    const YamlNode &root = file->root;
    if (root.isNull())
        return true;  // an empty template inserts nothing
    if (!root.isMapping())
        return fail(root.pos(), QStringLiteral("A template must be a mapping, not %1").arg(YamlNode::kindName(root.kind())));
    const auto declarations = TemplateParameters::parse(root.value(u"parameters"), m_diagnostics);
    if (!declarations)
        return m_failed = true, false;
    const auto parameters = TemplateParameters::bind(*declarations, passed, pos, m_bridge, m_diagnostics);
    if (!parameters)
        return m_failed = true, false;

    Frame frame;
    frame.file = *file;
    frame.context.setParameters(*parameters, declarations->typed);
    m_frames.append(frame);
    QList<YamlPair> body;
    for (const YamlPair &entry : root.entries()) {
        if (entry.first.text() != QLatin1String("parameters"))
            body.append(entry);
    }
    YamlNode expanded;
    const Role role = listRole == Role::Any ? Role::Root : Role::TemplateRoot;
    const bool ok = expandNode(YamlNode::mapping(body, root.pos()), role, expanded);
    m_frames.removeLast();
    if (!ok)
        return false;
    if (listRole == Role::Any) {  // extends: the caller merges the whole mapping
        out.append(expanded);
        return true;
    }
    std::optional<YamlNode> items;
    for (const YamlPair &entry : expanded.entries()) {
        if (entry.first.text() == kind) {
            items = entry.second;
        } else {
            return fail(entry.first.pos(), QStringLiteral("Unexpected value '%1': a template used in '%2' may only define 'parameters' and '%2'")
                                               .arg(entry.first.text(), kind));
        }
    }
    if (!items)
        return fail(pos, QStringLiteral("The template '%1' does not define '%2'").arg(reference, kind));
    if (items->isNull())
        return true;
    if (listRole == Role::Variables && items->isMapping()) {
        // A variables template in mapping form: its variables as list items.
        for (const YamlPair &entry : items->entries()) {
            out.append(YamlNode::mapping({{YamlNode::scalar(QStringLiteral("name"), entry.first.pos()), entry.first},
                                          {YamlNode::scalar(QStringLiteral("value"), entry.second.pos()), entry.second}},
                                         entry.first.pos()));
        }
        return true;
    }
    if (!items->isSequence())
        return fail(items->pos(), QStringLiteral("'%1' must be a sequence").arg(kind));
    for (const YamlNode &item : items->items())
        out.append(item);
    return true;
}

bool NodeExpander::expandExtends(const YamlNode &key, const YamlNode &value, QList<YamlPair> &rootEntries)
{
    YamlNode extends;
    if (!expandNode(value, Role::Any, extends))
        return false;
    if (!extends.isMapping())
        return fail(value.pos(), QStringLiteral("'extends' must be a mapping with 'template' and 'parameters'"));
    YamlNode pathNode;
    YamlNode passed;
    for (const YamlPair &entry : extends.entries()) {
        if (entry.first.text() == QLatin1String("template"))
            pathNode = entry.second;
        else if (entry.first.text() == QLatin1String("parameters"))
            passed = entry.second;
        else
            return fail(entry.first.pos(), QStringLiteral("Unexpected value '%1' in 'extends'").arg(entry.first.text()));
    }
    if (!pathNode.isScalar() || pathNode.text().isEmpty())
        return fail(key.pos(), QStringLiteral("'extends' needs a 'template'"));
    if (!passed.isNull() && !passed.isMapping())
        return fail(passed.pos(), QStringLiteral("Template parameters must be a mapping"));
    QList<YamlNode> result;
    const Variables saved = m_variables;
    if (!expandTemplateFile(pathNode.text(), pathNode, passed, QString(), Role::Any, result))
        return false;
    m_variables = saved;
    m_variablesValue.reset();
    if (result.isEmpty())
        return true;
    for (const YamlPair &entry : result.constFirst().entries()) {
        const QString name = entry.first.text();
        qsizetype existing = -1;
        for (qsizetype i = 0; i < rootEntries.size(); ++i) {
            if (rootEntries.at(i).first.text() == name)
                existing = i;
        }
        if (existing < 0) {
            rootEntries.append(entry);
            continue;
        }
        if (name == QLatin1String("resources") && entry.second.isMapping() && rootEntries.at(existing).second.isMapping()) {
            QList<YamlPair> merged = rootEntries.at(existing).second.entries();
            for (const YamlPair &kindEntry : entry.second.entries()) {
                bool found = false;
                for (YamlPair &m : merged) {
                    if (m.first.text() == kindEntry.first.text() && m.second.isSequence() && kindEntry.second.isSequence()) {
                        m.second = YamlNode::sequence(m.second.items() + kindEntry.second.items(), m.second.pos());
                        found = true;
                    }
                }
                if (!found)
                    merged.append(kindEntry);
            }
            rootEntries[existing].second = YamlNode::mapping(merged, rootEntries.at(existing).second.pos());
            continue;
        }
        return fail(entry.first.pos(), QStringLiteral("'%1' is already defined").arg(name));
    }
    return true;
}

}  // namespace mlops::pipeline
