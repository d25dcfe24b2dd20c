#include "CommentBankWidget.h"

#include "storage/marking/CommentBankRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace prepmark {

CommentBankWidget::CommentBankWidget(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Comment bank</b>"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commentBank"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setToolTip(tr("Double-click a comment to add it to the remark."));
    heading->setBuddy(m_list);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QHBoxLayout;
    m_insert = new QPushButton(tr("&Insert"), this);
    m_save = new QPushButton(tr("Save remark to &bank"), this);
    m_save->setObjectName(QStringLiteral("saveToBank"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeFromBank"));
    m_remove->setEnabled(false);
    buttons->addWidget(m_insert);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit insertRequested(item->text()); });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            emit insertRequested(item->text());
    });
    connect(m_save, &QPushButton::clicked, this, &CommentBankWidget::saveRequested);
    connect(m_remove, &QPushButton::clicked, this, &CommentBankWidget::removeSelected);
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &CommentBankWidget::removeSelected);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const qint64 owner = item ? item->data(Qt::UserRole + 1).toLongLong() : -1;
        m_remove->setEnabled(
            item && (owner == m_context.actor.userId || (owner == 0 && m_context.actor.seesAllCohorts())));
    });
}

void CommentBankWidget::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_remove->isEnabled())
        return;
    const Status removed = CommentBankRepository(m_context.database.connection(), m_context.actor)
                               .remove(item->data(Qt::UserRole).toLongLong());
    m_message->setText(removed ? tr("Removed from the comment bank.") : removed.errorMessage());
    m_message->show();
    if (removed)
        reload();
}

void CommentBankWidget::setDimension(const QString &dimensionKey)
{
    if (dimensionKey == m_dimensionKey && m_list->count() > 0)
        return;
    m_dimensionKey = dimensionKey;
    reload();
}

void CommentBankWidget::reload()
{
    m_list->clear();
    const Result<QVector<BankedComment>> comments
        = CommentBankRepository(m_context.database.connection(), m_context.actor).comments(m_dimensionKey);
    if (!comments) {
        m_message->setText(comments.errorMessage());
        m_message->show();
        return;
    }
    for (const BankedComment &comment : *comments) {
        auto *item = new QListWidgetItem(comment.text, m_list);
        item->setData(Qt::UserRole, comment.id);
        item->setData(Qt::UserRole + 1, comment.ownerId);
        item->setToolTip(comment.ownerId == 0 ? tr("Shared with every marker") : tr("Your own comment"));
        if (comment.ownerId != 0) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    m_insert->setEnabled(m_list->count() > 0);
}

void CommentBankWidget::saveComment(const QString &text)
{
    const Result<qint64> saved
        = CommentBankRepository(m_context.database.connection(), m_context.actor).add(text, m_dimensionKey);
    m_message->setText(saved ? tr("Saved to your comment bank.") : saved.errorMessage());
    m_message->show();
    if (saved)
        reload();
}

} // namespace prepmark
