#include "CriterionPanel.h"

#include "CommentBankWidget.h"
#include "RubricGridModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace prepmark {

CriterionPanel::CriterionPanel(UserContext &context, RubricGridModel &model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("criterionPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_lookAt = new QLabel(this);
    m_lookAt->setWordWrap(true);
    m_lookAt->setTextFormat(Qt::RichText);
    m_descriptor = new QLabel(this);
    m_descriptor->setWordWrap(true);
    m_descriptor->setTextFormat(Qt::RichText);
    m_descriptor->setObjectName(QStringLiteral("levelDescriptor"));
    m_descriptor->setStyleSheet(
        QStringLiteral("QLabel#levelDescriptor { background: #f3f6fa; border: 1px solid #d5dae1; "
                       "border-radius: 4px; padding: 6px; }"));

    m_evidenceBox = new QGroupBox(tr("Automatic evidence"), this);
    auto *evidenceLayout = new QVBoxLayout(m_evidenceBox);
    m_evidenceText = new QLabel(m_evidenceBox);
    m_evidenceText->setWordWrap(true);
    m_evidenceText->setTextFormat(Qt::RichText);
    m_evidenceState = new QLabel(m_evidenceBox);
    m_evidenceState->setWordWrap(true);
    m_evidenceState->setTextFormat(Qt::RichText);
    m_accept = new QPushButton(m_evidenceBox);
    m_accept->setObjectName(QStringLiteral("acceptProvisional"));
    auto *acceptRow = new QHBoxLayout;
    acceptRow->addWidget(m_evidenceState, 1);
    acceptRow->addWidget(m_accept);
    evidenceLayout->addWidget(m_evidenceText);
    evidenceLayout->addLayout(acceptRow);

    m_remarkLabel = new QLabel(this);
    m_remarkLabel->setTextFormat(Qt::RichText);
    m_remark = new QPlainTextEdit(this);
    m_remark->setObjectName(QStringLiteral("remarkEditor"));
    m_remark->setPlaceholderText(tr("A remark for the student on this criterion…"));
    m_remark->setTabChangesFocus(true);
    m_remark->setMaximumHeight(90);
    m_remarkLabel->setBuddy(m_remark);
    m_bank = new CommentBankWidget(context, this);

    layout->addWidget(m_title);
    layout->addWidget(m_lookAt);
    layout->addWidget(m_descriptor);
    layout->addWidget(m_evidenceBox);
    layout->addWidget(m_remarkLabel);
    layout->addWidget(m_remark);
    layout->addWidget(m_bank, 1);

    connect(m_accept, &QPushButton::clicked, this, [this] { emit acceptRequested(m_row); });
    connect(m_remark, &QPlainTextEdit::textChanged, this, [this] {
        if (const Criterion *criterion = m_model.criterionAt(m_row))
            m_model.setRemark(criterion->key, m_remark->toPlainText());
    });
    connect(m_bank, &CommentBankWidget::insertRequested, this, &CriterionPanel::insertComment);
    connect(m_bank, &CommentBankWidget::saveRequested, this, [this] { m_bank->saveComment(m_remark->toPlainText()); });
    connect(&m_model, &RubricGridModel::sheetChanged, this, &CriterionPanel::refresh);
    showCriterion(-1, 0);
}

void CriterionPanel::setEvidence(const QVector<EvidenceRecord> &evidence)
{
    m_evidence.clear();
    for (const EvidenceRecord &item : evidence)
        m_evidence.insert(item.criterionKey, item);
    refresh();
}

void CriterionPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_remark->setReadOnly(readOnly);
    refresh();
}

void CriterionPanel::showCriterion(int row, int column)
{
    const bool changed = row != m_row;
    m_row = row;
    m_column = column;
    if (changed) {
        const Criterion *criterion = m_model.criterionAt(row);
        const QSignalBlocker blocker(m_remark);
        m_remark->setPlainText(criterion ? m_model.sheet().remark(criterion->key) : QString());
        if (const Dimension *dimension = m_model.dimensionAt(row))
            m_bank->setDimension(dimension->key);
    }
    refresh();
}

void CriterionPanel::refresh()
{
    const Criterion *criterion = m_model.criterionAt(m_row);
    const Dimension *dimension = m_model.dimensionAt(m_row);
    const bool shown = criterion && dimension;
    for (QWidget *w :
        {static_cast<QWidget *>(m_lookAt), static_cast<QWidget *>(m_descriptor), static_cast<QWidget *>(m_evidenceBox),
            static_cast<QWidget *>(m_remarkLabel), static_cast<QWidget *>(m_remark), static_cast<QWidget *>(m_bank)})
        w->setVisible(shown);
    if (!shown) {
        m_title->setText(tr("<i>Choose a criterion in the grid.</i>"));
        return;
    }
    const Rubric &rubric = m_model.rubric();
    const MarkSheet &sheet = m_model.sheet();
    m_title->setText(tr("<span style='color:#5a6570'>%1</span><br><b style='font-size:13pt'>%2</b> "
                        "<span style='color:#5a6570'>· weight %3</span>")
                         .arg(dimension->name.toHtmlEscaped(), criterion->name.toHtmlEscaped(),
                             QLocale().toString(criterion->weight)));
    m_lookAt->setText(tr("<b>What to look at:</b> %1").arg(criterion->evidence.toHtmlEscaped()));
    const int level
        = m_column > 0 ? m_model.levelOfColumn(m_column) : sheet.level(criterion->key).value_or(rubric.scale.min);
    m_descriptor->setText(tr("<b>Level %1 · %2</b>%3<br>%4")
                              .arg(level)
                              .arg(rubric.scale.labels.value(level).toHtmlEscaped())
                              .arg(sheet.level(criterion->key) == level ? tr(" — given") : QString())
                              .arg(criterion->levels.value(level).toHtmlEscaped()));

    const auto evidence = m_evidence.constFind(criterion->key);
    const std::optional<int> provisional = sheet.provisionalLevel(criterion->key);
    if (evidence == m_evidence.constEnd()) {
        m_evidenceText->setText(tr("No automatic evidence for this criterion: it is the marker's judgement alone."));
        m_evidenceState->clear();
        m_accept->hide();
    } else {
        QString lines;
        for (const QString &line : evidence->lines)
            lines += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        const QString head = provisional ? tr("Provisional level <b>%1 · %2</b>")
                                               .arg(*provisional)
                                               .arg(rubric.scale.labels.value(*provisional).toHtmlEscaped())
                                         : tr("No provisional level: the marker decides.");
        m_evidenceText->setText(head
            + (lines.isEmpty() ? QString() : QStringLiteral("<ul style='margin:2px 0 0 -20px'>%1</ul>").arg(lines)));
        m_accept->setVisible(provisional.has_value() && !m_readOnly);
        if (provisional)
            m_accept->setText(tr("&Accept level %1").arg(*provisional));
        m_accept->setEnabled(!sheet.isAccepted(criterion->key));
        if (sheet.isAccepted(criterion->key))
            m_evidenceState->setText(tr("<span style='color:#1b5e20'>✓ Accepted</span>"));
        else if (sheet.isOverride(criterion->key))
            m_evidenceState->setText(
                tr("<span style='color:#a40000'>Overridden with level %1: say why in the remark.</span>")
                    .arg(*sheet.level(criterion->key)));
        else
            m_evidenceState->setText(tr("Not decided yet."));
    }
    const bool remarkNeeded = sheet.isOverride(criterion->key) && sheet.remark(criterion->key).trimmed().isEmpty();
    m_remarkLabel->setText(remarkNeeded
            ? tr("<b>&Remark</b> <span style='color:#a40000'>— required: this overrides the automatic level</span>")
            : tr("<b>&Remark</b> (optional)"));
}

void CriterionPanel::insertComment(const QString &text)
{
    if (m_readOnly || !m_model.criterionAt(m_row))
        return;
    QString current = m_remark->toPlainText().trimmed();
    if (!current.isEmpty())
        current += QLatin1Char(' ');
    m_remark->setPlainText(current + text);
    m_remark->moveCursor(QTextCursor::End);
}

} // namespace prepmark
