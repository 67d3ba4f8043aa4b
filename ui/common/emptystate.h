#pragma once
// EmptyState: a centred message that says what to do next ("No variable groups yet.
// Press Ctrl+N to create one."), with an optional action button.

#include <QWidget>

class QLabel;
class QPushButton;

namespace mlops::ui {

class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    // Shows a button with `text`; clicked() is emitted when it is pressed. Empty hides it.
    void setButtonText(const QString &text);
    QString title() const;
    QString hint() const;

Q_SIGNALS:
    void clicked();

private:
    QLabel *m_title;
    QLabel *m_hint;
    QPushButton *m_button;
};

}  // namespace mlops::ui
