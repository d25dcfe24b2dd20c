#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace prepmark {

// Preferences: the interface language (numbers and dates follow it). The choice is
// applied at once, without a restart, and remembered for the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languagePicker() const { return m_language; }
    // Applies and stores the chosen language.
    void apply();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel = nullptr;
    QLabel *m_note = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace prepmark
