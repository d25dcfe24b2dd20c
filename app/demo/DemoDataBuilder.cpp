#include "DemoDataBuilder.h"

#include "DemoMarkingContent.h"
#include "DemoRandom.h"
#include "storage/AssignmentRepository.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/PasswordHasher.h"
#include "storage/ProgrammeRepository.h"
#include "storage/RubricRepository.h"
#include "storage/SqlDialect.h"
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

// What a student is like, dimension by dimension, in rubric order (the default
// rubric's five dimensions). Latent levels; markers add their own severity and
// noise.
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

// Bundled exercises assigned to each cohort, oldest first; the newest cohort's
// last one is still being marked. Titles, genres and difficulties come from the
// exercises.
const char *const kAssignments[][3] = {
    {"pop-paper-planes", "rock-highway-static", nullptr},
    {"folk-river-song", "jazz-late-set", "metal-cathedral-of-ash"},
    {"soul-sunday-morning", "drill-night-shift", nullptr},
};

const struct
{
    const char *code;
    const char *text;
    const char *dimension;
} kOutcomes[] = {
    {"LO1",
        "Deliver technically sound audio: headroom, polarity, alignment and "
        "format fit for mixing.",
        "signal_integrity"},
    {"LO2",
        "Organise a multitrack session so another engineer can work in it at "
        "once.",
        "workflow_facilitation"},
    {"LO3",
        "Edit performances musically: fades, noise between phrases, comping and "
        "timing.",
        "musical_refinement"},
    {"LO4",
        "Communicate decisions and open questions to the mix engineer and the "
        "artist.",
        "documentation_communication"},
    {"LO5",
        "Interpret an artist's brief and protect deliberate character while "
        "fixing faults.",
        "creative_intent"},
};

Status requireNoAccounts(const Database &database)
{
    SqlQuery users(database.connection(), QStringLiteral("SELECT count(*) FROM users"));
    const Result<QVariant> count = users.scalar();
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return makeError(QStringLiteral("%1: already holds accounts; demo data "
                                        "goes only into a new database")
                             .arg(database.path()));
    return {};
}

Result<Rubric> demoRubric()
{
    Result<Rubric> rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d"));
    if (rubric && rubric->dimensions.size() != 5)
        return makeError(QStringLiteral("the demo profiles are written for the five-dimension rubric"));
    return rubric;
}

// One build of the demo programme, inside the builder's transaction: what it
// has made so far and the generators every level is drawn from. Steps run in a
// fixed order (staff and programme, then each cohort), so the same seed gives
// the same rows and the same ids.
class DemoProgramme
{
public:
    DemoProgramme(const QSqlDatabase &connection, const Rubric &rubric, quint32 seed);

    // The admin, the programme leader, the lecturers with their comment banks;
    // the programme, its module and learning outcomes, and the rubric.
    Status createStaffAndProgramme();
    // kCohorts[cohort]: its lecturers, students and assignments, submitted and
    // marked.
    Status createCohort(int cohort);
    const DemoSummary &summary() const { return m_summary; }

private:
    struct Student
    {
        qint64 id;
        int profile;
        std::array<double, 5> latent; // in rubric order
    };
    // One assignment of a cohort, being submitted and marked.
    struct AssignmentRun
    {
        int cohort; // index into kCohorts
        int index; // its place among the cohort's assignments, from 0
        qint64 id;
        QDateTime dueAt;
        QString exerciseTitle;
        bool inMarking; // this year's current assignment: still being marked
    };

    Result<qint64> createUser(const QString &username, const QString &name, Role role, const QString &number = {});
    Status createStaff();
    Status createProgramme();
    Result<QVector<Student>> enrolStudents(int cohort, qint64 cohortId);
    Result<AssignmentRun> createAssignment(int cohort, int index, qint64 cohortId);
    Status submitAndMark(const AssignmentRun &run, const Student &student, int position);
    CriterionLevels drawLevels(const Student &student, double severity, int assignmentIndex);
    Status completeMarking(const AssignmentRun &run, const Student &student, qint64 submissionId,
        const QVector<EvidenceRecord> &evidence, int markerCount, int markedBy);
    Status settle(const AssignmentRun &run, qint64 submissionId, const QDateTime &submitted);

    QSqlDatabase m_connection;
    const Rubric &m_rubric;
    DemoRandom m_random;
    DemoRandom m_extra; // evidence and drafts draw from their own generator, so
                        // the marks stay as they were
    const Actor m_system = Actor::system();
    UserRepository m_users;
    CohortRepository m_cohorts;
    AssignmentRepository m_assignments;
    QString m_passwordHash;
    qint64 m_leaderId = 0;
    QVector<Actor> m_lecturers; // as kLecturers
    qint64 m_moduleId = 0;
    qint64 m_rubricId = 0;
    int m_studentSerial = 0; // over all cohorts, for names
    DemoSummary m_summary;
};

DemoProgramme::DemoProgramme(const QSqlDatabase &connection, const Rubric &rubric, quint32 seed)
    : m_connection(connection),
      m_rubric(rubric),
      m_random(seed),
      m_extra(seed ^ 0x5eedu),
      m_users(connection, m_system),
      m_cohorts(connection, m_system),
      m_assignments(connection, m_system)
{
}

Result<qint64> DemoProgramme::createUser(const QString &username, const QString &name, Role role, const QString &number)
{
    UserRecord user;
    user.username = username;
    user.displayName = name;
    user.role = role;
    user.studentNumber = number;
    user.email = username + QStringLiteral("@example.ac.uk");
    // On a server every demo account is a login role with the demo password.
    if (dialectOf(m_connection) == SqlDialect::PostgreSql)
        return m_users.createAccount(user, DemoDataBuilder::demoPassword());
    return m_users.create(user, m_passwordHash);
}

Status DemoProgramme::createStaffAndProgramme()
{
    if (const Status staff = createStaff(); !staff)
        return staff;
    return createProgramme();
}

Status DemoProgramme::createStaff()
{
    const Result<QString> hash = PasswordHasher::hash(DemoDataBuilder::demoPassword(), PasswordHasher::Cost::Minimum);
    if (!hash)
        return hash.error();
    m_passwordHash = *hash;
    if (const Result<qint64> admin = createUser(QStringLiteral("admin"), QStringLiteral("Alex Admin"), Role::Admin);
        !admin)
        return admin.error();
    const Result<qint64> leaderId
        = createUser(QStringLiteral("jahmed"), QStringLiteral("Prof. Jamal Ahmed"), Role::Leader);
    if (!leaderId)
        return leaderId.error();
    m_leaderId = *leaderId;
    for (const LecturerPlan &lecturer : kLecturers) {
        const Result<qint64> id
            = createUser(QString::fromLatin1(lecturer.username), QString::fromUtf8(lecturer.name), Role::Lecturer);
        if (!id)
            return id.error();
        m_lecturers << Actor {
            *id, Role::Lecturer, QString::fromLatin1(lecturer.username), QString::fromUtf8(lecturer.name)};
    }
    m_summary.lecturers = int(m_lecturers.size());
    return DemoMarkingContent::addCommentBank(m_connection, m_lecturers);
}

Status DemoProgramme::createProgramme()
{
    ProgrammeRepository programmes(m_connection, m_system);
    const Result<qint64> programme
        = programmes.createProgramme(QStringLiteral("MPROD"), QStringLiteral("BA (Hons) Music Production"));
    if (!programme)
        return programme.error();
    const Result<qint64> module = programmes.createModule(
        *programme, QStringLiteral("MP5203"), QStringLiteral("Mix Preparation and Session Management"));
    if (!module)
        return module.error();
    m_moduleId = *module;
    for (const auto &outcome : kOutcomes) {
        if (const Result<qint64> id = programmes.addOutcome(*programme, QString::fromLatin1(outcome.code),
                QString::fromUtf8(outcome.text), {QString::fromLatin1(outcome.dimension)});
            !id)
            return id.error();
    }
    QFile rubricFile(QStringLiteral(":/rubrics/mixprep-5d.json"));
    if (!rubricFile.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral(":/rubrics/mixprep-5d.json: cannot read"));
    const Result<qint64> rubricId
        = RubricRepository(m_connection).store(rubricFile.readAll(), QStringLiteral("rubrics/mixprep-5d.json"));
    if (!rubricId)
        return rubricId.error();
    m_rubricId = *rubricId;
    return {};
}

Status DemoProgramme::createCohort(int cohort)
{
    const CohortPlan &plan = kCohorts[cohort];
    const Result<qint64> cohortId
        = m_cohorts.create(m_moduleId, QString::fromLatin1(plan.name), QString::fromLatin1(plan.year));
    if (!cohortId)
        return cohortId.error();
    ++m_summary.cohorts;
    for (int m : plan.markers) {
        if (const Status enrolled = m_cohorts.enrol(*cohortId, m_lecturers[m].userId, Role::Lecturer); !enrolled)
            return enrolled;
    }
    Result<QVector<Student>> students = enrolStudents(cohort, *cohortId);
    if (!students)
        return students.error();
    for (int a = 0; a < 3 && kAssignments[cohort][a]; ++a) {
        const Result<AssignmentRun> run = createAssignment(cohort, a, *cohortId);
        if (!run)
            return run.error();
        for (int s = 0; s < students->size(); ++s) {
            if (m_random.uniform() < 0.04)
                continue; // did not submit
            if (const Status submitted = submitAndMark(*run, students->at(s), s); !submitted)
                return submitted;
        }
        // Students improve a little between assignments.
        for (Student &student : *students) {
            for (double &level : student.latent)
                level += 0.08;
        }
    }
    return {};
}

// Each student has a profile; the first nine of every cohort cover every
// profile once, the rest are drawn at random with most students solid or
// better.
Result<QVector<DemoProgramme::Student>> DemoProgramme::enrolStudents(int cohort, qint64 cohortId)
{
    const CohortPlan &plan = kCohorts[cohort];
    const int profileCount = int(std::size(kProfiles));
    QVector<Student> students;
    for (int s = 0; s < plan.studentCount; ++s) {
        ++m_studentSerial;
        const QString first = QString::fromUtf8(kFirstNames[(m_studentSerial * 7 + cohort) % std::size(kFirstNames)]);
        const QString last = QString::fromUtf8(kLastNames[(m_studentSerial * 11 + cohort * 3) % std::size(kLastNames)]);
        const QString number = QStringLiteral("%1%2").arg(plan.firstYear % 100).arg(s + 1, 3, 10, QLatin1Char('0'));
        const Result<qint64> id
            = createUser(QStringLiteral("s") + number, first + QLatin1Char(' ') + last, Role::Student, number);
        if (!id)
            return id.error();
        if (const Status enrolled = m_cohorts.enrol(cohortId, *id, Role::Student); !enrolled)
            return enrolled.error();
        const int weighted[] = {0, 0, 1, 1, 1, 1, 7, 2, 3, 4, 5, 6, 8};
        const int profile = s < profileCount ? s : weighted[m_random.index(int(std::size(weighted)))];
        Student student {*id, profile, {}};
        for (int d = 0; d < 5; ++d)
            student.latent[d] = kProfiles[profile].centre[d] + m_random.normal(kProfiles[profile].spread);
        students << student;
        ++m_summary.students;
    }
    return students;
}

Result<DemoProgramme::AssignmentRun> DemoProgramme::createAssignment(int cohort, int index, qint64 cohortId)
{
    const CohortPlan &plan = kCohorts[cohort];
    const Result<Exercise> exercise = ExerciseLoader::bundled(QString::fromLatin1(kAssignments[cohort][index]));
    if (!exercise)
        return exercise.error();
    const Result<qint64> exerciseId = m_assignments.upsertExercise(
        {0, exercise->key, exercise->title, genreKey(exercise->genre), exercise->difficulty});
    if (!exerciseId)
        return exerciseId.error();
    AssignmentRecord assignment;
    assignment.cohortId = cohortId;
    assignment.exerciseId = *exerciseId;
    assignment.rubricId = m_rubricId;
    assignment.title = QStringLiteral("Assessment %1: %2").arg(index + 1).arg(exercise->title);
    assignment.mode = QStringLiteral("assessed");
    assignment.dueAt = QDateTime(
        QDate(plan.firstYear + (index == 0 ? 0 : 1), index == 0 ? 12 : 2 + index * 2, 5), QTime(17, 0), Qt::UTC);
    assignment.blindMarking = index > 0;
    const Result<qint64> assignmentId = m_assignments.create(assignment);
    if (!assignmentId)
        return assignmentId.error();
    ++m_summary.assignments;
    const bool inMarking = cohort == int(std::size(kCohorts)) - 1 && index == 1;
    return AssignmentRun {cohort, index, *assignmentId, assignment.dueAt, exercise->title, inMarking};
}

// The student's attempt, marked by two markers through the real workflow. In
// the current assignment some submissions are only first-marked (a few with the
// second marker's draft under way) and a few not marked yet; their attempts
// carry stand-in evidence.
Status DemoProgramme::submitAndMark(const AssignmentRun &run, const Student &student, int position)
{
    SubmissionRepository submissions(m_connection, Actor {student.id, Role::Student, QString(), QString()});
    const Result<qint64> submissionId = submissions.open(run.id, student.id);
    if (!submissionId)
        return submissionId.error();
    ++m_summary.submissions;
    const QDateTime submitted = run.dueAt.addSecs(-3600 * (2 + m_random.index(72)));
    const Result<AttemptRecord> attempt = submissions.addAttempt(
        *submissionId, QString(), QStringLiteral("Prepared session notes for %1.").arg(run.exerciseTitle), submitted);
    if (!attempt)
        return attempt.error();
    ++m_summary.attempts;

    const int markerCount = run.inMarking && position % 3 == 2 ? 1 : 2;
    const int markedBy = run.inMarking && position % 7 == 3 && markerCount == 2 ? 0 : markerCount;
    QVector<EvidenceRecord> evidence;
    if (run.inMarking) {
        evidence = DemoMarkingContent::evidence(m_rubric, student.latent, m_extra);
        if (const Status stored = SubmissionRepository(m_connection, m_system).setEvidence(attempt->id, evidence);
            !stored)
            return stored;
    }
    if (const Status marked = completeMarking(run, student, *submissionId, evidence, markerCount, markedBy); !marked)
        return marked;
    if (markedBy == 1 && position % 2 == 0) {
        const int second = kCohorts[run.cohort].markers[1];
        const MarkSheet draft
            = DemoMarkingContent::partialSheet(m_rubric, student.latent, kLecturers[second].severity, 2, m_extra);
        if (const Status saved = MarkingWorkflow(m_connection, m_lecturers[second]).saveDraft(*submissionId, draft);
            !saved)
            return saved;
    }
    if (markedBy < 2)
        return {};
    return settle(run, *submissionId, submitted);
}

// A marker's level for every criterion: the student's latent level for its
// dimension, the marker's severity, noise, and a little more for later
// assignments.
CriterionLevels DemoProgramme::drawLevels(const Student &student, double severity, int assignmentIndex)
{
    CriterionLevels levels;
    for (int d = 0; d < 5; ++d) {
        for (const Criterion &criterion : m_rubric.dimensions[d].criteria) {
            const double value = student.latent[d] + severity + m_random.normal(0.45) + 0.1 * assignmentIndex;
            levels.insert(criterion.key, std::clamp(int(std::lround(value)), 1, 5));
        }
    }
    return levels;
}

// Levels are drawn for all markerCount markers, so the generator moves on the
// same way however many have marked; the first markedBy of them complete their
// mark sheets.
Status DemoProgramme::completeMarking(const AssignmentRun &run, const Student &student, qint64 submissionId,
    const QVector<EvidenceRecord> &evidence, int markerCount, int markedBy)
{
    for (int k = 0; k < markerCount; ++k) {
        const int lecturer = kCohorts[run.cohort].markers[k];
        const CriterionLevels levels = drawLevels(student, kLecturers[lecturer].severity, run.index);
        if (k >= markedBy)
            continue;
        const QString feedback = k == 0 ? QStringLiteral("Thank you. See the rubric for where your "
                                                         "preparation stands.")
                                        : QStringLiteral("Second marking: I agree with the overall picture.");
        const Result<SubmissionStatus> marked
            = MarkingWorkflow(m_connection, m_lecturers[lecturer])
                  .complete(submissionId, DemoMarkingContent::sheet(levels, evidence, feedback));
        if (!marked)
            return marked.error();
        m_summary.marks += int(levels.size());
    }
    return {};
}

// A submission both markers have marked. In the current assignment it stays
// there (counted when it awaits moderation); otherwise it is agreed by the
// first marker, or moderated by the programme leader, at the markers' mean to
// the nearest quarter, then released.
Status DemoProgramme::settle(const AssignmentRun &run, qint64 submissionId, const QDateTime &submitted)
{
    const Result<SubmissionRecord> record = SubmissionRepository(m_connection, m_system).find(submissionId);
    if (!record)
        return record.error();
    const bool needsModeration = record->status == SubmissionStatus::NeedsModeration;
    if (run.inMarking) {
        m_summary.needingModeration += needsModeration ? 1 : 0;
        return {};
    }
    const Result<MarkerComparison> comparison = MarkingWorkflow(m_connection, m_system).comparison(submissionId);
    if (!comparison)
        return comparison.error();
    DimensionScores agreed;
    for (auto it = comparison->meanScores.constBegin(); it != comparison->meanScores.constEnd(); ++it)
        agreed.insert(it.key(), std::round(*it * 4.0) / 4.0);
    const Actor leader {m_leaderId, Role::Leader, QStringLiteral("jahmed"), QString()};
    MarkingWorkflow decider(m_connection, needsModeration ? leader : m_lecturers[kCohorts[run.cohort].markers[0]]);
    const QString beyond = comparison->dimensionsBeyondTolerance().join(QStringLiteral(", "));
    const Status decided = needsModeration ? decider.moderate(submissionId, agreed,
                               QStringLiteral("Markers differed on %1; agreed after reviewing "
                                              "both mark sheets and the session.")
                                   .arg(beyond.isEmpty() ? QStringLiteral("adequacy") : beyond))
                                           : decider.agree(submissionId, agreed, QString());
    if (!decided)
        return decided;
    const Result<qint64> released = decider.release(submissionId, submitted.addDays(21));
    if (!released)
        return released.error();
    ++m_summary.released;
    return {};
}

} // namespace

DemoDataBuilder::DemoDataBuilder(Database &database, quint32 seed) : m_database(database), m_seed(seed) { }

Result<DemoSummary> DemoDataBuilder::build(ProgressReporter &progress)
{
    if (const Status empty = requireNoAccounts(m_database); !empty)
        return empty.error();
    const Result<Rubric> rubric = demoRubric();
    if (!rubric)
        return rubric.error();

    Transaction transaction(m_database.connection());
    if (!transaction.active())
        return transaction.beginError();
    auto report = [&](int percent, const QString &message) {
        progress.setProgress(percent);
        progress.setMessage(message);
    };
    report(0, QStringLiteral("Creating accounts"));
    DemoProgramme programme(m_database.connection(), *rubric, m_seed);
    if (const Status made = programme.createStaffAndProgramme(); !made)
        return made.error();
    for (int c = 0; c < int(std::size(kCohorts)); ++c) {
        const CohortPlan &plan = kCohorts[c];
        report(5 + c * 30, QStringLiteral("Cohort %1").arg(QString::fromLatin1(plan.name)));
        if (const Status made = programme.createCohort(c); !made)
            return made.error();
    }
    if (const Status demo = m_database.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !demo)
        return demo.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    report(100, QStringLiteral("Demo programme ready"));
    return programme.summary();
}

} // namespace prepmark
