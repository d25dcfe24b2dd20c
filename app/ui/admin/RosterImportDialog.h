#pragma once

#include "ui/common/UserContext.h"

#include "storage/RosterImporter.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace prepmark {

// "Import roster…": prepmark-cli import-roster as a dialog. Choose a Moodle or Canvas user
// list (README, "Roster import") and the cohort; "Check" reads the file and shows what would
// happen to every row (new account, enrol, already enrolled, skip, or an error with its line
// and column) without changing anything; "Import" is offered only when the check found no
// error, and imports that same file in one transaction (RosterImporter: all or nothing).
// New accounts have no password until one is set.
class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RosterImportDialog(UserContext &context, QWidget *parent = nullptr);

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *cohortPicker() const { return m_cohort; }
    QTableWidget *preview() const { return m_preview; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

    // Reads the file and shows the dry run; false when the file cannot be read.
    bool check();
    // Imports what the last check showed (the Import button); false when nothing was imported.
    bool importChecked();

signals:
    // After an import: what was done, in one sentence.
    void imported(const QString &summary);

private:
    void chooseFile();
    void loadCohorts();
    void showReport(const RosterImportReport &report, bool dryRun);
    void forgetCheck();

    UserContext &m_context;
    QLineEdit *m_file = nullptr;
    QComboBox *m_cohort = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
    std::optional<RosterFile> m_checked; // the file as read by the last check without errors
};

} // namespace prepmark
