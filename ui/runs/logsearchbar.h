#pragma once
// LogSearchBar: the find bar of the log viewer: text, "Regex" and "Match case" toggles,
// previous/next buttons and an "n of m" label. It only edits the query and reports what
// the user asks for; LogViewer runs the search. GUI thread only.
#include "core/logs/logsearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace mlops::ui {

class LogSearchBar : public QWidget {
    Q_OBJECT
public:
    explicit LogSearchBar(QWidget *parent = nullptr);

    logs::SearchQuery query() const;
    void setQueryText(const QString &text);
    // Focuses and selects the text field.
    void activate();
    // "n of m" (current is 1-based; 0 = none yet), "searching" while running, or an error.
    void setStatus(qint64 current, qint64 total, bool running);
    void setError(const QString &message);
    QString statusText() const;

Q_SIGNALS:
    void queryChanged(const mlops::logs::SearchQuery &query);  // debounced while typing
    void nextRequested();
    void previousRequested();
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_text = nullptr;
    QToolButton *m_regex = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
};

}  // namespace mlops::ui
