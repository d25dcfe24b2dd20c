#include "SessionInspectorWidget.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prepmark {

SessionInspectorWidget::SessionInspectorWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionInspector"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    auto *notesLabel = new QLabel(tr("<b>Student's notes for the mix engineer</b>"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setReadOnly(true);
    m_notes->setMaximumHeight(120);
    notesLabel->setBuddy(m_notes);
    m_sessionState = new QLabel(this);
    m_sessionState->setWordWrap(true);
    m_sessionState->setTextFormat(Qt::RichText);
    m_tracks = new QTableWidget(this);
    m_tracks->setObjectName(QStringLiteral("trackTable"));
    m_tracks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tracks->verticalHeader()->hide();
    m_tracks->horizontalHeader()->setStretchLastSection(true);
    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_notYet
        = new QLabel(tr("<b>Waveforms and analysis issues</b><br>Not available for this attempt: PrepMark does not yet "
                        "store the analysed session with a submission, so there are no waveforms or detected issues "
                        "to show. Listen to the student's session in your DAW and mark from the rubric."),
            this);
    m_notYet->setObjectName(QStringLiteral("inspectorNotYet"));
    m_notYet->setWordWrap(true);
    m_notYet->setTextFormat(Qt::RichText);
    m_notYet->setStyleSheet(QStringLiteral("QLabel#inspectorNotYet { background: #fff8e1; border: 1px solid #f0d58c; "
                                           "border-radius: 4px; padding: 8px; }"));
    layout->addWidget(m_summary);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(m_sessionState);
    layout->addWidget(m_tracks, 1);
    layout->addWidget(m_raw, 1);
    layout->addWidget(m_notYet);
}

void SessionInspectorWidget::showAttempt(const AttemptRecord &attempt)
{
    m_summary->setText(tr("<b>Attempt %1</b>, submitted %2")
                           .arg(attempt.number)
                           .arg(QLocale().toString(attempt.submittedAt.toLocalTime(), QLocale::ShortFormat)));
    m_notes->setPlainText(attempt.notes.isEmpty() ? tr("(no notes)") : attempt.notes);
    m_tracks->clear();
    m_tracks->setRowCount(0);
    m_tracks->hide();
    m_raw->hide();
    if (attempt.sessionJson.trimmed().isEmpty()) {
        m_sessionState->setText(tr("<b>Prepared session</b><br>No prepared session is stored with this attempt."));
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(attempt.sessionJson.toUtf8());
    const QJsonArray tracks = document.object().value(QStringLiteral("tracks")).toArray();
    if (tracks.isEmpty()) {
        m_sessionState->setText(tr("<b>Prepared session</b> (as stored; no track list in it)"));
        m_raw->setPlainText(
            document.isNull() ? attempt.sessionJson : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
        m_raw->show();
        return;
    }
    // Columns: every scalar field any track has, "name" first.
    QStringList columns {QStringLiteral("name")};
    for (const auto &track : tracks) {
        const QJsonObject object = track.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it->isObject() && !it->isArray() && !columns.contains(it.key()))
                columns << it.key();
        }
    }
    m_sessionState->setText(tr("<b>Prepared session</b>: %n track(s), as stored", nullptr, int(tracks.size())));
    m_tracks->setColumnCount(int(columns.size()));
    m_tracks->setHorizontalHeaderLabels(columns);
    m_tracks->setRowCount(int(tracks.size()));
    for (int r = 0; r < tracks.size(); ++r) {
        const QJsonObject object = tracks[r].toObject();
        for (int c = 0; c < columns.size(); ++c) {
            const QJsonValue value = object.value(columns[c]);
            const QString text = value.isDouble() ? QLocale().toString(value.toDouble())
                : value.isBool()                  ? (value.toBool() ? tr("yes") : tr("no"))
                                                  : value.toString();
            m_tracks->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_tracks->resizeColumnsToContents();
    m_tracks->show();
}

} // namespace prepmark
