#include "linenumbergutter.h"

#include "yamleditor.h"

#include <QMouseEvent>

namespace mlops::ui {

LineNumberGutter::LineNumberGutter(YamlEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("lineNumberGutter"));
}

QSize LineNumberGutter::sizeHint() const
{
    return {m_editor->gutterWidth(), 0};
}

void LineNumberGutter::paintEvent(QPaintEvent *event)
{
    m_editor->paintGutter(event, this);
}

void LineNumberGutter::mousePressEvent(QMouseEvent *event)
{
    // A click on a number puts the cursor at the start of that line.
    m_editor->goToLineAtY(event->position().toPoint().y());
}

}  // namespace mlops::ui
