#pragma once

#include <QStringList>

namespace prepmark {

class Database;
class MainWindow;
class StaffHomePage;
struct Actor;

// `prepmark --self-test`: signs in one user of every role present in the database,
// builds their main window and every page offscreen, and checks that the pages show
// data (a lecturer's cohort table has rows with verdicts; a student sees only their
// own results; the marking queue opens a submission of every task it offers, read
// only; the threshold dashboard builds for every cohort; a student's library lists every
// exercise, their history lists their attempts, and an exercise opens in the workbench
// with its waveforms, unedited; an admin's accounts page lists every account). Prints one line per check; returns 0
// when all pass.
class SelfTest
{
public:
    explicit SelfTest(Database &database) : m_database(database) { }
    int run();

private:
    void check(bool ok, const QString &what);
    void checkMarking(const Actor &actor, StaffHomePage *staff);
    void checkDashboard(const Actor &actor, StaffHomePage *staff);
    void checkWorkbench(MainWindow &window);

    Database &m_database;
    QStringList m_failures;
    int m_checks = 0;
};

} // namespace prepmark
