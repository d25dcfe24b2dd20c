#include "ui/app/DatabaseLocator.h"
#include "ui/app/LanguageManager.h"
#include "ui/app/LoginDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SettingsDialog.h"
#include "ui/app/StaffHomePage.h"
#include "ui/cohort/ProgrammeReportPage.h"
#include "ui/common/ReportPreviewWidget.h"

#include "demo/DemoDataBuilder.h"
#include "reports/ProgrammeReportCsv.h"
#include "storage/SqlQuery.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace prepmark;

namespace {
// A translator that marks every message it translates, so a test sees which texts went
// through tr() and were translated again after a language change.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

QString fileMenuTitle(const MainWindow &window)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}
} // namespace

// The programme report page of a programme leader, and the interface language switched
// while the window is open.
class TestReportPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    Actor signIn(const QString &username)
    {
        LoginDialog login(*m_database);
        if (!login.signIn(username, DemoDataBuilder::demoPassword()))
            qFatal("cannot sign in as %s", qPrintable(username));
        return login.actor();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        auto opened = DatabaseLocator::createDemo(m_dir.filePath(QStringLiteral("ui.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
    }

    void onlyLeadersAndAdminsHaveTheProgrammeTab_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("hasTab");
        QTest::newRow("lecturer") << "mbaker" << false;
        QTest::newRow("programme leader") << "jahmed" << true;
        QTest::newRow("admin") << "admin" << true;
    }

    void onlyLeadersAndAdminsHaveTheProgrammeTab()
    {
        QFETCH(QString, username);
        QFETCH(bool, hasTab);
        MainWindow window(*m_database, signIn(username));
        auto *home = qobject_cast<StaffHomePage *>(window.homePage());
        QVERIFY(home);
        QCOMPARE(home->programmePage() != nullptr, hasTab);
        // Admins also have the accounts tab.
        QCOMPARE(home->tabs()->count(), (hasTab ? 4 : 3) + (username == QLatin1String("admin") ? 1 : 0));
    }

    void thePageShowsAndExportsTheDemosReport()
    {
        MainWindow window(*m_database, signIn(QStringLiteral("jahmed")));
        auto *home = qobject_cast<StaffHomePage *>(window.homePage());
        QVERIFY(home && home->programmePage());
        ProgrammeReportPage *page = home->programmePage();
        QCOMPARE(page->programmePicker()->count(), 1);
        SqlQuery released(m_database->connection(),
            QStringLiteral("SELECT count(DISTINCT t.submission_id) FROM released_results r JOIN attempts t ON t.id = "
                           "r.attempt_id JOIN submissions s ON s.id = t.submission_id JOIN assignments a ON a.id = "
                           "s.assignment_id WHERE a.mode = 'assessed'"));
        QCOMPARE(page->report().total.results, released.scalar()->toInt());
        QVERIFY(page->preview()->pageCount() >= 5);

        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(page->exportTo(ProgrammeReportPage::Format::Csv, csv).ok());
        QFile written(csv);
        QVERIFY(written.open(QIODevice::ReadOnly));
        // The export is the report's CSV (apart from the time it was generated, not in the CSV).
        QCOMPARE(written.readAll(), programmeReportCsv(page->report()));

        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(page->exportTo(ProgrammeReportPage::Format::Pdf, pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void theLanguageSwitchesWithoutARestart()
    {
        MainWindow window(*m_database, signIn(QStringLiteral("jahmed")));
        window.show();
        auto *home = qobject_cast<StaffHomePage *>(window.homePage());
        home->tabs()->setCurrentIndex(StaffHomePage::ProgrammeTab);
        QCOMPARE(fileMenuTitle(window), QStringLiteral("&File"));
        QCOMPARE(home->tabs()->tabText(StaffHomePage::ProgrammeTab), QStringLiteral("&Programme report"));

        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        // The window rebuilds once the events of the change have been delivered.
        QTRY_COMPARE(fileMenuTitle(window), QStringLiteral("«&File»"));
        home = qobject_cast<StaffHomePage *>(window.homePage());
        QVERIFY(home);
        QCOMPARE(home->tabs()->tabText(StaffHomePage::ProgrammeTab), QStringLiteral("«&Programme report»"));
        QCOMPARE(home->tabs()->currentIndex(), int(StaffHomePage::ProgrammeTab)); // the same tab
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("«PrepMark")));

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QTRY_COMPARE(fileMenuTitle(window), QStringLiteral("&File"));
        home = qobject_cast<StaffHomePage *>(window.homePage());
        QCOMPARE(home->tabs()->tabText(StaffHomePage::ProgrammeTab), QStringLiteral("&Programme report"));
    }

    void theSettingsDialogStoresAndAppliesTheLanguageAndLocale()
    {
        SettingsDialog dialog;
        auto *picker = dialog.findChild<QComboBox *>(QStringLiteral("languagePicker"));
        QVERIFY(picker);
        QCOMPARE(picker->count(), 5); // system default, de, en, es, fr
        picker->setCurrentIndex(picker->findData(QStringLiteral("de")));
        dialog.apply();
        QCOMPARE(LanguageManager::stored(), QStringLiteral("de"));
        QCOMPARE(LanguageManager::current(), QStringLiteral("de"));
        // Numbers follow the language: a comma as the decimal separator in German.
        QCOMPARE(QLocale().toString(3.25, 'f', 2), QStringLiteral("3,25"));
        // The embedded German translation is installed.
        QCOMPARE(QCoreApplication::translate("prepmark::MainWindow", "&File"), QStringLiteral("&Datei"));

        picker->setCurrentIndex(picker->findData(QStringLiteral("fr")));
        dialog.apply();
        QCOMPARE(QCoreApplication::translate("prepmark::MainWindow", "&File"), QStringLiteral("&Fichier"));
        QCOMPARE(QLocale().toString(1234567), QLocale(QLocale::French).toString(1234567));

        picker->setCurrentIndex(picker->findData(QStringLiteral("en")));
        dialog.apply();
        QCOMPARE(LanguageManager::stored(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("prepmark::MainWindow", "&File"), QStringLiteral("&File"));
        QCOMPARE(QLocale().toString(3.25, 'f', 2), QStringLiteral("3.25"));
    }
};

QTEST_MAIN(TestReportPages)
#include "tst_reportpages.moc"
