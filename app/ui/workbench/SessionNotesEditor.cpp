#include "SessionNotesEditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace prepmark {

namespace {
using Section = SessionDocument::NotesSection;

struct Heading
{
    Section section;
    const char *title;
    const char *placeholder;
    const char *objectName;
};

const Heading kHeadings[] = {
    {Section::Found, QT_TRANSLATE_NOOP("prepmark::SessionNotesEditor", "What I found"),
        QT_TRANSLATE_NOOP(
            "prepmark::SessionNotesEditor", "Every problem you heard or measured, on which track and where…"),
        "notesFound"},
    {Section::Fixed, QT_TRANSLATE_NOOP("prepmark::SessionNotesEditor", "What I fixed, and how"),
        QT_TRANSLATE_NOOP("prepmark::SessionNotesEditor", "Polarity flips, offsets, gain changes, fades, cuts…"),
        "notesFixed"},
    {Section::Left, QT_TRANSLATE_NOOP("prepmark::SessionNotesEditor", "What I left, and why"),
        QT_TRANSLATE_NOOP(
            "prepmark::SessionNotesEditor", "What the brief asks to keep, and what is the mix engineer's call…"),
        "notesLeft"},
    {Section::Questions, QT_TRANSLATE_NOOP("prepmark::SessionNotesEditor", "Questions for the artist"),
        QT_TRANSLATE_NOOP("prepmark::SessionNotesEditor", "Which take, which part, what is deliberate…"),
        "notesQuestions"},
    {Section::References, QT_TRANSLATE_NOOP("prepmark::SessionNotesEditor", "References"),
        QT_TRANSLATE_NOOP("prepmark::SessionNotesEditor", "Reference tracks and what to listen for…"),
        "notesReferences"},
};
} // namespace

SessionNotesEditor::SessionNotesEditor(SessionDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("notesEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    for (const Heading &heading : kHeadings) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(tr(heading.title)), content);
        auto *edit = new QPlainTextEdit(content);
        edit->setObjectName(QString::fromLatin1(heading.objectName));
        edit->setPlaceholderText(tr(heading.placeholder));
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(70);
        edit->setPlainText(SessionDocument::notesText(document->session().notes, heading.section));
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit, 1);
        m_editors << edit;
        const Section section = heading.section;
        connect(edit, &QPlainTextEdit::textChanged, this,
            [this, edit, section] { m_document->setNotes(section, edit->toPlainText()); });
    }
    scroll->setWidget(content);
    outer->addWidget(scroll);
    connect(document, &SessionDocument::notesChanged, this, &SessionNotesEditor::showSection);
}

QPlainTextEdit *SessionNotesEditor::editor(SessionDocument::NotesSection section) const
{
    return m_editors[int(section)];
}

void SessionNotesEditor::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit *edit : m_editors)
        edit->setReadOnly(readOnly);
}

void SessionNotesEditor::showSection(SessionDocument::NotesSection section)
{
    // After an undo or redo; typing itself leaves the editor's text (and cursor) alone.
    QPlainTextEdit *edit = editor(section);
    const QString text = SessionDocument::notesText(m_document->session().notes, section);
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
    edit->moveCursor(QTextCursor::End);
}

} // namespace prepmark
