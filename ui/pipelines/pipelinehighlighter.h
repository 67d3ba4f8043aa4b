#pragma once
// PipelineHighlighter: syntax colours for Azure Pipelines YAML: keys, strings, comments,
// numbers/booleans/null, and the three expression syntaxes – template `${{ }}`, runtime
// `$[ ]` and macro `$( )` – each in its own colour (also inside strings and block
// scalars). A block scalar (`key: |` / `key: >-` …) is coloured as a string up to the
// first line indented no deeper than its key; its state is carried between blocks.
//
// Colours are derived from the document's palette (setPalette(); lighter for dark
// themes). GUI thread only, like every QSyntaxHighlighter.

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace mlops::ui {

class PipelineHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    enum class Kind { Key, String, Comment, Literal, TemplateExpression, RuntimeExpression, Macro, Anchor };

    explicit PipelineHighlighter(QTextDocument *document, const QPalette &palette = QPalette());

    // Recomputes the colours from `palette` and rehighlights.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Kind kind) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightExpressions(const QString &text, int from, int to);
    void highlightValue(const QString &text, int from);
    int commentStart(const QString &text, int from) const;

    QTextCharFormat m_formats[8];
};

}  // namespace mlops::ui
