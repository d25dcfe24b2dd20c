#pragma once

#include "TrackIssueMap.h"

#include <QTreeWidget>

namespace prepmark {

class SessionDocument;

// Every analysis finding as a list under its track, most severe first, to read
// beside the waveforms; choosing one selects its track.
class FindingsList : public QTreeWidget
{
    Q_OBJECT

public:
    FindingsList(SessionDocument *document, QWidget *parent = nullptr);

    void setIssues(const TrackIssueMap &issues);

signals:
    void trackChosen(const QString &trackId);

private:
    SessionDocument *m_document;
};

} // namespace prepmark
