// A marker in a process of its own, for tst_concurrency: signs in to a database (an SQLite
// file or a PostgreSQL server) and either changes marks at random, each over the version it
// has just read, or claims submissions as their first marker at agreed moments. It prints
// one line per attempt to write, so the test can reconstruct what every process did:
//
//   concurrency_marker marks DB USER SEED CHANGES ATTEMPTS CRITERIA
//       accepted <attempt> <criterion> <level> <version read> <version written>
//       refused <attempt> <criterion> <level> <version read> <version stored> <who stored it>
//   concurrency_marker claim DB USER START_MS SUBMISSIONS
//       claimed <submission>
//       lost <submission> <message>
//
// DB as --db takes it; ATTEMPTS, CRITERIA and SUBMISSIONS comma-separated; START_MS the
// epoch milliseconds of the first claim (one claim every 250 ms after it). The password is
// in PREPMARK_TEST_PASSWORD. Anything else that fails ends the process with status 1 and
// the reason on stderr.
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/marking/MarkingQueueRepository.h"
#include "storage/marking/MarkingRepository.h"
#include "storage/marking/MarkingWorkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace prepmark;

namespace {

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    std::exit(1);
}

// SQLite gives up waiting for the write lock after its busy timeout; nothing was written
// then, so the same write is tried again.
bool busy(const QString &message)
{
    return message.contains(QLatin1String("database is locked"));
}

struct Session
{
    std::unique_ptr<Database> database;
    Actor actor;
};

Session signIn(const QString &db, const QString &user)
{
    const QString password = qEnvironmentVariable("PREPMARK_TEST_PASSWORD");
    const Result<DatabaseLocation> location = DatabaseLocation::parse(db);
    if (!location)
        fail(location.errorMessage());
    Result<std::unique_ptr<Database>> opened = Database::open(*location, Database::Mode::Existing, password);
    if (!opened)
        fail(opened.errorMessage());
    Session session {std::move(opened).value(), {}};
    const Result<Actor> actor = location->isServer()
        ? UserRepository::signedIn(session.database->connection())
        : UserRepository::authenticate(session.database->connection(), user, password);
    if (!actor)
        fail(actor.errorMessage());
    session.actor = *actor;
    return session;
}

QList<qint64> ids(const QString &list)
{
    QList<qint64> result;
    for (const QString &id : list.split(QLatin1Char(',')))
        result << id.toLongLong();
    return result;
}

int changeMarks(
    const Session &session, quint32 seed, int changes, const QList<qint64> &attempts, const QStringList &criteria)
{
    QRandomGenerator random(seed);
    MarkingRepository marking(session.database->connection(), session.actor);
    QTextStream out(stdout);
    for (int i = 0; i < changes; ++i) {
        const qint64 attempt = attempts.at(int(random.bounded(attempts.size())));
        const QString criterion = criteria.at(int(random.bounded(criteria.size())));
        const Result<QVector<MarkRecord>> marks = marking.marks(attempt);
        if (!marks)
            fail(marks.errorMessage());
        qint64 read = 0;
        int before = 0;
        for (const MarkRecord &mark : *marks) {
            if (mark.markerId == session.actor.userId && mark.criterionKey == criterion) {
                read = mark.version;
                before = mark.level;
            }
        }
        // A real change: a level other than the one read.
        int level = 1 + int(random.bounded(5));
        while (level == before)
            level = 1 + int(random.bounded(5));
        QThread::msleep(random.bounded(12)); // the marker looks before they click
        for (int tries = 0;; ++tries) {
            const WriteResult<qint64> written = marking.setMark(attempt, criterion, level, QString(), read);
            if (written) {
                out << "accepted " << attempt << ' ' << criterion << ' ' << level << ' ' << read << ' ' << *written
                    << Qt::endl;
                break;
            }
            if (const WriteConflict *conflict = written.conflict()) {
                out << "refused " << attempt << ' ' << criterion << ' ' << level << ' ' << read << ' '
                    << conflict->currentVersions.value(criterion) << ' ' << conflict->changedById << Qt::endl;
                break;
            }
            if (!busy(written.errorMessage()) || tries >= 100)
                fail(written.errorMessage());
            QThread::msleep(5);
        }
    }
    return 0;
}

int claim(const Session &session, qint64 startMs, const QList<qint64> &submissions)
{
    MarkingWorkflow workflow(session.database->connection(), session.actor);
    QTextStream out(stdout);
    MarkSheet sheet;
    sheet.setFeedback(QStringLiteral("claimed by %1").arg(session.actor.username));
    // Each page opens first, showing the attempt and no draft yet.
    QList<qint64> attempts;
    for (const qint64 submission : submissions) {
        const Result<MarkingQueueRow> row
            = MarkingQueueRepository(session.database->connection(), session.actor).row(submission);
        if (!row)
            fail(row.errorMessage());
        attempts << row->attemptId;
    }
    for (int i = 0; i < submissions.size(); ++i) {
        const qint64 submission = submissions.at(i);
        const qint64 wait = startMs + 250 * i - QDateTime::currentMSecsSinceEpoch();
        if (wait > 0)
            QThread::msleep(quint64(wait));
        for (int tries = 0;; ++tries) {
            const WriteResult<qint64> saved = workflow.saveDraft(submission, sheet, DraftBasis {attempts.at(i), 0});
            if (saved) {
                out << "claimed " << submission << Qt::endl;
                break;
            }
            if (saved.conflict()) {
                out << "lost " << submission << ' ' << saved.errorMessage() << Qt::endl;
                break;
            }
            if (!busy(saved.errorMessage()) || tries >= 100)
                fail(saved.errorMessage());
            QThread::msleep(5);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() == 8 && arguments.at(1) == QLatin1String("marks")) {
        const Session session = signIn(arguments.at(2), arguments.at(3));
        return changeMarks(session, arguments.at(4).toUInt(), arguments.at(5).toInt(), ids(arguments.at(6)),
            arguments.at(7).split(QLatin1Char(',')));
    }
    if (arguments.size() == 6 && arguments.at(1) == QLatin1String("claim")) {
        const Session session = signIn(arguments.at(2), arguments.at(3));
        return claim(session, arguments.at(4).toLongLong(), ids(arguments.at(5)));
    }
    fail(QStringLiteral("usage: concurrency_marker marks DB USER SEED CHANGES ATTEMPTS CRITERIA | "
                        "claim DB USER START_MS SUBMISSIONS"));
}
