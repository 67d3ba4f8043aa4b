#pragma once
// ExpandedYamlView: the read-only, highlighted YAML of a compile result (templates
// expanded, as Azure's "Download full YAML"), or a sentence when the compiler did not get
// that far. Keeps the scroll position when refreshed with new text. GUI thread only.

#include "yamleditor.h"

namespace mlops::ui {

class PipelineHighlighter;

class ExpandedYamlView : public YamlEditor {
    Q_OBJECT
public:
    explicit ExpandedYamlView(QWidget *parent = nullptr);

    // Shows `expandedYaml`; when it is empty, shows `reasonWhenEmpty` instead.
    void showExpanded(const QString &expandedYaml, const QString &reasonWhenEmpty);
    bool hasExpandedYaml() const { return m_hasYaml; }

protected:
    void changeEvent(QEvent *event) override;

private:
    PipelineHighlighter *m_highlighter;
    bool m_hasYaml = false;
};

}  // namespace mlops::ui
