#pragma once
// RunSearchWidget: "Search all steps of this run": a text box (runSearchText) and a
// result list (runSearchResults) with one row "step name — line N: text" per matching
// line of every step log of the run (plain text, case-insensitive, through the
// synchronous engine logs::LogSearch::search; logs are read whole, one after the other,
// on the GUI thread when the user presses Enter or the Search button). Activating a row
// emits resultActivated. A step whose log cannot be read is listed in the status label
// (runSearchStatus). GUI thread only.

#include "core/runs/runtypes.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace mlops::ui {

class RunSearchWidget : public QWidget {
    Q_OBJECT
public:
    // Item data roles of the result list.
    enum Role { RecordIdRole = Qt::UserRole + 1, LineNumberRole };

    explicit RunSearchWidget(QWidget *parent = nullptr);

    // The steps to search: records with a log path, relative to `workspaceDirectory`.
    // Keeps the current results until the next search.
    void setRecords(const QString &workspaceDirectory, const QList<runs::TimelineRecord> &records);
    void clear();

    // Searches every step log for `text` (also put in the text box); returns the number of
    // matching lines. An empty text clears the results.
    int search(const QString &text);
    QListWidget *resultList() const { return m_results; }

Q_SIGNALS:
    // lineNumber is 1-based.
    void resultActivated(const QString &recordId, qint64 lineNumber);

private:
    QString m_directory;
    QList<runs::TimelineRecord> m_records;
    QLineEdit *m_text = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
};

}  // namespace mlops::ui
