#include "RubricGridView.h"

#include "RubricGridDelegate.h"
#include "RubricGridModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace prepmark {

RubricGridView::RubricGridView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("rubricGrid"));
    setItemDelegate(new RubricGridDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setShowGrid(false);
    setTabKeyNavigation(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QAbstractItemView::clicked, this, &RubricGridView::choose);
}

void RubricGridView::setGridModel(RubricGridModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &RubricGridView::layoutRows);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        emit currentCriterionChanged(m_model->isCriterionRow(current.row()) ? current.row() : -1);
    });
    layoutRows();
}

void RubricGridView::layoutRows()
{
    clearSpans();
    if (!m_model || m_model->columnCount() == 0)
        return;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->isCriterionRow(r)) {
            setRowHeight(r, 78);
        } else {
            setSpan(r, 0, 1, m_model->columnCount());
            setRowHeight(r, 30);
        }
    }
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    setColumnWidth(0, 230);
    for (int c = 1; c < m_model->columnCount(); ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    const int first = m_model->firstCriterionRow();
    if (first >= 0)
        focusCriterion(first);
    scrollToTop(); // the first dimension's header row stays in view
}

int RubricGridView::currentCriterionRow() const
{
    const int row = currentIndex().row();
    return m_model && m_model->isCriterionRow(row) ? row : -1;
}

void RubricGridView::focusCriterion(int row)
{
    if (!m_model || !m_model->isCriterionRow(row))
        return;
    const std::optional<int> given = m_model->sheet().level(m_model->criterionAt(row)->key);
    const int column = currentIndex().column() > 0
        ? currentIndex().column()
        : m_model->columnOfLevel(given.value_or(m_model->rubric().scale.min));
    setCurrentIndex(m_model->index(row, column));
    scrollTo(m_model->index(row, column));
}

void RubricGridView::choose(const QModelIndex &index)
{
    if (!m_model || !index.isValid() || index.column() == 0)
        return;
    m_model->setLevel(index.row(), m_model->levelOfColumn(index.column()));
}

void RubricGridView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QTableView::keyPressEvent(event);
        return;
    }
    int row = currentCriterionRow();
    if (row < 0)
        row = m_model->firstCriterionRow();
    const int key = event->key();
    const Rubric &rubric = m_model->rubric();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int level = key - Qt::Key_0;
        if (level >= rubric.scale.min && level <= rubric.scale.max && m_model->setLevel(row, level)) {
            setCurrentIndex(m_model->index(row, m_model->columnOfLevel(level)));
            event->accept();
            return;
        }
    }
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        focusCriterion(m_model->neighbourCriterionRow(row, key == Qt::Key_Down ? 1 : -1));
        event->accept();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int column
            = std::clamp(currentIndex().column() + (key == Qt::Key_Right ? 1 : -1), 1, m_model->columnCount() - 1);
        setCurrentIndex(m_model->index(row, column));
        event->accept();
        return;
    }
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose(m_model->index(row, std::max(1, currentIndex().column())));
        event->accept();
        return;
    case Qt::Key_A:
        m_model->acceptProvisional(row);
        if (const std::optional<int> level = m_model->sheet().level(m_model->criterionAt(row)->key))
            setCurrentIndex(m_model->index(row, m_model->columnOfLevel(*level)));
        event->accept();
        return;
    default:
        QTableView::keyPressEvent(event);
    }
}

} // namespace prepmark
