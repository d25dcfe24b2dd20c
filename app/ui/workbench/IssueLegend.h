#pragma once

#include "TrackIssueMap.h"

#include <QWidget>

namespace prepmark {

// The key to the waveform overlays: a swatch per kind of finding with how many the
// session has, and what the findings were measured on.
class IssueLegend : public QWidget
{
    Q_OBJECT

public:
    explicit IssueLegend(QWidget *parent = nullptr);

    void setIssues(const TrackIssueMap &issues, const QString &caption);
    QString caption() const { return m_caption; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TrackIssueMap m_issues;
    QString m_caption;
};

} // namespace prepmark
