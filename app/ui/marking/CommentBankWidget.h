#pragma once

#include "ui/common/UserContext.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace prepmark {

// The comment bank beside a criterion: the shared and the marker's own comments for the
// criterion's dimension (and general ones). Double-click or Insert puts a comment into
// the remark; "Save remark" keeps the current remark for next time.
class CommentBankWidget : public QWidget
{
    Q_OBJECT

public:
    CommentBankWidget(UserContext &context, QWidget *parent = nullptr);

    void setDimension(const QString &dimensionKey);
    // Saves text to the marker's own bank under the current dimension.
    void saveComment(const QString &text);
    // Removes the selected comment when the marker may.
    void removeSelected();
    QListWidget *list() const { return m_list; }

signals:
    void insertRequested(const QString &text);
    void saveRequested();

private:
    void reload();

    UserContext &m_context;
    QString m_dimensionKey;
    QListWidget *m_list = nullptr;
    QPushButton *m_insert = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace prepmark
