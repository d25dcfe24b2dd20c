#include "FindingsList.h"

#include "SessionDocument.h"

#include <QCoreApplication>
#include <QHeaderView>

#include <algorithm>

#include <cmath>

namespace prepmark {

namespace {
QString where(const IssueMark &mark)
{
    if (!mark.isPositioned())
        return QCoreApplication::translate("prepmark::FindingsList", "whole file");
    const auto stamp = [](double seconds) {
        const int tenths = int(std::lround(seconds * 10.0));
        return QStringLiteral("%1:%2.%3")
            .arg(tenths / 600)
            .arg((tenths / 10) % 60, 2, 10, QLatin1Char('0'))
            .arg(tenths % 10);
    };
    return mark.endSeconds - mark.startSeconds < 0.05
        ? stamp(mark.startSeconds)
        : stamp(mark.startSeconds) + QStringLiteral("–") + stamp(mark.endSeconds);
}
} // namespace

FindingsList::FindingsList(SessionDocument *document, QWidget *parent) : QTreeWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("findingsList"));
    setColumnCount(2);
    setHeaderLabels({tr("Finding"), tr("Where (file time)")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setWordWrap(true);
    setUniformRowHeights(false);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit trackChosen(item->data(0, Qt::UserRole).toString());
    });
}

void FindingsList::setIssues(const TrackIssueMap &issues)
{
    clear();
    const Session &session = m_document->session();
    for (const SessionTrack &track : session.tracks) {
        QVector<IssueMark> marks = issues.marksFor(track.id);
        if (marks.isEmpty())
            continue;
        std::stable_sort(marks.begin(), marks.end(),
            [](const IssueMark &a, const IssueMark &b) { return int(a.severity) > int(b.severity); });
        auto *parentItem
            = new QTreeWidgetItem(this, {tr("%1 (%n finding(s))", nullptr, int(marks.size())).arg(track.name)});
        parentItem->setData(0, Qt::UserRole, track.id);
        QFont bold = parentItem->font(0);
        bold.setBold(true);
        parentItem->setFont(0, bold);
        QStringList seen;
        for (const IssueMark &mark : marks) {
            // clipped runs and clicks are one finding with many places
            const QString key = mark.message;
            auto *item = new QTreeWidgetItem(parentItem, {mark.message, where(mark)});
            item->setData(0, Qt::UserRole, track.id);
            item->setToolTip(0, mark.message);
            item->setForeground(0, IssueMark::colour(mark.kind).darker(130));
            if (seen.contains(key))
                item->setText(0, tr("  … and at"));
            seen << key;
        }
        parentItem->setExpanded(true);
    }
    if (topLevelItemCount() == 0)
        new QTreeWidgetItem(this, {tr("The analysis found nothing to point at.")});
}

} // namespace prepmark
