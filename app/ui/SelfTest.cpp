#include "SelfTest.h"

#include "CohortResultsModel.h"
#include "CohortResultsPage.h"
#include "MainWindow.h"
#include "StaffHomePage.h"
#include "StudentHomePage.h"
#include "StudentProfilePage.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QApplication>
#include <QListWidget>
#include <QTableWidget>

#include <cstdio>

namespace prepmark {

void SelfTest::check(bool ok, const QString &what)
{
    ++m_checks;
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", qPrintable(what));
    if (!ok)
        m_failures << what;
}

int SelfTest::run()
{
    check(m_database.check().ok(), QStringLiteral("database %1 passes its integrity check").arg(m_database.path()));
    SqlQuery users(m_database.connection(), QStringLiteral(
        "SELECT id, role, username, display_name FROM users u WHERE id = (SELECT min(id) FROM users WHERE role = u.role) ORDER BY role"));
    check(users.exec().ok(), QStringLiteral("accounts can be read"));
    int roles = 0;
    while (users.next()) {
        ++roles;
        const Actor actor{users.value(0).toLongLong(), roleFromName(users.value(1).toString()).value(),
                          users.value(2).toString(), users.value(3).toString()};
        MainWindow window(m_database, actor);
        window.show();
        QCoreApplication::processEvents();
        check(window.homePage() != nullptr, QStringLiteral("%1 (%2): main window built").arg(actor.username, roleName(actor.role)));
        if (auto *staff = qobject_cast<StaffHomePage *>(window.homePage())) {
            const int cohorts = staff->cohortList()->count();
            check(cohorts > 0, QStringLiteral("%1: %2 cohorts listed").arg(actor.username).arg(cohorts));
            for (int i = 0; i < cohorts; ++i) {
                staff->cohortList()->setCurrentRow(i);
                QCoreApplication::processEvents();
                CohortResultsModel *model = staff->resultsPage()->model();
                check(model->rowCount() > 0 && model->markedCount() > 0,
                      QStringLiteral("%1: cohort %2 shows %3 students, %4 with verdicts")
                          .arg(actor.username, staff->cohortList()->item(i)->text().section(QLatin1Char('\n'), 0, 0))
                          .arg(model->rowCount()).arg(model->markedCount()));
            }
        } else if (auto *student = window.homePage()->findChild<StudentHomePage *>()) {
            check(student->history()->rowCount() > 0, QStringLiteral("%1: %2 released results shown")
                                                           .arg(actor.username).arg(student->history()->rowCount()));
            auto *profile = window.homePage()->findChild<StudentProfilePage *>();
            check(profile && !profile->profile().dimensions.isEmpty(),
                  QStringLiteral("%1: profile shows a standing in every dimension").arg(actor.username));
        } else {
            check(false, QStringLiteral("%1: no home page for the role").arg(actor.username));
        }
        window.close();
    }
    check(roles > 0, QStringLiteral("%1 roles have accounts").arg(roles));
    std::printf("%d checks, %lld failed\n", m_checks, static_cast<long long>(m_failures.size()));
    return m_failures.isEmpty() ? 0 : 1;
}

} // namespace prepmark
