#include "ConflictBar.h"

#include "MarkingTexts.h"

#include "ui/common/SubmissionStatusText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prepmark {

ConflictBar::ConflictBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("conflictBar"));
    setStyleSheet(QStringLiteral("QFrame#conflictBar { background: #fff4e5; border: 1px solid #f0c36d; "
                                 "border-radius: 4px; }"));
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("conflictHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_values = new QTableWidget(0, 3, this);
    m_values->setObjectName(QStringLiteral("conflictValues"));
    m_values->setHorizontalHeaderLabels({tr("What"), tr("Theirs (stored now)"), tr("Yours (not saved)")});
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionMode(QAbstractItemView::NoSelection);
    m_values->setMaximumHeight(150);
    m_reload = new QPushButton(tr("&Reload (take theirs)"), this);
    m_reload->setObjectName(QStringLiteral("conflictReload"));
    m_reload->setToolTip(tr("Show what is stored now; your unsaved change is dropped."));
    m_keepMine = new QPushButton(tr("&Keep mine"), this);
    m_keepMine->setObjectName(QStringLiteral("conflictKeepMine"));
    m_keepMine->setToolTip(
        tr("Write your version over theirs. The overwrite is recorded in the audit log with your name."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_keepMine);
    layout->addWidget(m_headline);
    layout->addWidget(m_values);
    layout->addLayout(buttons);
    connect(m_reload, &QPushButton::clicked, this, &ConflictBar::reloadRequested);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictBar::keepMineRequested);
    hide();
}

void ConflictBar::showConflict(const WriteConflict &conflict, qint64 readerId)
{
    m_conflict = conflict;
    m_showing = true;
    m_headline->setText(headlineFor(conflict, readerId));
    fillValues(conflict);
    m_keepMine->setVisible(conflict.overwritable);
    show();
}

void ConflictBar::clear()
{
    m_conflict = {};
    m_showing = false;
    hide();
}

QString ConflictBar::headlineFor(const WriteConflict &conflict, qint64 readerId) const
{
    const QString who
        = (conflict.changedByName.isEmpty() ? tr("Someone else") : conflict.changedByName).toHtmlEscaped();
    const QString when = conflict.changedAt.isValid()
        ? QLocale().toString(conflict.changedAt.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown time");
    const bool you = readerId != 0 && conflict.changedById == readerId;
    switch (conflict.kind) {
    case WriteConflict::Kind::Changed:
        return you ? tr("<b>You saved a newer version of this on %1</b>, in another window or on another computer. "
                        "Nothing was saved here.")
                         .arg(when)
                   : tr("<b>%1 changed this on %2</b>, after you opened it. Nothing was saved here.").arg(who, when);
    case WriteConflict::Kind::Removed:
        return tr("<b>What you opened was removed</b> (last saved by %1 on %2). Nothing was saved here.")
            .arg(who, when);
    case WriteConflict::Kind::Claimed: {
        QString role = tr("marker");
        for (const ConflictingValue &value : conflict.values) {
            if (value.key == QLatin1String("role") && markerRoleFromName(value.theirs))
                role = MarkingTexts::role(*markerRoleFromName(value.theirs));
        }
        return tr("<b>%1 is already the %2</b> of this submission (since %3). Your sheet was not saved.")
            .arg(who, role, when);
    }
    case WriteConflict::Kind::Completed:
        return you ? tr("<b>You completed this marking on %1</b>, in another window or on another computer. "
                        "Nothing was saved here.")
                         .arg(when)
                   : tr("<b>%1 completed this marking on %2.</b> Nothing was saved here.").arg(who, when);
    case WriteConflict::Kind::NewAttempt:
        return tr("<b>The student handed in a new attempt</b> on %1; this page shows the earlier one. Nothing was "
                  "saved here.")
            .arg(when);
    case WriteConflict::Kind::Released:
        return tr("<b>%1 released this result on %2.</b> A released result is a snapshot; nothing was saved here.")
            .arg(who, when);
    }
    return {};
}

void ConflictBar::fillValues(const WriteConflict &conflict)
{
    auto statusText = [](const QString &name) {
        const Result<SubmissionStatus> status = submissionStatusFromName(name);
        return status ? SubmissionStatusText::text(*status) : name;
    };
    m_values->setRowCount(0);
    for (const ConflictingValue &value : conflict.values) {
        if (value.key == QLatin1String("role"))
            continue;
        QString label = value.label;
        QString theirs = value.theirs;
        QString yours = value.yours;
        if (value.key == QLatin1String("status")) {
            label = tr("Status");
            theirs = statusText(theirs);
            yours = yours.isEmpty() ? QString() : statusText(yours);
        } else if (value.key == QLatin1String("feedback")) {
            label = tr("Feedback");
        } else if (value.key == QLatin1String("reason")) {
            label = tr("Reason");
        }
        const int row = m_values->rowCount();
        m_values->insertRow(row);
        m_values->setItem(row, 0, new QTableWidgetItem(label));
        m_values->setItem(row, 1, new QTableWidgetItem(theirs.isEmpty() ? tr("—") : theirs));
        m_values->setItem(row, 2, new QTableWidgetItem(yours.isEmpty() ? tr("—") : yours));
    }
    m_values->setVisible(m_values->rowCount() > 0);
}

} // namespace prepmark
