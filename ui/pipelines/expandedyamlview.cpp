#include "expandedyamlview.h"

#include "pipelinehighlighter.h"

#include <QScrollBar>

namespace mlops::ui {

ExpandedYamlView::ExpandedYamlView(QWidget *parent)
    : YamlEditor(parent)
    , m_highlighter(new PipelineHighlighter(document(), palette()))
{
    setObjectName(QStringLiteral("expandedYamlView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    showExpanded(QString(), tr("No pipeline has been compiled yet."));
}

void ExpandedYamlView::showExpanded(const QString &expandedYaml, const QString &reasonWhenEmpty)
{
    const int scroll = verticalScrollBar()->value();
    m_hasYaml = !expandedYaml.isEmpty();
    if (m_hasYaml) {
        if (toPlainText() != expandedYaml)
            setDocumentText(expandedYaml);
        verticalScrollBar()->setValue(scroll);
    } else {
        // A YAML comment, so the highlighter shows it as a remark, not as content.
        setDocumentText(QStringLiteral("# ") + reasonWhenEmpty);
    }
}

void ExpandedYamlView::changeEvent(QEvent *event)
{
    YamlEditor::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
}

}  // namespace mlops::ui
