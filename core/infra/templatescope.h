#pragma once
// TemplateScope: the ArmScope of one template being validated. It owns
//  - the parameters: each declared one with its constraints and the value supplied for it
//    (command line, parameters file) or its defaultValue, resolved on first use (a
//    defaultValue may use other parameters; a cycle is an error) and checked against its
//    constraints;
//  - the variables: evaluated on first use, once (a cycle is an error), including
//    variable copy loops ("copy": [{name, count, input}]);
//  - where an expression is being evaluated (Site), which decides what is allowed there:
//    reference()/list*() only in a resource's body and in outputs, variables() not in a
//    parameter's defaultValue, newGuid()/utcNow() only there;
//  - the stack of copy loops (copyIndex()) and the resources reference() named.
//
// evaluate() turns a JSON value of the template into an ArmValue; every problem becomes a
// Diagnostic in the sink given at construction — at the file position of the character
// the problem is at, its message starting with the JSON path ("resources[2].name: …") and,
// inside an expression, ending with "(column N of the expression)". A problem found while
// resolving a parameter or variable is reported once, where it is; a use of it elsewhere
// only fails.
//
// Ownership: the JsonSource objects and nodes given must outlive the scope. Single-threaded.

#include "armscope.h"
#include "jsonreader.h"
#include "parameterrules.h"

#include "core/common/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlops::infra {

class TemplateScope final : public ArmScope {
public:
    enum class Site {
        ParameterDefault,
        Variable,
        CopyCount,   // a copy loop's count
        Condition,   // a resource's or output's condition
        Header,      // a resource's type, apiVersion, name, location, dependsOn
        Body,        // the rest of a resource (properties, sku, tags, …)
        Output,
    };

    // A value supplied for a parameter: JSON from a parameters file, or text from the
    // command line (read as the declared type when the parameter is resolved).
    struct Supplied {
        ArmValue value;
        std::optional<QString> text;        // set for a command-line value
        const JsonSource *file = nullptr;   // set for a parameters-file value
        const JsonNode *node = nullptr;     // the value (or its Key Vault reference) in `file`
    };

    struct ParameterInfo {
        QString name;
        QString type;         // normalised
        QString source;       // "command line", "parameters file", "default"; empty when unresolved
        ArmValue value;
        bool resolved = false;
    };

    TemplateScope(const JsonSource &source, DeploymentContext deployment, QString contentVersion, Diagnostics &sink);

    // Declares a parameter (`definition` is its object in the template; its constraints
    // already read). `supplied` is the value given for it, if any.
    void addParameter(const QString &name, const QString &path, const JsonNode &definition, ParameterConstraints constraints,
                      std::optional<Supplied> supplied);
    void addVariable(const QString &name, const QString &path, const JsonNode &value);
    // A variable copy loop: variables('name') is an array of `count` evaluations of `input`.
    void addVariableLoop(const QString &name, const QString &path, const JsonNode &loop);

    // Resolves every parameter and variable (reporting their problems). The parameters in
    // declaration order afterwards.
    void resolveAll();
    QList<ParameterInfo> parameterInfos() const;

    bool evaluate(const JsonNode &node, const QString &path, Site site, ArmValue &out);

    // Copy loops around what is evaluated next.
    void pushCopy(const QString &loopName, qint64 index);
    void popCopy();

    // reference()/list*() targets seen since the last call (then cleared).
    QStringList takeReferences();

    // "resources[0]" + "name" → "resources[0].name"; keys that are not names → "['a b']".
    static QString memberPath(const QString &parent, const QString &key);

    // ArmScope
    const DeploymentContext &deployment() const override { return m_deployment; }
    QString contentVersion() const override { return m_contentVersion; }
    Result<ArmValue> parameter(const QString &name) override;
    Result<ArmValue> variable(const QString &name) override;
    Result<qint64> copyIndex(const QString &loopName) override;
    Result<void> allow(Restricted what, const QString &function) override;
    void noteReference(const QString &resourceNameOrId) override;

private:
    enum class State { Unresolved, Resolving, Resolved, Failed };

    struct Parameter {
        QString name;
        QString path;
        const JsonNode *definition = nullptr;
        ParameterConstraints constraints;
        std::optional<Supplied> supplied;
        State state = State::Unresolved;
        ArmValue value;
        QString source;
    };

    struct Variable {
        QString name;
        QString path;
        const JsonNode *node = nullptr;
        bool loop = false;
        State state = State::Unresolved;
        ArmValue value;
    };

    struct CopyFrame {
        QString name;
        qint64 index = 0;
    };

    bool resolveParameter(Parameter &p);
    bool resolveVariable(Variable &v);
    bool evaluateValue(const JsonNode &node, const QString &path, ArmValue &out);
    bool expandCopyLoop(const JsonNode &loop, const QString &path, QString &name, ArmValue &out);
    void report(const Diagnostic &diagnostic);
    QString siteName() const;

    const JsonSource &m_source;
    DeploymentContext m_deployment;
    QString m_contentVersion;
    Diagnostics &m_sink;
    QList<Parameter> m_parameters;
    QHash<QString, qsizetype> m_parameterIndex;  // lower-case name → index
    QList<Variable> m_variables;
    QHash<QString, qsizetype> m_variableIndex;
    QList<Site> m_sites;
    QList<CopyFrame> m_copies;
    QStringList m_references;
    QStringList m_resolving;  // names being resolved, for cycle messages
};

}  // namespace mlops::infra
