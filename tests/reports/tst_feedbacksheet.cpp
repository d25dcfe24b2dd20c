#include "support/TestDatabases.h"

#include "reports/FeedbackSheet.h"
#include "reports/FeedbackSheetDocument.h"
#include "reports/FeedbackSheetExporter.h"

#include "demo/DemoDataBuilder.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

class TestFeedbackSheet : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;
    qint64 m_assignment = 0;

    qint64 scalar(const QString &sql)
    {
        SqlQuery q(m_database->connection(), sql);
        const Result<QVariant> value = q.scalar();
        if (!value)
            qFatal("%s", qPrintable(value.errorMessage()));
        return value->toLongLong();
    }

    static QString pdfText(const QString &path)
    {
        QProcess text;
        text.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {path, QStringLiteral("-")});
        text.waitForFinished(60000);
        return QString::fromUtf8(text.readAllStandardOutput()).simplified();
    }

private slots:
    void initTestCase()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        QVERIFY(DemoDataBuilder(*m_database).build().ok());
        m_assignment = scalar(QStringLiteral("SELECT a.id FROM assignments a JOIN cohorts c ON c.id = a.cohort_id "
                                             "WHERE c.name = 'Mix Prep 2024/25' ORDER BY a.due_at LIMIT 1"));
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    }

    void aSheetHoldsTheReleasedVerdictAndNamesTheBlockingDimensions()
    {
        // An inadequate released result whose mean clears the line: a masked failure (the
        // snapshot's verdict says so).
        SqlQuery inadequate(m_database->connection(),
            QStringLiteral("SELECT t.submission_id, r.verdict FROM released_results r JOIN attempts t ON t.id = "
                           "r.attempt_id WHERE r.adequate = 0 ORDER BY r.id"));
        const Status read = inadequate.exec();
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        qint64 submission = 0;
        while (submission == 0 && inadequate.next()) {
            if (QJsonDocument::fromJson(inadequate.value(1).toByteArray())
                    .object()
                    .value(QStringLiteral("masked"))
                    .toBool())
                submission = inadequate.value(0).toLongLong();
        }
        QVERIFY(submission > 0);
        const Result<FeedbackSheet> sheet
            = FeedbackSheetBuilder::forSubmission(m_database->connection(), Actor::system(), submission);
        QVERIFY2(sheet.ok(), qPrintable(sheet.errorMessage()));
        QVERIFY(!sheet->verdict.adequate);
        QVERIFY(sheet->verdict.masked);
        QCOMPARE(sheet->dimensions.size(), 5);
        const QString text = FeedbackSheetDocument::verdictText(*sheet);
        for (const FeedbackSheetDimension &d : sheet->dimensions)
            QCOMPARE(text.contains(d.outcome.name), !d.outcome.meetsThreshold);
        QVERIFY(text.contains(QStringLiteral("clears the pass line")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(FeedbackSheetExporter::write(*sheet, path).ok());
        const QString pdf = pdfText(path);
        QVERIFY(pdf.contains(sheet->studentName));
        QVERIFY(pdf.contains(QStringLiteral("Not yet adequate")));
        QVERIFY(pdf.contains(QStringLiteral("below threshold")));
        QVERIFY(pdf.contains(QStringLiteral("Lecturer feedback")));
        QVERIFY(pdf.contains(QStringLiteral("Page 1 of")));
    }

    void evidenceOfTheAttemptIsOnTheSheet()
    {
        // Give a released attempt automatic evidence, as the grading engine will.
        const qint64 attempt = scalar(QStringLiteral("SELECT attempt_id FROM released_results LIMIT 1"));
        const qint64 submission
            = scalar(QStringLiteral("SELECT submission_id FROM attempts WHERE id = %1").arg(attempt));
        QVERIFY(SubmissionRepository(m_database->connection(), Actor::system())
                    .setEvidence(attempt,
                        {{QStringLiteral("si_clipping_headroom"), 2,
                            {QStringLiteral("Kick In peaks at +0.4 dBTP after preparation.")}}})
                    .ok());
        const Result<FeedbackSheet> sheet
            = FeedbackSheetBuilder::forSubmission(m_database->connection(), Actor::system(), submission);
        QVERIFY(sheet.ok());
        QVERIFY(sheet->hasEvidence());
        QTemporaryDir dir;
        QVERIFY(FeedbackSheetExporter::write(*sheet, dir.filePath(QStringLiteral("e.pdf"))).ok());
        QVERIFY(pdfText(dir.filePath(QStringLiteral("e.pdf"))).contains(QStringLiteral("Kick In peaks at +0.4 dBTP")));
    }

    void batchExportWritesOneSheetPerReleasedSubmission()
    {
        QTemporaryDir dir;
        SilentProgress progress;
        const Result<FeedbackSheetBatch> batch = FeedbackSheetExporter::exportAssignment(
            m_database->connection(), Actor::system(), m_assignment, dir.filePath(QStringLiteral("out")), progress);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        const int released = int(scalar(QStringLiteral(
            "SELECT count(*) FROM released_results r JOIN attempts t ON t.id = r.attempt_id JOIN submissions s ON "
            "s.id = t.submission_id WHERE s.assignment_id = %1")
                                            .arg(m_assignment)));
        QCOMPARE(batch->released, released);
        QCOMPARE(batch->files.size(), released);
        QCOMPARE(progress.lastProgress(), 100);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.pdf")}).size(), released);
        QVERIFY(QFileInfo(batch->files.first()).fileName().startsWith(QStringLiteral("%1-24").arg(m_assignment)));
    }

    void aCancelledBatchStopsBetweenSheets()
    {
        QTemporaryDir dir;
        SilentProgress progress;
        progress.cancel();
        const Result<FeedbackSheetBatch> batch = FeedbackSheetExporter::exportAssignment(
            m_database->connection(), Actor::system(), m_assignment, dir.path(), progress);
        QVERIFY(batch.ok());
        QVERIFY(batch->cancelled);
        QVERIFY(batch->files.isEmpty());
    }

    void aStudentGetsOnlyTheirOwnSheet()
    {
        const qint64 submission = scalar(QStringLiteral(
            "SELECT t.submission_id FROM released_results r JOIN attempts t ON t.id = r.attempt_id LIMIT 1"));
        const qint64 owner = scalar(QStringLiteral("SELECT student_id FROM submissions WHERE id = %1").arg(submission));
        const qint64 other
            = scalar(QStringLiteral("SELECT id FROM users WHERE role = 'student' AND id <> %1 LIMIT 1").arg(owner));
        const Actor student {owner, Role::Student, QStringLiteral("s"), QString()};
        QVERIFY(FeedbackSheetBuilder::forSubmission(m_database->connection(), student, submission).ok());
        const Actor stranger {other, Role::Student, QStringLiteral("t"), QString()};
        const Result<FeedbackSheet> denied
            = FeedbackSheetBuilder::forSubmission(m_database->connection(), stranger, submission);
        QVERIFY(!denied.ok());
        QVERIFY(denied.errorMessage().contains(QStringLiteral("may not")));
        QVERIFY(!FeedbackSheetBuilder::forAssignment(m_database->connection(), student, m_assignment).ok());
    }
};

QTEST_MAIN(TestFeedbackSheet)
#include "tst_feedbacksheet.moc"
