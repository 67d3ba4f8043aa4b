#pragma once
// LineNumberGutter: the strip left of a YamlEditor's text. It holds no state: its size
// and its painting are asked from the editor, which paints only the visible lines.

#include <QWidget>

namespace mlops::ui {

class YamlEditor;

class LineNumberGutter : public QWidget {
    Q_OBJECT
public:
    // `editor` is the parent and outlives the gutter.
    explicit LineNumberGutter(YamlEditor *editor);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    YamlEditor *m_editor;
};

}  // namespace mlops::ui
