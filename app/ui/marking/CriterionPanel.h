#pragma once

#include "ui/common/UserContext.h"

#include "storage/SubmissionRepository.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QGroupBox;

namespace prepmark {

class CommentBankWidget;
class RubricGridModel;

// Beside the rubric grid: the current criterion in full — what to look at, the
// descriptor of the level in focus, the automatic evidence with its provisional level
// (accept it, or override it with a remark), the remark, and the comment bank.
class CriterionPanel : public QWidget
{
    Q_OBJECT

public:
    CriterionPanel(UserContext &context, RubricGridModel &model, QWidget *parent = nullptr);

    void setEvidence(const QVector<EvidenceRecord> &evidence);
    // Shows the criterion of row, with the descriptor of the level in column.
    void showCriterion(int row, int column);
    void setReadOnly(bool readOnly);

    QPlainTextEdit *remarkEditor() const { return m_remark; }
    QPushButton *acceptButton() const { return m_accept; }
    CommentBankWidget *commentBank() const { return m_bank; }

signals:
    void acceptRequested(int row);

private:
    void refresh();
    void insertComment(const QString &text);

    RubricGridModel &m_model;
    QHash<QString, EvidenceRecord> m_evidence;
    int m_row = -1;
    int m_column = 0;
    bool m_readOnly = false;
    QLabel *m_title = nullptr;
    QLabel *m_lookAt = nullptr;
    QLabel *m_descriptor = nullptr;
    QGroupBox *m_evidenceBox = nullptr;
    QLabel *m_evidenceText = nullptr;
    QLabel *m_evidenceState = nullptr;
    QPushButton *m_accept = nullptr;
    QLabel *m_remarkLabel = nullptr;
    QPlainTextEdit *m_remark = nullptr;
    CommentBankWidget *m_bank = nullptr;
};

} // namespace prepmark
