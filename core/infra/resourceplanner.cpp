#include "resourceplanner.h"

#include "deploymentgraph.h"
#include "resourcenamerules.h"

#include <QRegularExpression>
#include <QSet>

namespace mlops::infra {

namespace {

constexpr qint64 kMaxCopyCount = 800;
constexpr qsizetype kMaxResources = 800;

const QStringList &knownProperties()
{
    static const QStringList names{
        QStringLiteral("type"),       QStringLiteral("apiVersion"), QStringLiteral("name"),
        QStringLiteral("location"),   QStringLiteral("dependsOn"),  QStringLiteral("properties"),
        QStringLiteral("sku"),        QStringLiteral("kind"),       QStringLiteral("tags"),
        QStringLiteral("identity"),   QStringLiteral("plan"),       QStringLiteral("zones"),
        QStringLiteral("copy"),       QStringLiteral("condition"),  QStringLiteral("resources"),
        QStringLiteral("comments"),   QStringLiteral("metadata"),   QStringLiteral("scope"),
        QStringLiteral("extendedLocation"), QStringLiteral("managedBy"), QStringLiteral("managedByExtended"),
        QStringLiteral("eTag"),       QStringLiteral("apiProfile"), QStringLiteral("subscriptionId"),
        QStringLiteral("resourceGroup"),
    };
    return names;
}

// Members evaluated as the header (not part of the body).
bool isHeader(const QString &key)
{
    static const QStringList header{QStringLiteral("type"),     QStringLiteral("apiVersion"), QStringLiteral("name"),
                                    QStringLiteral("location"), QStringLiteral("dependsOn"),  QStringLiteral("copy"),
                                    QStringLiteral("condition"), QStringLiteral("resources"), QStringLiteral("comments")};
    return header.contains(key, Qt::CaseInsensitive);
}

Diagnostic atKey(const JsonSource &source, const JsonNode &node, const QString &message)
{
    Diagnostic d = source.at(node, message);
    if (node.keyLine > 0) {
        d.line = node.keyLine;
        d.column = node.keyColumn;
    }
    return d;
}

QString describe(const PlannedResource &r) { return QStringLiteral("%1 (%2)").arg(r.name, r.type); }

}  // namespace

void ResourcePlanner::plan(const JsonNode &resources, ValidationReport &report)
{
    for (size_t i = 0; i < resources.children.size(); ++i)
        expand(resources.children.at(i), QStringLiteral("resources[%1]").arg(i), nullptr);
    if (m_instances.size() > kMaxResources) {
        this->report(m_source.at(resources, QStringLiteral("resources: %1 resources, more than the %2 a template may have")
                                                .arg(m_instances.size())
                                                .arg(kMaxResources)));
    }

    // Declared twice?
    QHash<QString, int> byId;
    for (int i = 0; i < m_instances.size(); ++i) {
        Instance &instance = m_instances[i];
        if (instance.broken)
            continue;
        const QString key = instance.planned.id.toLower();
        const auto it = byId.constFind(key);
        if (it == byId.cend()) {
            byId.insert(key, i);
            continue;
        }
        const Instance &first = m_instances.at(*it);
        this->report(atKey(m_source, *instance.nameNode,
                           QStringLiteral("%1.name: the resource %2 is declared twice (first at %3, line %4)")
                               .arg(instance.planned.jsonPath, describe(instance.planned), first.planned.jsonPath)
                               .arg(first.planned.line)));
        instance.broken = true;
    }

    // Dependencies among the instances that are deployed.
    const int n = int(m_instances.size());
    DeploymentGraph graph(n);
    QList<QStringList> implicitIds(n);
    for (int i = 0; i < n; ++i) {
        Instance &instance = m_instances[i];
        if (instance.broken)
            continue;
        for (const Dependency &dependency : std::as_const(instance.dependsOn)) {
            QString ambiguity;
            const QList<int> targets = resolve(dependency.target, &ambiguity);
            if (!ambiguity.isEmpty()) {
                this->report(m_source.at(*dependency.node, QStringLiteral("%1: %2").arg(dependency.path, ambiguity)));
                continue;
            }
            if (targets.isEmpty()) {
                this->report(m_source.at(*dependency.node,
                                         QStringLiteral("%1: '%2' is not a resource of this template (depend on a resource "
                                                        "name, a resourceId() of one, or a copy loop name)")
                                             .arg(dependency.path, dependency.target)));
                continue;
            }
            for (int target : targets) {
                if (!m_instances.at(target).skipped && !m_instances.at(target).broken)
                    graph.addDependency(i, target);
            }
        }
        for (const QString &reference : std::as_const(instance.references)) {
            QString ambiguity;
            for (int target : resolve(reference, &ambiguity)) {
                if (target == i || m_instances.at(target).skipped || m_instances.at(target).broken)
                    continue;
                if (!graph.dependencies(i).contains(target))
                    implicitIds[i].append(m_instances.at(target).planned.id);
                graph.addDependency(i, target);
            }
        }
    }
    // A serial copy loop deploys batch by batch.
    for (int i = 0; i < n; ++i) {
        const Instance &instance = m_instances.at(i);
        if (instance.loopBatchSize <= 0 || instance.broken || instance.skipped)
            continue;
        const int batch = instance.planned.copyIndex / instance.loopBatchSize;
        for (int j = 0; j < n; ++j) {
            const Instance &other = m_instances.at(j);
            if (j != i && other.loopName == instance.loopName && !other.broken && !other.skipped
                && other.planned.copyIndex / instance.loopBatchSize == batch - 1)
                graph.addDependency(i, j);
        }
    }
    // Nodes that are not deployed stay in the graph without edges; they are left out below.
    const DeploymentGraph::Result ordered = graph.compute();
    if (!ordered.cycle.isEmpty()) {
        QStringList names;
        for (int node : ordered.cycle)
            names.append(describe(m_instances.at(node).planned));
        names.append(describe(m_instances.at(ordered.cycle.constFirst()).planned));
        const Instance &first = m_instances.at(ordered.cycle.constFirst());
        this->report(atKey(m_source, *first.node,
                           QStringLiteral("%1: circular dependency: %2").arg(first.planned.jsonPath, names.join(QStringLiteral(" → ")))));
    }
    int position = 0;
    for (int node : ordered.order) {
        Instance &instance = m_instances[node];
        if (instance.broken)
            continue;
        if (instance.skipped) {
            report.skipped.append(instance.planned);
            continue;
        }
        PlannedResource planned = instance.planned;
        planned.order = ++position;
        planned.wave = ordered.wave.at(node);
        for (int dependency : graph.dependencies(node)) {
            const QString id = m_instances.at(dependency).planned.id;
            if (!implicitIds.at(node).contains(id))
                planned.dependsOn.append(id);
        }
        planned.implicitDependsOn = implicitIds.at(node);
        planned.dependsOn.append(implicitIds.at(node));
        report.resources.append(planned);
    }
}

QList<int> ResourcePlanner::resolve(const QString &target, QString *ambiguity) const
{
    QList<int> out;
    if (m_loopNames.contains(target, Qt::CaseInsensitive)) {
        for (int i = 0; i < m_instances.size(); ++i) {
            if (m_instances.at(i).loopName.compare(target, Qt::CaseInsensitive) == 0)
                out.append(i);
        }
        return out;
    }
    for (int i = 0; i < m_instances.size(); ++i) {
        const PlannedResource &r = m_instances.at(i).planned;
        if (!m_instances.at(i).broken && r.id.compare(target, Qt::CaseInsensitive) == 0)
            return {i};
    }
    const QString providerSuffix = QStringLiteral("/providers/") + target;
    for (int i = 0; i < m_instances.size(); ++i) {
        const Instance &instance = m_instances.at(i);
        if (instance.broken)
            continue;
        if (instance.planned.name.compare(target, Qt::CaseInsensitive) == 0
            || instance.planned.id.endsWith(providerSuffix, Qt::CaseInsensitive))
            out.append(i);
    }
    if (out.size() > 1) {
        QStringList types;
        for (int i : std::as_const(out))
            types.append(m_instances.at(i).planned.type);
        types.removeDuplicates();
        if (types.size() > 1 && ambiguity)
            *ambiguity = QStringLiteral("'%1' names resources of several types (%2): use resourceId('<type>', '%1')")
                             .arg(target, types.join(QStringLiteral(", ")));
    }
    return out;
}

void ResourcePlanner::expand(const JsonNode &resource, const QString &path, const Instance *parent)
{
    if (!resource.isObject()) {
        report(m_source.at(resource, QStringLiteral("%1: a resource is an object, not %2").arg(path, resource.typeName())));
        return;
    }
    bool complete = true;
    for (const JsonNode &member : resource.children) {
        if (!knownProperties().contains(member.key, Qt::CaseInsensitive)) {
            report(atKey(m_source, member, QStringLiteral("%1: unknown resource property '%2' (Azure refuses it; known: %3)")
                                               .arg(path, member.key, knownProperties().join(QStringLiteral(", ")))));
            complete = false;
        }
    }
    for (const char *required : {"type", "apiVersion", "name"}) {
        if (!resource.member(QString::fromLatin1(required))) {
            report(m_source.at(resource, QStringLiteral("%1: the resource has no \"%2\"").arg(path, QLatin1String(required))));
            complete = false;
        }
    }
    if (!complete)
        return;

    const JsonNode *copy = resource.member(u"copy");
    if (!copy) {
        expandInstance(resource, path, parent, QString(), -1, 0);
        return;
    }
    const QString copyPath = TemplateScope::memberPath(path, QStringLiteral("copy"));
    const JsonNode *nameNode = copy->member(u"name");
    const JsonNode *countNode = copy->member(u"count");
    if (!copy->isObject() || !nameNode || !nameNode->isString() || nameNode->string.isEmpty() || !countNode) {
        report(m_source.at(*copy, QStringLiteral("%1: a resource copy loop is an object with \"name\" (a string) and \"count\"").arg(copyPath)));
        return;
    }
    const QString loopName = nameNode->string;
    if (m_loopNames.contains(loopName, Qt::CaseInsensitive)) {
        report(m_source.at(*nameNode, QStringLiteral("%1.name: there is already a copy loop named '%2'").arg(copyPath, loopName)));
        return;
    }
    m_loopNames.append(loopName);
    ArmValue count;
    if (!m_scope.evaluate(*countNode, copyPath + QStringLiteral(".count"), TemplateScope::Site::CopyCount, count))
        return;
    if (!count.isInteger() || count.toInteger() < 0 || count.toInteger() > kMaxCopyCount) {
        report(m_source.at(*countNode, QStringLiteral("%1.count: the count must be an integer from 0 to %2, not %3")
                                           .arg(copyPath)
                                           .arg(kMaxCopyCount)
                                           .arg(count.isInteger() ? QString::number(count.toInteger()) : count.typeName())));
        return;
    }
    int batchSize = 0;
    if (const JsonNode *mode = copy->member(u"mode")) {
        if (!mode->isString() || (mode->string.compare(QLatin1String("serial"), Qt::CaseInsensitive) != 0
                                  && mode->string.compare(QLatin1String("parallel"), Qt::CaseInsensitive) != 0)) {
            report(m_source.at(*mode, QStringLiteral("%1.mode: the mode is \"serial\" or \"parallel\"").arg(copyPath)));
            return;
        }
        if (mode->string.compare(QLatin1String("serial"), Qt::CaseInsensitive) == 0) {
            batchSize = 1;
            if (const JsonNode *batch = copy->member(u"batchSize")) {
                ArmValue size;
                if (!m_scope.evaluate(*batch, copyPath + QStringLiteral(".batchSize"), TemplateScope::Site::CopyCount, size))
                    return;
                if (!size.isInteger() || size.toInteger() < 1 || size.toInteger() > kMaxCopyCount) {
                    report(m_source.at(*batch, QStringLiteral("%1.batchSize: the batch size must be an integer from 1 to %2")
                                                   .arg(copyPath)
                                                   .arg(kMaxCopyCount)));
                    return;
                }
                batchSize = int(size.toInteger());
            }
        }
    }
    for (qint64 i = 0; i < count.toInteger(); ++i) {
        m_scope.pushCopy(loopName, i);
        expandInstance(resource, path, parent, loopName, i, batchSize);
        m_scope.popCopy();
    }
}

void ResourcePlanner::expandInstance(const JsonNode &resource, const QString &path, const Instance *parent,
                                     const QString &loopName, qint64 index, int batchSize)
{
    Instance instance;
    instance.node = &resource;
    instance.loopName = loopName;
    instance.loopBatchSize = batchSize;
    instance.planned.jsonPath = path;
    instance.planned.line = resource.line;
    instance.planned.copyLoop = loopName;
    instance.planned.copyIndex = int(index);
    m_scope.takeReferences();

    if (const JsonNode *condition = resource.member(u"condition")) {
        ArmValue value;
        if (!m_scope.evaluate(*condition, TemplateScope::memberPath(path, QStringLiteral("condition")),
                              TemplateScope::Site::Condition, value)) {
            instance.broken = true;
        } else if (value.isBool()) {
            instance.skipped = !value.toBool();
        } else if (!value.isSymbolic()) {
            report(m_source.at(*condition, QStringLiteral("%1.condition: the condition must be a Bool, not %2").arg(path, value.typeName())));
            instance.broken = true;
        }
    }
    if (!evaluateHeader(resource, path, parent, instance))
        instance.broken = true;

    // The body: everything else, evaluated (reference() allowed).
    ArmObject definition{
        {QStringLiteral("type"), ArmValue::fromString(instance.planned.type)},
        {QStringLiteral("apiVersion"), ArmValue::fromString(instance.planned.apiVersion)},
        {QStringLiteral("name"), ArmValue::fromString(instance.planned.name)},
    };
    if (!instance.planned.location.isEmpty())
        definition.append({QStringLiteral("location"), ArmValue::fromString(instance.planned.location)});
    for (const JsonNode &member : resource.children) {
        if (isHeader(member.key) || resource.member(member.key) != &member)
            continue;
        ArmValue value;
        if (!m_scope.evaluate(member, TemplateScope::memberPath(path, member.key), TemplateScope::Site::Body, value))
            continue;  // reported; the resource is still planned
        definition.append({member.key, value});
    }
    instance.planned.definition = ArmValue::fromObject(std::move(definition));
    instance.references = m_scope.takeReferences();

    m_instances.append(instance);
    const Instance self = instance;  // the parent of nested resources (copied: m_instances may grow)
    if (const JsonNode *children = resource.member(u"resources")) {
        const QString childPath = TemplateScope::memberPath(path, QStringLiteral("resources"));
        if (!children->isArray()) {
            report(m_source.at(*children, QStringLiteral("%1: nested resources are an array").arg(childPath)));
            return;
        }
        if (self.broken)
            return;  // the children's names need the parent's
        for (size_t i = 0; i < children->children.size(); ++i)
            expand(children->children.at(i), childPath + QStringLiteral("[%1]").arg(i), &self);
    }
}

bool ResourcePlanner::evaluateHeader(const JsonNode &resource, const QString &path, const Instance *parent, Instance &instance)
{
    static const QRegularExpression apiVersionPattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-[A-Za-z0-9]+)?$"));
    PlannedResource &r = instance.planned;
    // A string member of the header: evaluated, concrete, not empty.
    auto text = [&](const char *key, QString &out) {
        const JsonNode *node = resource.member(QString::fromLatin1(key));
        const QString memberPath = TemplateScope::memberPath(path, QString::fromLatin1(key));
        ArmValue value;
        if (!m_scope.evaluate(*node, memberPath, TemplateScope::Site::Header, value))
            return false;
        if (value.isSymbolic()) {
            report(m_source.at(*node, QStringLiteral("%1: the %2 must be known before the deployment starts, but it is a "
                                                     "deployment-time value: [%3]")
                                          .arg(memberPath, QLatin1String(key), value.toString())));
            return false;
        }
        if (!value.isString() || value.toString().isEmpty()) {
            report(m_source.at(*node, QStringLiteral("%1: the %2 must be a non-empty String, not %3")
                                          .arg(memberPath, QLatin1String(key), value.isString() ? QStringLiteral("an empty one") : value.typeName())));
            return false;
        }
        out = value.toString();
        return true;
    };

    QString type;
    QString name;
    const bool typeOk = text("type", type);
    const bool nameOk = text("name", name);
    // Problems with apiVersion, location or dependsOn are reported but leave the resource
    // identifiable, so it stays in the plan; only a type or name that cannot be known removes it.
    if (text("apiVersion", r.apiVersion) && !apiVersionPattern.match(r.apiVersion).hasMatch()) {
        report(m_source.at(*resource.member(u"apiVersion"),
                           QStringLiteral("%1.apiVersion: '%2' is not an API version (yyyy-mm-dd or yyyy-mm-dd-preview)").arg(path, r.apiVersion)));
    }
    instance.nameNode = resource.member(u"name");
    if (!typeOk || !nameOk)
        return false;

    // A nested resource written with one-segment type and name is relative to its parent.
    if (parent && !type.contains(QLatin1Char('/'))) {
        type = parent->planned.type + QLatin1Char('/') + type;
        name = parent->planned.name + QLatin1Char('/') + name;
    }
    const QStringList typeSegments = type.split(QLatin1Char('/'));
    const QStringList nameSegments = name.split(QLatin1Char('/'));
    if (typeSegments.size() < 2 || typeSegments.contains(QString()) || !typeSegments.first().contains(QLatin1Char('.'))) {
        report(m_source.at(*resource.member(u"type"),
                           QStringLiteral("%1.type: '%2' is not a resource type such as 'Microsoft.Storage/storageAccounts'").arg(path, type)));
        return false;
    }
    if (nameSegments.size() != typeSegments.size() - 1 || nameSegments.contains(QString())) {
        report(m_source.at(*instance.nameNode,
                           QStringLiteral("%1.name: the type '%2' has %3 level(s), so the name needs %3 segment(s) separated by "
                                          "'/', but '%4' has %5")
                               .arg(path, type)
                               .arg(typeSegments.size() - 1)
                               .arg(name)
                               .arg(nameSegments.size())));
        return false;
    }
    r.type = type;
    r.name = name;
    if (nameSegments.size() == 1) {
        const QString rule = ResourceNameRules::check(type, name);
        if (!rule.isEmpty()) {
            report(m_source.at(*instance.nameNode, QStringLiteral("%1.name: '%2' is not a valid name: %3").arg(path, name, rule)));
        }
    }
    const DeploymentContext &d = m_scope.deployment();
    QString id = d.scope == DeploymentContext::Scope::ResourceGroup ? d.resourceGroupId() : d.subscriptionResourceId();
    if (d.scope == DeploymentContext::Scope::Tenant || d.scope == DeploymentContext::Scope::ManagementGroup)
        id.clear();
    id += QStringLiteral("/providers/") + typeSegments.first();
    for (qsizetype i = 0; i < nameSegments.size(); ++i)
        id += QLatin1Char('/') + typeSegments.at(i + 1) + QLatin1Char('/') + nameSegments.at(i);
    r.id = id;

    if (const JsonNode *location = resource.member(u"location")) {
        const QString memberPath = TemplateScope::memberPath(path, QStringLiteral("location"));
        ArmValue value;
        if (!m_scope.evaluate(*location, memberPath, TemplateScope::Site::Header, value)) {
            // reported
        } else if (value.isSymbolic()) {
            r.location = QLatin1Char('[') + value.toString() + QLatin1Char(']');
        } else if (!value.isString() || value.toString().isEmpty()) {
            report(m_source.at(*location, QStringLiteral("%1: the location must be a non-empty String, not %2")
                                              .arg(memberPath, value.isString() ? QStringLiteral("an empty one") : value.typeName())));
        } else {
            r.location = value.toString();
        }
    }

    if (const JsonNode *dependsOn = resource.member(u"dependsOn")) {
        const QString listPath = TemplateScope::memberPath(path, QStringLiteral("dependsOn"));
        if (!dependsOn->isArray()) {
            report(m_source.at(*dependsOn, QStringLiteral("%1: dependsOn is an array of resource names or ids").arg(listPath)));
            return true;
        }
        for (size_t i = 0; i < dependsOn->children.size(); ++i) {
            const JsonNode &entry = dependsOn->children.at(i);
            const QString entryPath = listPath + QStringLiteral("[%1]").arg(i);
            ArmValue value;
            if (!m_scope.evaluate(entry, entryPath, TemplateScope::Site::Header, value))
                continue;
            if (!value.isString() || value.toString().isEmpty()) {
                report(m_source.at(entry, QStringLiteral("%1: a dependsOn entry must be a resource name or id (a non-empty String), not %2")
                                              .arg(entryPath, value.isString() ? QStringLiteral("an empty one") : value.typeName())));
                continue;
            }
            instance.dependsOn.append(Dependency{value.toString(), &entry, entryPath});
        }
    }
    return true;
}

}  // namespace mlops::infra
