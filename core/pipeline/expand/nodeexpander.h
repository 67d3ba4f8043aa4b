#pragma once
// NodeExpander: the walk of TemplateExpander (LANGUAGE.md §5-§8). Expands one pipeline:
// values, computed keys, if/elseif/else, each, insert, template references in
// stages/jobs/steps/variables lists, extends, typed parameters, and the compile-time
// `variables` table with its visibility rules (outer scopes and earlier items only; a
// stage/job sees its own variables, siblings do not).
//
// Stops at the first error (appended to the diagnostics given to the constructor, with
// the file:line:column of the node that caused it) and then returns nullopt. One
// instance per expansion; not thread-safe.

#include "core/common/diagnostic.h"
#include "core/pipeline/expand/templateexpander.h"
#include "core/pipeline/expand/templateexpressioncontext.h"
#include "core/pipeline/expand/templateloader.h"
#include "core/pipeline/expand/yamlvaluebridge.h"
#include "core/pipeline/expression/expressiontext.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace mlops::pipeline {

class NodeExpander {
public:
    NodeExpander(const ExpandOptions &options, TemplateLoader &loader, Diagnostics &diagnostics);

    // Expands the entry file. Runtime parameter values come from the options.
    std::optional<YamlNode> expandPipeline(const TemplateFile &entry);

private:
    enum class Role { Any, Root, TemplateRoot, StageList, Stage, JobList, Job, StepList, Variables };
    struct Chain {
        bool active = false;  // the previous sibling was if/elseif
        bool taken = false;   // a branch of the current chain was taken
    };
    struct Frame {
        TemplateFile file;
        TemplateExpressionContext context;
    };
    using Variables = QList<std::pair<QString, QString>>;

    bool fail(const SourcePos &pos, const QString &message);
    bool countNode(const YamlNode &node, bool deep);

    bool expandNode(const YamlNode &node, Role role, YamlNode &out);
    bool expandScalar(const YamlNode &node, YamlNode &out);
    bool expandMapping(const YamlNode &node, Role role, YamlNode &out);
    bool expandEntries(const YamlNode &mapping, Role role, QList<YamlPair> &out, const std::optional<YamlNode> &preVariables);
    bool expandSequence(const YamlNode &node, Role role, QList<YamlNode> &out);
    bool expandSequenceBody(const YamlNode &body, Role role, QList<YamlNode> &out);

    // Directives; `body` is called once per inserted body (per iteration for each).
    template <typename Body>
    bool applyDirective(const YamlNode &key, const YamlNode &value, Chain &chain, Body body);

    bool expandTemplateReference(const YamlNode &item, Role listRole, QList<YamlNode> &out);
    bool expandTemplateFile(const QString &reference, const YamlNode &referenceNode, const YamlNode &passed,
                            const QString &kindKey, Role listRole, QList<YamlNode> &out);
    bool expandExtends(const YamlNode &key, const YamlNode &value, QList<YamlPair> &rootEntries);

    std::optional<ExpressionValue> evaluate(const QString &expression, const YamlNode &node, int offset);
    std::optional<ExpressionValue> evaluateText(const YamlNode &scalar);
    // Parsed `${{ }}` texts by (allowed names, text): loops evaluate the same text often.
    const ExpressionResult<ExpressionText> &parsedText(const QString &text, const QStringList &names);

    void registerVariables(const YamlNode &item);
    void setVariable(const QString &name, const QString &value);
    ExpressionValue variablesValue();
    void initVariables(const TemplateFile &entry);
    bool bindRuntimeParameters(const YamlNode &root, ExpressionValue &parameters, bool &strict);

    static Role childRole(const QString &key);
    static Role itemRole(Role listRole);
    static bool isListRole(Role role);
    static QString kindKey(Role listRole);

    const ExpandOptions &m_options;
    TemplateLoader &m_loader;
    Diagnostics &m_diagnostics;
    YamlValueBridge m_bridge;
    QList<Frame> m_frames;        // template stack; last = current
    QSet<QString> m_checkedFiles; // syntax-checked files
    QHash<QString, ExpressionResult<ExpressionText>> m_parsedTexts;
    Variables m_variables;        // compile-time variables visible at this point
    std::optional<ExpressionValue> m_variablesValue;
    bool m_registerVariables = false;
    bool m_failed = false;
    qint64 m_nodes = 0;
    qint64 m_chars = 0;
    int m_depth = 0;
};

}  // namespace mlops::pipeline
