#pragma once

#include "storage/WriteConflict.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTableWidget;

namespace prepmark {

// The message bar a marking or moderation page shows when its change was refused because
// someone else changed the same thing first (a WriteConflict): who, when, their values
// beside yours, and the two ways on: "Reload" (take theirs) and "Keep mine" (write over
// theirs deliberately; the audit log records it as an overwrite). "Keep mine" is offered
// only where the conflict allows it (never over a release or someone else's claim).
// Object names: "conflictBar", "conflictHeadline", "conflictValues", "conflictReload",
// "conflictKeepMine".
class ConflictBar : public QFrame
{
    Q_OBJECT

public:
    explicit ConflictBar(QWidget *parent = nullptr);

    // Shows the conflict; readerId is who is looking (a draft they saved in another window
    // reads "You saved ...").
    void showConflict(const WriteConflict &conflict, qint64 readerId);
    void clear();
    bool isShowing() const { return m_showing; }
    const WriteConflict &conflict() const { return m_conflict; }

    QLabel *headline() const { return m_headline; }
    QTableWidget *valuesTable() const { return m_values; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepMineButton() const { return m_keepMine; }

signals:
    void reloadRequested();
    void keepMineRequested();

private:
    QString headlineFor(const WriteConflict &conflict, qint64 readerId) const;
    void fillValues(const WriteConflict &conflict);

    WriteConflict m_conflict;
    bool m_showing = false;
    QLabel *m_headline = nullptr;
    QTableWidget *m_values = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_keepMine = nullptr;
};

} // namespace prepmark
