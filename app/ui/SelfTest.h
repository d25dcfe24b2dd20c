#pragma once

#include <QStringList>

namespace prepmark {

class Database;

// `prepmark --self-test`: signs in one user of every role present in the database,
// builds their main window and every page offscreen, and checks that the pages show
// data (a lecturer's cohort table has rows with verdicts; a student sees only their
// own results). Prints one line per check; returns 0 when all pass.
class SelfTest
{
public:
    explicit SelfTest(Database &database) : m_database(database) {}
    int run();

private:
    void check(bool ok, const QString &what);

    Database &m_database;
    QStringList m_failures;
    int m_checks = 0;
};

} // namespace prepmark
