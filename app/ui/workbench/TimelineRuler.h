#pragma once

#include "TimelineScale.h"

#include <QWidget>

namespace prepmark {

class SessionDocument;

// The time ruler (bars and minutes:seconds) above the lanes, and the marker lane with
// the session's section markers. Double-click the marker lane to add a marker there,
// double-click a marker to rename it, drag it to move it, right-click it to rename or
// remove it. Every change is an undoable edit of the document.
class TimelineRuler : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRulerHeight = 22;
    static constexpr int kMarkerLaneHeight = 24;

    TimelineRuler(SessionDocument *document, int headerWidth, QWidget *parent = nullptr);

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void setPlayheadSeconds(double seconds);
    TimelineScale scale() const;
    // The marker whose flag is at a point, or -1.
    int markerAt(const QPoint &position) const;
    // Asks for a name and renames the marker (also used by the context menu).
    void renameMarkerInteractively(int index);

    QSize sizeHint() const override;

signals:
    void seekRequested(double seconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QRect flagRect(int index) const;
    qint64 samplesAt(double x) const;

    SessionDocument *m_document;
    int m_headerWidth;
    bool m_readOnly = false;
    double m_playhead = -1.0;
    int m_dragging = -1;
    int m_dragX = 0;
};

} // namespace prepmark
