#include "RosterImporter.h"

#include "CohortRepository.h"
#include "SqlQuery.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <algorithm>

namespace prepmark {

namespace {

using Action = RosterRowOutcome::Action;
} // namespace

int RosterImportReport::count(Action action) const
{
    return int(std::count_if(rows.begin(), rows.end(), [&](const RosterRowOutcome &r) { return r.action == action; }));
}

RosterImporter::RosterImporter(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<RosterRowOutcome> RosterImporter::check(const RosterEntry &entry, qint64 cohortId) const
{
    RosterRowOutcome outcome {entry.line, 0, Action::Create, entry.username, entry.displayName, {}};
    SqlQuery byName(m_connection,
        QStringLiteral("SELECT id, role, student_number, "
                       "  EXISTS (SELECT 1 FROM enrolments e WHERE e.user_id = u.id AND e.cohort_id = :cohort) "
                       "FROM users u WHERE lower(username) = lower(:username)"));
    byName.bind(QStringLiteral(":username"), entry.username).bind(QStringLiteral(":cohort"), cohortId);
    if (const Status done = byName.exec(); !done)
        return done.error();
    qint64 existing = 0;
    if (byName.next()) {
        existing = byName.value(0).toLongLong();
        const QString number = byName.value(2).toString();
        if (byName.value(1).toString() != QLatin1String("student")) {
            outcome.action = Action::Error;
            outcome.message = QStringLiteral("username \"%1\" belongs to a %2 account, not a student")
                                  .arg(entry.username, byName.value(1).toString());
            return outcome;
        }
        if (!number.isEmpty() && !entry.studentNumber.isEmpty() && number != entry.studentNumber) {
            outcome.action = Action::Error;
            outcome.message = QStringLiteral("username \"%1\" already exists with student number %2, not %3")
                                  .arg(entry.username, number, entry.studentNumber);
            return outcome;
        }
        outcome.action = byName.value(3).toBool() ? Action::AlreadyEnrolled : Action::Enrol;
        outcome.message = outcome.action == Action::AlreadyEnrolled ? QStringLiteral("already enrolled")
                                                                    : QStringLiteral("existing account");
    } else if (!entry.studentNumber.isEmpty() && !entry.email.isEmpty()) {
        // The same person exported from Moodle (username = email) and from Canvas (login
        // id) is one account: the institution's student number and the email address
        // both agree. Only one of them agreeing is an error (below).
        SqlQuery byNumber(m_connection,
            QStringLiteral("SELECT id, role, username, "
                           "  EXISTS (SELECT 1 FROM enrolments e WHERE e.user_id = u.id AND e.cohort_id = :cohort) "
                           "FROM users u WHERE student_number = :number AND lower(email) = lower(:email)"));
        byNumber.bind(QStringLiteral(":number"), entry.studentNumber)
            .bind(QStringLiteral(":email"), entry.email)
            .bind(QStringLiteral(":cohort"), cohortId);
        if (const Status done = byNumber.exec(); !done)
            return done.error();
        if (byNumber.next() && byNumber.value(1).toString() == QLatin1String("student")) {
            existing = byNumber.value(0).toLongLong();
            outcome.username = byNumber.value(2).toString();
            outcome.action = byNumber.value(3).toBool() ? Action::AlreadyEnrolled : Action::Enrol;
            outcome.message = QStringLiteral("%1 (the account \"%2\" has student number %3 and this email address)")
                                  .arg(outcome.action == Action::AlreadyEnrolled ? QStringLiteral("already enrolled")
                                                                                 : QStringLiteral("existing account"),
                                      outcome.username, entry.studentNumber);
        }
    }
    const struct
    {
        const char *column;
        QString value;
        const char *what;
    } unique[] = {{"student_number", entry.studentNumber, "student number"}, {"email", entry.email, "email address"}};
    for (const auto &u : unique) {
        if (u.value.isEmpty())
            continue;
        SqlQuery other(m_connection,
            QStringLiteral("SELECT username FROM users WHERE lower(%1) = lower(:value) "
                           "AND id <> :existing")
                .arg(QLatin1String(u.column)));
        other.bind(QStringLiteral(":value"), u.value).bind(QStringLiteral(":existing"), existing);
        if (const Status done = other.exec(); !done)
            return done.error();
        if (other.next()) {
            outcome.action = Action::Error;
            outcome.message = QStringLiteral("%1 \"%2\" already belongs to the account \"%3\"")
                                  .arg(QLatin1String(u.what), u.value, other.value(0).toString());
            return outcome;
        }
    }
    if (outcome.action == Action::Create)
        outcome.message = QStringLiteral("new account");
    return outcome;
}

Result<RosterImportReport> RosterImporter::import(const RosterFile &file, qint64 cohortId, bool dryRun)
{
    if (const Status allowed = m_access.mayManageAccounts(); !allowed)
        return allowed.error();
    const Result<CohortRecord> cohort = CohortRepository(m_connection, m_access.actor()).find(cohortId);
    if (!cohort)
        return cohort.error();
    RosterImportReport report;
    report.fileName = file.fileName;
    report.format = file.format;
    report.cohortName = cohort->name;
    for (const RosterProblem &problem : file.problems)
        report.rows.append({problem.line, problem.column, Action::Error, {}, {}, problem.message});
    for (const RosterEntry &entry : file.entries) {
        if (!entry.skipReason.isEmpty()) {
            report.rows.append({entry.line, 0, Action::Skip, entry.username, entry.displayName, entry.skipReason});
            continue;
        }
        Result<RosterRowOutcome> outcome = check(entry, cohortId);
        if (!outcome)
            return outcome.error();
        report.rows << *outcome;
    }
    std::stable_sort(report.rows.begin(), report.rows.end(),
        [](const RosterRowOutcome &a, const RosterRowOutcome &b) { return a.line < b.line; });
    if (dryRun || report.hasErrors())
        return report;

    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    UserRepository users(m_connection, m_access.actor());
    CohortRepository cohorts(m_connection, m_access.actor());
    for (const RosterEntry &entry : file.entries) {
        const auto row = std::find_if(
            report.rows.begin(), report.rows.end(), [&](const RosterRowOutcome &r) { return r.line == entry.line; });
        if (row == report.rows.end() || (row->action != Action::Create && row->action != Action::Enrol))
            continue;
        const QString where = QStringLiteral("%1:%2: ").arg(file.fileName).arg(entry.line);
        qint64 userId = 0;
        if (row->action == Action::Create) {
            UserRecord user;
            user.username = entry.username;
            user.displayName = entry.displayName;
            user.email = entry.email;
            user.studentNumber = entry.studentNumber;
            user.role = Role::Student;
            const Result<qint64> created = users.createAccount(user, QString());
            if (!created)
                return makeError(where + created.errorMessage());
            userId = *created;
        } else {
            // The account the check matched (by username or by student number).
            const Result<std::optional<UserRecord>> found = users.findByUsername(row->username);
            if (!found || !found->has_value())
                return makeError(where + QStringLiteral("the account \"%1\" disappeared").arg(row->username));
            userId = (*found)->id;
        }
        if (const Status enrolled = cohorts.enrol(cohortId, userId, Role::Student); !enrolled)
            return makeError(where + enrolled.errorMessage());
    }
    SqlQuery audit(m_connection,
        QStringLiteral("INSERT INTO audit_log (actor_id, entity, entity_id, action, detail, new_value) "
                       "VALUES (:actor, 'cohort', :cohort, 'roster_import', :detail, :counts)"));
    audit.bind(QStringLiteral(":actor"), m_access.actor().userId > 0 ? QVariant(m_access.actor().userId) : QVariant())
        .bind(QStringLiteral(":cohort"), cohortId)
        .bind(
            QStringLiteral(":detail"), QStringLiteral("%1 (%2) into %3").arg(file.fileName, file.format, cohort->name))
        .bind(QStringLiteral(":counts"),
            QStringLiteral("%1 created, %2 enrolled, %3 already enrolled, %4 skipped")
                .arg(report.count(Action::Create))
                .arg(report.count(Action::Enrol))
                .arg(report.count(Action::AlreadyEnrolled))
                .arg(report.count(Action::Skip)));
    if (const Status done = audit.exec(); !done)
        return done.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    report.applied = true;
    return report;
}

} // namespace prepmark
