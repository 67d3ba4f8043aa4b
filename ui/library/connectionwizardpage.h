#pragma once
// ConnectionWizardPage: the common part of the pages of ConnectionWizard. A page owns
// some fields of the connection (by the field keys of ServiceConnectionService::validate:
// "tenantId", "subscriptionId", …); each field has an editor and, under it, a problem
// line that shows what validate() says about that field while the user types.
//
// A problem shows once the user has edited the field or left it (so a fresh form is not
// covered in red), or at once in edit mode; the page is complete (Next / Finish enabled)
// only when none of its visible fields has a problem, whether shown yet or not.
//
// Thread safety: GUI thread.

#include "core/library/serviceconnectionservice.h"

#include <QMap>
#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace mlops::ui {

class ConnectionWizard;

class ConnectionWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConnectionWizardPage(ConnectionWizard *wizard);

    // Writes what this page edits into `connection`; fields that do not apply to the
    // chosen type and scope are cleared, so what is saved is what the form shows.
    virtual void fill(library::ServiceConnection &connection) const = 0;
    // Shows or hides the rows that depend on the chosen type and scope level.
    virtual void updateVisibility() {}

    // Shows `problems` next to this page's visible fields and re-evaluates isComplete().
    // Returns the keys it showed (or would show once touched).
    QStringList showProblems(const library::FieldProblems &problems);
    // A problem from saving (e.g. a duplicate name) shown next to the field until the
    // field is edited again.
    void setSaveProblem(const QString &key, const QString &message);
    // Makes every field show its problems without waiting for an edit (edit mode).
    void touchAll();

    bool isComplete() const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    // Adds a row to `form`: `label` and, in one cell, `editor` over its problem line.
    // The problem line is named "<key>Problem"; QLineEdit and QPlainTextEdit editors
    // are watched for edits.
    void addField(QFormLayout *form, const QString &key, const QString &label, QWidget *editor);
    void setFieldVisible(const QString &key, bool visible);
    void setFieldLabel(const QString &key, const QString &label);
    // Call when an editor that is not a QLineEdit changed: the wizard re-validates.
    void notifyChanged();
    ConnectionWizard *connectionWizard() const { return m_wizard; }

private:
    struct Field {
        QFormLayout *form = nullptr;
        QWidget *row = nullptr;  // editor + problem line
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        bool touched = false;
        bool visible = true;
    };
    void refreshProblem(const QString &key);

    ConnectionWizard *m_wizard;
    QMap<QString, Field> m_fields;
    QMap<QString, QString> m_saveProblems;
    library::FieldProblems m_problems;  // of the visible fields of this page
};

}  // namespace mlops::ui
