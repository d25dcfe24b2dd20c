#include "CriterionComparisonTable.h"

#include <QHeaderView>
#include <QLocale>

#include <cstdlib>

namespace prepmark {

namespace {
const QColor kApart(0xfc, 0xe8, 0xb2);

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *made = new QTableWidgetItem(text);
    made->setTextAlignment(alignment);
    made->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return made;
}
} // namespace

CriterionComparisonTable::CriterionComparisonTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("moderationCriteria"));
    verticalHeader()->hide();
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void CriterionComparisonTable::showMarks(
    const Rubric &rubric, const QHash<QString, MarkRecord> &first, const QHash<QString, MarkRecord> &second)
{
    clearSpans();
    clear();
    setColumnCount(4);
    setHorizontalHeaderLabels({tr("Criterion"), tr("First"), tr("Second"), tr("Remarks")});
    setRowCount(0);
    for (const Dimension &d : rubric.dimensions) {
        const int header = rowCount();
        insertRow(header);
        QTableWidgetItem *title = cell(d.name);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setBackground(QColor(0xec, 0xef, 0xf4));
        setItem(header, 0, title);
        setSpan(header, 0, 1, 4);
        for (const Criterion &c : d.criteria) {
            const int r = rowCount();
            insertRow(r);
            setItem(r, 0, cell(c.name));
            const auto level = [&](const QHash<QString, MarkRecord> &marks) {
                return marks.contains(c.key) ? QLocale().toString(marks.value(c.key).level) : tr("—");
            };
            setItem(r, 1, cell(level(first), Qt::AlignCenter));
            setItem(r, 2, cell(level(second), Qt::AlignCenter));
            if (first.contains(c.key) && second.contains(c.key)
                && std::abs(first.value(c.key).level - second.value(c.key).level) >= 2) {
                item(r, 1)->setBackground(kApart);
                item(r, 2)->setBackground(kApart);
            }
            QStringList remarks;
            if (!first.value(c.key).remark.isEmpty())
                remarks << tr("1st: %1").arg(first.value(c.key).remark);
            if (!second.value(c.key).remark.isEmpty())
                remarks << tr("2nd: %1").arg(second.value(c.key).remark);
            setItem(r, 3, cell(remarks.join(QLatin1Char('\n'))));
            item(r, 3)->setToolTip(remarks.join(QLatin1Char('\n')));
        }
    }
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

} // namespace prepmark
