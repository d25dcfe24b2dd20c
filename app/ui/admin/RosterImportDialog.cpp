#include "RosterImportDialog.h"

#include "core/CsvReader.h"
#include "storage/CohortRepository.h"
#include "storage/RosterReader.h"

#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prepmark {

namespace {

enum PreviewColumn { ActionColumn, WhereColumn, UsernameColumn, NameColumn, NoteColumn, ColumnCount };

QString actionText(RosterRowOutcome::Action action)
{
    switch (action) {
    case RosterRowOutcome::Action::Create:
        return RosterImportDialog::tr("new account");
    case RosterRowOutcome::Action::Enrol:
        return RosterImportDialog::tr("enrol existing account");
    case RosterRowOutcome::Action::AlreadyEnrolled:
        return RosterImportDialog::tr("already enrolled");
    case RosterRowOutcome::Action::Skip:
        return RosterImportDialog::tr("skip");
    case RosterRowOutcome::Action::Error:
        return RosterImportDialog::tr("error");
    }
    return {};
}

} // namespace

RosterImportDialog::RosterImportDialog(UserContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import roster"));
    resize(820, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Creates student accounts from a Moodle or Canvas user list (CSV) and enrols them in "
                                "a cohort. Check the file first: nothing changes until you import it, and one error "
                                "in the file imports nothing. New accounts have no password until one is set."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("rosterFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    m_cohort = new QComboBox(this);
    m_cohort->setObjectName(QStringLiteral("rosterCohort"));
    form->addRow(tr("&Cohort:"), m_cohort);
    layout->addLayout(form);

    m_preview = new QTableWidget(0, ColumnCount, this);
    m_preview->setObjectName(QStringLiteral("rosterPreview"));
    m_preview->setHorizontalHeaderLabels({tr("What happens"), tr("Line"), tr("User name"), tr("Name"), tr("Note")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rosterSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setEnabled(false);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    connect(checkButton, &QPushButton::clicked, this, &RosterImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &RosterImportDialog::importChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &RosterImportDialog::forgetCheck);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, &RosterImportDialog::forgetCheck);
    loadCohorts();
}

void RosterImportDialog::loadCohorts()
{
    const Result<QVector<CohortRecord>> cohorts
        = CohortRepository(m_context.database.connection(), m_context.actor).visibleCohorts();
    if (!cohorts) {
        m_summary->setText(cohorts.errorMessage());
        return;
    }
    for (const CohortRecord &cohort : *cohorts)
        m_cohort->addItem(tr("%1 (%2, %3)").arg(cohort.name, cohort.moduleCode, cohort.academicYear), cohort.id);
    if (cohorts->isEmpty())
        m_summary->setText(tr("There is no cohort to import into yet."));
}

void RosterImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Roster file"), m_file->text(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void RosterImportDialog::forgetCheck()
{
    m_checked.reset();
    m_import->setEnabled(false);
}

bool RosterImportDialog::check()
{
    forgetCheck();
    m_preview->setRowCount(0);
    const auto fail = [this](const QString &message) {
        m_summary->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_summary->setText(message);
        return false;
    };
    if (m_file->text().trimmed().isEmpty())
        return fail(tr("Choose the roster file."));
    if (m_cohort->currentIndex() < 0)
        return fail(tr("Choose the cohort."));
    const Result<CsvTable> table = CsvReader::read(m_file->text().trimmed());
    if (!table)
        return fail(table.errorMessage());
    const Result<RosterFile> roster = RosterReader::read(*table);
    if (!roster)
        return fail(roster.errorMessage());
    const Result<RosterImportReport> report = RosterImporter(m_context.database.connection(), m_context.actor)
                                                  .import(*roster, m_cohort->currentData().toLongLong(), true);
    if (!report)
        return fail(report.errorMessage());
    showReport(*report, true);
    if (!report->hasErrors()) {
        m_checked = *roster;
        m_import->setEnabled(true);
    }
    return true;
}

bool RosterImportDialog::importChecked()
{
    if (!m_checked)
        return false;
    const Result<RosterImportReport> report = RosterImporter(m_context.database.connection(), m_context.actor)
                                                  .import(*m_checked, m_cohort->currentData().toLongLong(), false);
    forgetCheck();
    if (!report) {
        m_summary->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_summary->setText(tr("Nothing was imported: %1").arg(report.errorMessage()));
        return false;
    }
    showReport(*report, false);
    if (!report->applied)
        return false;
    emit imported(m_summary->text());
    return true;
}

void RosterImportDialog::showReport(const RosterImportReport &report, bool dryRun)
{
    m_preview->setRowCount(int(report.rows.size()));
    for (int r = 0; r < report.rows.size(); ++r) {
        const RosterRowOutcome &row = report.rows.at(r);
        const QString where
            = row.column > 0 ? tr("%1, column %2").arg(row.line).arg(row.column) : QString::number(row.line);
        const QStringList cells {actionText(row.action), where, row.username, row.displayName, row.message};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (row.action == RosterRowOutcome::Action::Error)
                item->setForeground(QColor(0xa4, 0x00, 0x00));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    using A = RosterRowOutcome::Action;
    const QString counts = tr("%1 (%2): new accounts: %3, to enrol: %4, already enrolled: %5, skipped: %6, "
                              "errors: %7.")
                               .arg(report.fileName.isEmpty() ? m_file->text() : report.fileName, report.format)
                               .arg(report.count(A::Create))
                               .arg(report.count(A::Enrol))
                               .arg(report.count(A::AlreadyEnrolled))
                               .arg(report.count(A::Skip))
                               .arg(report.count(A::Error));
    QString text;
    if (report.hasErrors())
        text = tr("%1 Correct the file and check it again: nothing is imported while it has errors.").arg(counts);
    else if (dryRun)
        text = tr("%1 Nothing has changed yet: Import does it.").arg(counts);
    else
        text = tr("Imported into %1. %2").arg(report.cohortName, counts);
    m_summary->setStyleSheet(report.hasErrors() ? QStringLiteral("color: #a40000;") : QString());
    m_summary->setText(text);
}

} // namespace prepmark
