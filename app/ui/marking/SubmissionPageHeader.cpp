#include "SubmissionPageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace prepmark {

SubmissionPageHeader::SubmissionPageHeader(Chip chip, SaveState saveState, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *back = new QPushButton(tr("← &Queue"), this);
    back->setObjectName(QStringLiteral("backToQueue"));
    connect(back, &QPushButton::clicked, this, &SubmissionPageHeader::backRequested);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_chip = new QLabel(this);
    const QString chipName = chip == Chip::MarkerRole ? QStringLiteral("roleChip") : QStringLiteral("statusChip");
    m_chip->setObjectName(chipName);
    // Scoped by object name, so the style applies to the chip alone.
    m_chip->setStyleSheet(QStringLiteral("QLabel#%1 { background: #e3ecf7; color: #1f4f8a; border-radius: 9px; "
                                         "padding: 3px 10px; font-weight: bold; }")
                              .arg(chipName));
    layout->addWidget(back);
    layout->addSpacing(8);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_chip);
    if (saveState == SaveState::Shown) {
        m_saveState = new QLabel(this);
        m_saveState->setObjectName(QStringLiteral("draftState"));
        m_saveState->setStyleSheet(QStringLiteral("color: #5a6570;"));
        layout->addSpacing(12);
        layout->addWidget(m_saveState);
    }
}

void SubmissionPageHeader::setTitle(const QString &html)
{
    m_title->setText(html);
}

void SubmissionPageHeader::setChip(const QString &text, const QString &toolTip)
{
    m_chip->setText(text);
    m_chip->setToolTip(toolTip);
}

void SubmissionPageHeader::setSaveState(const QString &text)
{
    Q_ASSERT(m_saveState);
    m_saveState->setText(text);
}

} // namespace prepmark
