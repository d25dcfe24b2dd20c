#include "DemoDataBuilder.h"

#include "DemoMarkingContent.h"
#include "DemoRandom.h"
#include "storage/AssignmentRepository.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/PasswordHasher.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RubricRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SubmissionRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"
#include "storage/marking/MarkingWorkflow.h"

#include "core/RubricLoader.h"
#include "exercise/ExerciseLoader.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>

namespace prepmark {

namespace {

const char *const kFirstNames[] = {"Amara", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hiro", "Isla", "Jonah",
    "Kemi", "Liam", "Maya", "Noah", "Olu", "Priya", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wei", "Xander",
    "Yara", "Zoe", "Aled", "Bea", "Caio", "Dara", "Emeka", "Freya", "Gus", "Hana", "Ivo", "Jade", "Kai", "Lena",
    "Mateo", "Nia", "Oscar", "Pia", "Rafi", "Sofia", "Theo", "Uma", "Viktor", "Wren"};
const char *const kLastNames[] = {"Adeyemi", "Brennan", "Castillo", "Dubois", "Evans", "Fischer", "Gallagher", "Hassan",
    "Ito", "Jensen", "Kowalski", "Lindqvist", "Mensah", "Nakamura", "O'Connor", "Patel", "Quinlan", "Rossi", "Sato",
    "Thompson", "Usman", "Varga", "Walsh", "Xu", "Yilmaz", "Zielinski", "Achebe", "Bianchi", "Chen", "Davies", "Eze",
    "Fernandes", "Gordon", "Haddad", "Iqbal", "Jones", "Khan", "Lopez", "Murphy", "Novak"};

// What a student is like, dimension by dimension, in rubric order (the default rubric's
// five dimensions). Latent levels; markers add their own severity and noise.
struct Profile
{
    const char *name;
    std::array<double, 5> centre;
    double spread;
};

// SI, WF, MR, DC, CI
const Profile kProfiles[] = {
    {"all-rounder", {4.4, 4.5, 4.3, 4.2, 4.4}, 0.25},
    {"solid", {3.7, 3.8, 3.6, 3.6, 3.7}, 0.25},
    {"organised, signal blocked", {2.4, 4.9, 4.0, 3.9, 3.9}, 0.15},
    {"great ears, workflow blocked", {4.2, 1.9, 4.8, 3.8, 4.0}, 0.15},
    {"clean but unedited", {4.1, 4.2, 2.3, 3.9, 3.9}, 0.15},
    {"silent preparer", {4.0, 4.1, 3.9, 2.2, 3.9}, 0.15},
    {"over-cleaner", {4.3, 4.0, 4.0, 3.8, 2.3}, 0.15},
    {"near threshold", {3.0, 3.1, 3.0, 3.0, 3.1}, 0.2},
    {"struggling", {2.4, 2.6, 2.3, 2.2, 2.6}, 0.3},
};

struct CohortPlan
{
    const char *name;
    const char *year;
    int firstYear; // calendar year the academic year starts
    int studentCount;
    int markers[2]; // indexes into the lecturer list
};

const CohortPlan kCohorts[] = {
    {"Mix Prep 2024/25", "2024/25", 2024, 22, {0, 1}},
    {"Mix Prep 2025/26", "2025/26", 2025, 22, {1, 2}},
    {"Mix Prep 2026/27", "2026/27", 2026, 22, {2, 3}},
};

struct LecturerPlan
{
    const char *username;
    const char *name;
    double severity; // added to every level this marker gives
};

const LecturerPlan kLecturers[] = {
    {"mbaker", "Dr Maria Baker", -0.25},
    {"tnguyen", "Tuan Nguyen", 0.0},
    {"rsilva", "Rafael Silva", 0.2},
    {"hkhan", "Dr Hina Khan", -0.1},
};

// Bundled exercises assigned to each cohort, oldest first; the newest cohort's last one
// is still being marked. Titles, genres and difficulties come from the exercises.
const char *const kAssignments[][3] = {
    {"pop-paper-planes", "rock-highway-static", nullptr},
    {"folk-river-song", "jazz-late-set", "metal-cathedral-of-ash"},
    {"soul-sunday-morning", "drill-night-shift", nullptr},
};

struct Built
{
    DemoSummary summary;
    QVector<qint64> lecturerIds;
};

} // namespace

DemoDataBuilder::DemoDataBuilder(Database &database, quint32 seed) : m_database(database), m_seed(seed) { }

Result<DemoSummary> DemoDataBuilder::build(ProgressReporter *progress)
{
    QSqlDatabase connection = m_database.connection();
    {
        SqlQuery users(connection, QStringLiteral("SELECT count(*) FROM users"));
        const Result<QVariant> count = users.scalar();
        if (!count)
            return count.error();
        if (count->toInt() > 0)
            return makeError(QStringLiteral("%1: already holds accounts; demo data goes only into a new database")
                                 .arg(m_database.path()));
    }
    const Result<Rubric> rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d"));
    if (!rubric)
        return rubric.error();
    if (rubric->dimensions.size() != 5)
        return makeError(QStringLiteral("the demo profiles are written for the five-dimension rubric"));

    Transaction transaction(connection);
    if (!transaction.active())
        return transaction.beginError();
    DemoRandom random(m_seed);
    // Evidence and drafts draw from their own generator, so the marks stay as they were.
    DemoRandom extra(m_seed ^ 0x5eedu);
    DemoSummary summary;
    const Actor system = Actor::system();
    auto fail = [](const Error &error) { return Result<DemoSummary>(error); };
    auto report = [&](int percent, const QString &message) {
        if (progress) {
            progress->setProgress(percent);
            progress->setMessage(message);
        }
    };
    report(0, QStringLiteral("Creating accounts"));

    const Result<QString> hash = PasswordHasher::hash(demoPassword(), PasswordHasher::Cost::Minimum);
    if (!hash)
        return hash.error();
    UserRepository users(connection, system);
    auto createUser
        = [&](const QString &username, const QString &name, Role role, const QString &number) -> Result<qint64> {
        UserRecord user;
        user.username = username;
        user.displayName = name;
        user.role = role;
        user.studentNumber = number;
        user.email = username + QStringLiteral("@example.ac.uk");
        // On a server every demo account is a login role with the demo password.
        if (m_database.isServer())
            return users.createAccount(user, demoPassword());
        return users.create(user, *hash);
    };

    if (const Result<qint64> admin = createUser(QStringLiteral("admin"), QStringLiteral("Alex Admin"), Role::Admin, {});
        !admin)
        return fail(admin.error());
    const Result<qint64> leaderId
        = createUser(QStringLiteral("jahmed"), QStringLiteral("Prof. Jamal Ahmed"), Role::Leader, {});
    if (!leaderId)
        return fail(leaderId.error());
    QVector<qint64> lecturerIds;
    for (const LecturerPlan &lecturer : kLecturers) {
        const Result<qint64> id
            = createUser(QString::fromLatin1(lecturer.username), QString::fromUtf8(lecturer.name), Role::Lecturer, {});
        if (!id)
            return fail(id.error());
        lecturerIds << *id;
    }
    summary.lecturers = int(lecturerIds.size());
    QVector<Actor> lecturers;
    for (int i = 0; i < lecturerIds.size(); ++i)
        lecturers << Actor {lecturerIds[i], Role::Lecturer, QString::fromLatin1(kLecturers[i].username),
            QString::fromUtf8(kLecturers[i].name)};
    if (const Status bank = DemoMarkingContent::addCommentBank(connection, lecturers); !bank)
        return fail(bank.error());

    ProgrammeRepository programmes(connection, system);
    const Result<qint64> programme
        = programmes.createProgramme(QStringLiteral("MPROD"), QStringLiteral("BA (Hons) Music Production"));
    if (!programme)
        return fail(programme.error());
    const Result<qint64> module = programmes.createModule(
        *programme, QStringLiteral("MP5203"), QStringLiteral("Mix Preparation and Session Management"));
    if (!module)
        return fail(module.error());
    const struct
    {
        const char *code;
        const char *text;
        const char *dimension;
    } outcomes[] = {
        {"LO1", "Deliver technically sound audio: headroom, polarity, alignment and format fit for mixing.",
            "signal_integrity"},
        {"LO2", "Organise a multitrack session so another engineer can work in it at once.", "workflow_facilitation"},
        {"LO3", "Edit performances musically: fades, noise between phrases, comping and timing.", "musical_refinement"},
        {"LO4", "Communicate decisions and open questions to the mix engineer and the artist.",
            "documentation_communication"},
        {"LO5", "Interpret an artist's brief and protect deliberate character while fixing faults.", "creative_intent"},
    };
    for (const auto &outcome : outcomes) {
        if (const Result<qint64> id = programmes.addOutcome(*programme, QString::fromLatin1(outcome.code),
                QString::fromUtf8(outcome.text), {QString::fromLatin1(outcome.dimension)});
            !id)
            return fail(id.error());
    }

    RubricRepository rubrics(connection);
    QFile rubricFile(QStringLiteral(":/rubrics/mixprep-5d.json"));
    if (!rubricFile.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral(":/rubrics/mixprep-5d.json: cannot read"));
    const Result<qint64> rubricId = rubrics.store(rubricFile.readAll(), QStringLiteral("rubrics/mixprep-5d.json"));
    if (!rubricId)
        return fail(rubricId.error());

    CohortRepository cohorts(connection, system);
    AssignmentRepository assignments(connection, system);
    int studentSerial = 0;
    const int profileCount = int(std::size(kProfiles));

    for (int c = 0; c < int(std::size(kCohorts)); ++c) {
        const CohortPlan &plan = kCohorts[c];
        report(5 + c * 30, QStringLiteral("Cohort %1").arg(QString::fromLatin1(plan.name)));
        const Result<qint64> cohortId
            = cohorts.create(*module, QString::fromLatin1(plan.name), QString::fromLatin1(plan.year));
        if (!cohortId)
            return fail(cohortId.error());
        ++summary.cohorts;
        for (int m : plan.markers) {
            if (const Status enrolled = cohorts.enrol(*cohortId, lecturerIds[m], Role::Lecturer); !enrolled)
                return fail(enrolled.error());
        }

        // Students, each with a profile; the first nine of every cohort cover every
        // profile once, the rest are drawn at random with most students solid or better.
        struct Student
        {
            qint64 id;
            int profile;
            std::array<double, 5> latent;
        };
        QVector<Student> students;
        for (int s = 0; s < plan.studentCount; ++s) {
            ++studentSerial;
            const QString first = QString::fromUtf8(kFirstNames[(studentSerial * 7 + c) % std::size(kFirstNames)]);
            const QString last = QString::fromUtf8(kLastNames[(studentSerial * 11 + c * 3) % std::size(kLastNames)]);
            const QString number = QStringLiteral("%1%2").arg(plan.firstYear % 100).arg(s + 1, 3, 10, QLatin1Char('0'));
            const Result<qint64> id
                = createUser(QStringLiteral("s") + number, first + QLatin1Char(' ') + last, Role::Student, number);
            if (!id)
                return fail(id.error());
            if (const Status enrolled = cohorts.enrol(*cohortId, *id, Role::Student); !enrolled)
                return fail(enrolled.error());
            const int weighted[] = {0, 0, 1, 1, 1, 1, 7, 2, 3, 4, 5, 6, 8};
            const int profile = s < profileCount ? s : weighted[random.index(int(std::size(weighted)))];
            Student student {*id, profile, {}};
            for (int d = 0; d < 5; ++d)
                student.latent[d] = kProfiles[profile].centre[d] + random.normal(kProfiles[profile].spread);
            students << student;
            ++summary.students;
        }

        for (int a = 0; a < 3 && kAssignments[c][a]; ++a) {
            const Result<Exercise> exercise = ExerciseLoader::bundled(QString::fromLatin1(kAssignments[c][a]));
            if (!exercise)
                return fail(exercise.error());
            const Result<qint64> exerciseId = assignments.upsertExercise(
                {0, exercise->key, exercise->title, genreKey(exercise->genre), exercise->difficulty});
            if (!exerciseId)
                return fail(exerciseId.error());
            AssignmentRecord assignment;
            assignment.cohortId = *cohortId;
            assignment.exerciseId = *exerciseId;
            assignment.rubricId = *rubricId;
            assignment.title = QStringLiteral("Assessment %1: %2").arg(a + 1).arg(exercise->title);
            assignment.mode = QStringLiteral("assessed");
            assignment.dueAt = QDateTime(
                QDate(plan.firstYear + (a == 0 ? 0 : 1), a == 0 ? 12 : 2 + a * 2, 5), QTime(17, 0), Qt::UTC);
            assignment.blindMarking = a > 0;
            const Result<qint64> assignmentId = assignments.create(assignment);
            if (!assignmentId)
                return fail(assignmentId.error());
            ++summary.assignments;
            const bool inMarking = c == int(std::size(kCohorts)) - 1 && a == 1; // this year's current assignment

            for (int s = 0; s < students.size(); ++s) {
                Student &student = students[s];
                if (random.uniform() < 0.04)
                    continue; // did not submit
                Actor studentActor {student.id, Role::Student, QString(), QString()};
                SubmissionRepository submissions(connection, studentActor);
                const Result<qint64> submissionId = submissions.open(*assignmentId, student.id);
                if (!submissionId)
                    return fail(submissionId.error());
                ++summary.submissions;
                const QDateTime submitted = assignment.dueAt.addSecs(-3600 * (2 + random.index(72)));
                const Result<AttemptRecord> attempt = submissions.addAttempt(*submissionId, QString(),
                    QStringLiteral("Prepared session notes for %1.").arg(exercise->title), submitted);
                if (!attempt)
                    return fail(attempt.error());
                ++summary.attempts;

                // Two markers, through the real workflow. In the current assignment some
                // submissions are only first-marked (a few with the second marker's draft
                // under way) and a few not marked yet.
                const int markerCount = inMarking && s % 3 == 2 ? 1 : 2;
                const int markedBy = inMarking && s % 7 == 3 && markerCount == 2 ? 0 : markerCount;
                QVector<EvidenceRecord> evidence;
                if (inMarking) {
                    evidence = DemoMarkingContent::evidence(*rubric, student.latent, extra);
                    if (const Status stored
                        = SubmissionRepository(connection, system).setEvidence(attempt->id, evidence);
                        !stored)
                        return fail(stored.error());
                }
                for (int k = 0; k < markerCount; ++k) {
                    const int lecturer = plan.markers[k];
                    CriterionLevels levels;
                    for (int d = 0; d < 5; ++d) {
                        for (const Criterion &criterion : rubric->dimensions[d].criteria) {
                            const double value
                                = student.latent[d] + kLecturers[lecturer].severity + random.normal(0.45) + 0.1 * a;
                            levels.insert(criterion.key, std::clamp(int(std::lround(value)), 1, 5));
                        }
                    }
                    if (k >= markedBy)
                        continue;
                    const QString feedback = k == 0
                        ? QStringLiteral("Thank you. See the rubric for where your preparation stands.")
                        : QStringLiteral("Second marking: I agree with the overall picture.");
                    const Result<SubmissionStatus> marked
                        = MarkingWorkflow(connection, lecturers[lecturer])
                              .complete(*submissionId, DemoMarkingContent::sheet(levels, evidence, feedback));
                    if (!marked)
                        return fail(marked.error());
                    summary.marks += int(levels.size());
                }
                if (markedBy == 1 && s % 2 == 0) {
                    const int second = plan.markers[1];
                    const MarkSheet draft = DemoMarkingContent::partialSheet(
                        *rubric, student.latent, kLecturers[second].severity, 2, extra);
                    if (const Status saved
                        = MarkingWorkflow(connection, lecturers[second]).saveDraft(*submissionId, draft);
                        !saved)
                        return fail(saved.error());
                }
                if (markedBy < 2)
                    continue;
                const Result<SubmissionRecord> record = SubmissionRepository(connection, system).find(*submissionId);
                if (!record)
                    return fail(record.error());
                const bool needsModeration = record->status == SubmissionStatus::NeedsModeration;
                if (inMarking) {
                    summary.needingModeration += needsModeration ? 1 : 0;
                    continue;
                }
                // Agreed by the first marker, or moderated by the programme leader; the
                // agreed scores are the markers' mean to the nearest quarter; then released.
                const Result<MarkerComparison> comparison
                    = MarkingWorkflow(connection, system).comparison(*submissionId);
                if (!comparison)
                    return fail(comparison.error());
                DimensionScores agreed;
                for (auto it = comparison->meanScores.constBegin(); it != comparison->meanScores.constEnd(); ++it)
                    agreed.insert(it.key(), std::round(*it * 4.0) / 4.0);
                const Actor leader {*leaderId, Role::Leader, QStringLiteral("jahmed"), QString()};
                MarkingWorkflow decider(connection, needsModeration ? leader : lecturers[plan.markers[0]]);
                const Status decided = needsModeration
                    ? decider.moderate(*submissionId, agreed,
                        QStringLiteral(
                            "Markers differed on %1; agreed after reviewing both mark sheets and the session.")
                            .arg(comparison->dimensionsBeyondTolerance().join(QStringLiteral(", ")).isEmpty()
                                    ? QStringLiteral("adequacy")
                                    : comparison->dimensionsBeyondTolerance().join(QStringLiteral(", "))))
                    : decider.agree(*submissionId, agreed, QString());
                if (!decided)
                    return fail(decided.error());
                const Result<qint64> released = decider.release(*submissionId, submitted.addDays(21));
                if (!released)
                    return fail(released.error());
                ++summary.released;
            }
            // Students improve a little between assignments.
            for (Student &student : students) {
                for (double &level : student.latent)
                    level += 0.08;
            }
        }
    }
    if (const Status demo = m_database.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !demo)
        return fail(demo.error());
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    report(100, QStringLiteral("Demo programme ready"));
    return summary;
}

} // namespace prepmark
