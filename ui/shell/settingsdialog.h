#pragma once
// SettingsDialog: the application's settings. Today: the UI language (System default,
// English, 日本語), saved in Settings::language() and applied at the next start (the
// dialog says so). Thread: GUI thread.

#include <QDialog>

class QComboBox;
class QLabel;

namespace mlops::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Saves the choice and closes.
    void accept() override;

private:
    void updateNote();

    QComboBox *m_language;
    QLabel *m_note;
    QString m_initial;
};

}  // namespace mlops::ui
