#include "support/TestDatabases.h"

#include "LmsGradeImport.h"

#include "reports/CanvasGradeCsv.h"
#include "reports/Gradebook.h"
#include "reports/MoodleGradeCsv.h"

#include "demo/DemoDataBuilder.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace prepmark;

namespace {
// What the database says was released for the assignment, read with SQL alone.
struct Released
{
    QString username, email, number, name, feedback;
    QMap<QString, double> scores;
    bool adequate = false;
};

QMap<QString, Released> releasedBySql(const QSqlDatabase &c, qint64 assignment)
{
    SqlQuery q(c,
        QStringLiteral("SELECT u.username, u.email, u.student_number, u.display_name, r.scores, r.adequate, r.feedback "
                       "FROM released_results r JOIN attempts t ON t.id = r.attempt_id JOIN submissions s ON s.id = "
                       "t.submission_id "
                       "JOIN users u ON u.id = s.student_id WHERE s.assignment_id = :a"));
    q.bind(QStringLiteral(":a"), assignment);
    if (!q.exec().ok())
        qFatal("query failed");
    QMap<QString, Released> all;
    while (q.next()) {
        Released r {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(6).toString(), {}, q.value(5).toBool()};
        const QJsonObject scores = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        for (auto it = scores.begin(); it != scores.end(); ++it)
            r.scores.insert(it.key(), it->toDouble());
        all.insert(r.username, r);
    }
    return all;
}
} // namespace

class TestGradeExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;
    qint64 m_assignment = 0;
    Gradebook m_book;
    QMap<QString, Released> m_released;

private slots:
    void initTestCase()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        QVERIFY(DemoDataBuilder(*m_database).build().ok());
        SqlQuery first(m_database->connection(),
            QStringLiteral("SELECT a.id FROM assignments a JOIN cohorts c ON c.id = a.cohort_id "
                           "WHERE c.name = 'Mix Prep 2025/26' AND (SELECT count(*) FROM submissions s WHERE "
                           "s.assignment_id = a.id) < (SELECT count(*) FROM enrolments e WHERE e.cohort_id = c.id "
                           "AND e.role = 'student') ORDER BY a.due_at LIMIT 1"));
        m_assignment = first.scalar()->toLongLong();
        const Result<Gradebook> book = GradebookBuilder::build(m_database->connection(), Actor::system(), m_assignment);
        QVERIFY2(book.ok(), qPrintable(book.errorMessage()));
        m_book = *book;
        m_released = releasedBySql(m_database->connection(), m_assignment);
        QVERIFY(m_released.size() > 15);
    }

    void onlyReleasedResultsAreExported()
    {
        QCOMPARE(m_book.rows.size(), m_released.size());
        SqlQuery enrolled(m_database->connection(),
            QStringLiteral("SELECT count(*) FROM enrolments e JOIN assignments a ON a.cohort_id = e.cohort_id "
                           "WHERE a.id = :a AND e.role = 'student'"));
        enrolled.bind(QStringLiteral(":a"), m_assignment);
        QVERIFY(enrolled.scalar()->toInt() > m_book.rows.size()); // some did not submit: not in the file
    }

    void moodleImportsEveryDimensionTheVerdictAndFeedback_data()
    {
        QTest::addColumn<bool>("itemsExist");
        QTest::newRow("grade items already in the course") << true;
        QTest::newRow("first import: new grade items") << false;
    }

    void moodleImportsEveryDimensionTheVerdictAndFeedback()
    {
        QFETCH(bool, itemsExist);
        QMap<QString, QMap<QString, QString>> users;
        for (const Released &r : std::as_const(m_released)) {
            users[QStringLiteral("idnumber")].insert(r.number, r.username);
            users[QStringLiteral("email")].insert(r.email, r.username);
        }
        QStringList items;
        for (const Dimension &d : m_book.rubric.dimensions)
            items << m_book.itemName(d);
        items << m_book.adequacyItemName();
        const lms::Import import
            = lms::importMoodle(MoodleGradeCsv::write(m_book), users, itemsExist ? items : QStringList());
        QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
        QCOMPARE(import.identifierColumn, QStringLiteral("ID number"));
        QCOMPARE(import.newItems.size(), itemsExist ? 0 : 6);
        QCOMPARE(import.grades.size(), m_released.size());
        for (const Released &r : std::as_const(m_released)) {
            const QMap<QString, std::optional<double>> grades = import.grades.value(r.username);
            for (const Dimension &d : m_book.rubric.dimensions) {
                const QString item = itemsExist ? m_book.itemName(d) : m_book.itemName(d) + QStringLiteral(" (Real)");
                QVERIFY2(grades.value(item).has_value(), qPrintable(item));
                QVERIFY(std::abs(*grades.value(item) - r.scores.value(d.key)) < 0.005);
            }
            const QString adequacy
                = itemsExist ? m_book.adequacyItemName() : m_book.adequacyItemName() + QStringLiteral(" (Real)");
            QCOMPARE(*grades.value(adequacy), r.adequate ? 1.0 : 0.0);
            if (!itemsExist) {
                QVERIFY(import.feedback.isEmpty()); // Moodle maps feedback only to existing items
                continue;
            }
            const QString feedback = import.feedback.value(r.username).value(m_book.adequacyItemName());
            QVERIFY(feedback.startsWith(r.adequate ? QStringLiteral("Adequate") : QStringLiteral("Not yet adequate")));
            QVERIFY(feedback.contains(r.feedback.trimmed()));
            for (const Dimension &d : m_book.rubric.dimensions) {
                const bool below = r.scores.value(d.key) < d.threshold - 1e-9;
                QCOMPARE(feedback.contains(d.name + QLatin1Char(' ')), below);
            }
        }
    }

    void canvasImportsEveryDimensionTheVerdictAndNotes()
    {
        QVector<lms::CanvasStudent> students;
        for (const Released &r : std::as_const(m_released)) {
            const QString last = r.name.section(QLatin1Char(' '), -1);
            const QString first = r.name.section(QLatin1Char(' '), 0, -2);
            // Canvas ids unknown to PrepMark: found by SIS User ID.
            students.append({r.username, QStringLiteral("7%1").arg(students.size()), r.number,
                QStringLiteral("sso-") + r.username, r.name, last + QStringLiteral(", ") + first});
        }
        const lms::Import import
            = lms::importCanvas(CanvasGradeCsv::write(m_book), students, {QStringLiteral("Notes")});
        QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
        QCOMPARE(import.newItems.size(), 6);
        for (const Dimension &d : m_book.rubric.dimensions)
            QCOMPARE(import.pointsPossible.value(m_book.itemName(d)), 5.0);
        QCOMPARE(import.pointsPossible.value(m_book.adequacyItemName()), 1.0);
        QCOMPARE(import.grades.size(), m_released.size());
        for (const Released &r : std::as_const(m_released)) {
            const auto grades = import.grades.value(r.username);
            for (const Dimension &d : m_book.rubric.dimensions)
                QVERIFY(std::abs(*grades.value(m_book.itemName(d)) - r.scores.value(d.key)) < 0.005);
            QCOMPARE(*grades.value(m_book.adequacyItemName()), r.adequate ? 1.0 : 0.0);
            const QString notes = import.feedback.value(r.username).value(QStringLiteral("Notes"));
            QVERIFY(notes.startsWith(r.adequate ? QStringLiteral("Adequate") : QStringLiteral("Not yet adequate")));
        }
    }

    void canvasFindsStudentsByNameWithoutIds()
    {
        // A Canvas course without SIS: students are matched by their sortable name.
        QVector<lms::CanvasStudent> students;
        for (const Released &r : std::as_const(m_released))
            students.append({r.username, QString(), QString(), QString(), r.name,
                r.name.section(QLatin1Char(' '), -1) + QStringLiteral(", ") + r.name.section(QLatin1Char(' '), 0, -2)});
        const lms::Import import
            = lms::importCanvas(CanvasGradeCsv::write(m_book), students, {QStringLiteral("Notes")});
        QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
        QCOMPARE(import.grades.size(), m_released.size());
    }
};

QTEST_GUILESS_MAIN(TestGradeExport)
#include "tst_gradeexport.moc"
