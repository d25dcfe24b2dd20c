#pragma once

#include <QWidget>

class QLabel;

namespace prepmark {

// The header row of the marking and moderation pages: a button back to the queue
// ("backToQueue"), the submission's title (rich text), a chip with the reader's role or
// the submission's status, and on pages that save drafts the draft's save state
// ("draftState").
class SubmissionPageHeader : public QWidget
{
    Q_OBJECT

public:
    // What the chip shows, which also names it: "roleChip" or "statusChip".
    enum class Chip { MarkerRole, SubmissionStatus };
    enum class SaveState { Hidden, Shown };

    SubmissionPageHeader(Chip chip, SaveState saveState, QWidget *parent = nullptr);

    void setTitle(const QString &html);
    void setChip(const QString &text, const QString &toolTip = QString());
    // Only with SaveState::Shown.
    void setSaveState(const QString &text);

signals:
    void backRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_chip = nullptr;
    QLabel *m_saveState = nullptr;
};

} // namespace prepmark
