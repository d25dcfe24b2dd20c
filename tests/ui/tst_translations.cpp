#include "ui/common/SubmissionStatusText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// A message as lupdate identifies it.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool operator==(const Message &other) const = default;
};

size_t qHash(const Message &m, size_t seed = 0)
{
    return ::qHash(m.context, seed) ^ ::qHash(m.source, seed) ^ ::qHash(m.comment, seed);
}

struct TsFile
{
    QString language;
    QSet<Message> messages;
    QStringList unfinished; // "context: source" of messages without a finished translation
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": cannot read");
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool numerus = false;
    QString translationType;
    QStringList forms;
    QString translation;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = {context, QString(), QString()};
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                forms.clear();
                translation.clear();
                translationType.clear();
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (translationType == QLatin1String("obsolete") || translationType == QLatin1String("vanished"))
                continue;
            ts.messages.insert(message);
            const bool empty = numerus ? (forms.isEmpty() || forms.contains(QString())) : translation.isEmpty();
            if (translationType == QLatin1String("unfinished") || empty)
                ts.unfinished << message.context + QStringLiteral(": ") + message.source;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList describe(const QSet<Message> &messages)
{
    QStringList lines;
    for (const Message &m : messages)
        lines << QStringLiteral("  %1: \"%2\"").arg(m.context, m.source.left(70));
    lines.sort();
    return lines.mid(0, 15);
}

// submissions.status as db/sqlite/001_initial.sql allows it: "not_marked", ..., "released".
QStringList storedStatusNames()
{
    QFile file(QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("db/sqlite/001_initial.sql")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression check(QStringLiteral(R"(CHECK \(status IN \(([^)]*)\)\))"));
    const QRegularExpressionMatch match = check.match(QString::fromUtf8(file.readAll()));
    QStringList names;
    const QRegularExpression quoted(QStringLiteral("'([a-z_]+)'"));
    for (auto it = quoted.globalMatch(match.captured(1)); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

// The words for each status as the translators wrote them before the words moved to
// SubmissionStatusText (MarkingTexts, CohortResultsModel, AssignedExercisesModel): what
// staff see, and what a student sees of their own submission. "" is no submission.
struct StatusWords
{
    const char *language;
    const char *status;
    const char *staff;
    const char *student;
};

const StatusWords kStatusWords[] = {
    {"en", "", "", "Not submitted"},
    {"en", "not_marked", "not marked", "Submitted, waiting for marking"},
    {"en", "in_marking", "in marking", "Submitted, being marked"},
    {"en", "first_marked", "first marked", "Submitted, being marked"},
    {"en", "second_marked", "second marked", "Submitted, being marked"},
    {"en", "needs_moderation", "needs moderation", "Submitted, being marked"},
    {"en", "agreed", "agreed", "Submitted, being marked"},
    {"en", "released", "released", "Result released"},
    {"de", "", "", "Nicht eingereicht"},
    {"de", "not_marked", "nicht bewertet", "Eingereicht, wartet auf Bewertung"},
    {"de", "in_marking", "in Bewertung", "Eingereicht, wird bewertet"},
    {"de", "first_marked", "erstbewertet", "Eingereicht, wird bewertet"},
    {"de", "second_marked", "zweitbewertet", "Eingereicht, wird bewertet"},
    {"de", "needs_moderation", "Moderation nötig", "Eingereicht, wird bewertet"},
    {"de", "agreed", "abgestimmt", "Eingereicht, wird bewertet"},
    {"de", "released", "freigegeben", "Ergebnis freigegeben"},
    {"es", "", "", "Sin entregar"},
    {"es", "not_marked", "sin corregir", "Entregado, pendiente de corrección"},
    {"es", "in_marking", "en corrección", "Entregado, en corrección"},
    {"es", "first_marked", "primera corrección hecha", "Entregado, en corrección"},
    {"es", "second_marked", "segunda corrección hecha", "Entregado, en corrección"},
    {"es", "needs_moderation", "requiere moderación", "Entregado, en corrección"},
    {"es", "agreed", "acordado", "Entregado, en corrección"},
    {"es", "released", "publicado", "Resultado publicado"},
    {"fr", "", "", "Non rendu"},
    {"fr", "not_marked", "non corrigé", "Rendu, en attente de correction"},
    {"fr", "in_marking", "en correction", "Rendu, en cours de correction"},
    {"fr", "first_marked", "première correction faite", "Rendu, en cours de correction"},
    {"fr", "second_marked", "seconde correction faite", "Rendu, en cours de correction"},
    {"fr", "needs_moderation", "arbitrage requis", "Rendu, en cours de correction"},
    {"fr", "agreed", "notes arrêtées", "Rendu, en cours de correction"},
    {"fr", "released", "publié", "Résultat publié"},
};

} // namespace

// The committed translations against the sources: every interface string of every
// library translated, nothing out of date. When this fails, run translations/update.sh
// and translate what it reports (README, "Translations").
class TestTranslations : public QObject
{
    Q_OBJECT

    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "es", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

private slots:
    void tsFilesAreUpToDate_data() { languages(); }

    void tsFilesAreUpToDate()
    {
        QFETCH(QString, language);
        const QString committed = QDir(QStringLiteral(PREPMARK_SOURCE_DIR))
                                      .filePath(QStringLiteral("translations/prepmark_%1.ts").arg(language));
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("prepmark_%1.ts").arg(language));
        // lupdate over the same sources into a copy of the committed file: what the
        // sources ask for now, with the translations that still apply.
        QVERIFY(QFile::copy(committed, fresh));
        QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        QStringList arguments = QStringLiteral(PREPMARK_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        arguments << QStringLiteral("@" PREPMARK_LUPDATE_LIST) << QStringLiteral("-ts") << fresh;
        lupdate.start(QStringLiteral(PREPMARK_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const TsFile was = readTs(committed);
        const TsFile now = readTs(fresh);
        QVERIFY2(was.error.isEmpty(), qPrintable(was.error));
        QVERIFY2(now.error.isEmpty(), qPrintable(now.error));
        QCOMPARE(was.language.section(QLatin1Char('_'), 0, 0), language); // "de" or "de_DE"
        QVERIFY(now.messages.size() > 300);
        const QSet<Message> missing = now.messages - was.messages;
        const QSet<Message> stale = was.messages - now.messages;
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("prepmark_%1.ts is out of date: %2 strings of the sources are not in it "
                                      "(run translations/update.sh):\n%3")
                           .arg(language)
                           .arg(missing.size())
                           .arg(describe(missing).join(QLatin1Char('\n')))));
        QVERIFY2(stale.isEmpty(),
            qPrintable(QStringLiteral("prepmark_%1.ts holds %2 strings no source uses any more (run "
                                      "translations/update.sh):\n%3")
                           .arg(language)
                           .arg(stale.size())
                           .arg(describe(stale).join(QLatin1Char('\n')))));
    }

    // Kept apart from the check above, so a failure says which of the two it is.
    void tsFilesAreComplete_data() { languages(); }

    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(QDir(QStringLiteral(PREPMARK_SOURCE_DIR))
                                     .filePath(QStringLiteral("translations/prepmark_%1.ts").arg(language)));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(ts.messages.size() > 300);
        QVERIFY2(ts.unfinished.isEmpty(),
            qPrintable(QStringLiteral("prepmark_%1.ts has %2 unfinished translations (of %3):\n  %4")
                           .arg(language)
                           .arg(ts.unfinished.size())
                           .arg(ts.messages.size())
                           .arg(ts.unfinished.mid(0, 15).join(QStringLiteral("\n  ")))));
    }

    void compiledTranslationsAreEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << "de"
                            << "&Datei"
                            << "Abbrechen";
        QTest::newRow("es") << "es"
                            << "&Archivo"
                            << "Cancelar";
        QTest::newRow("fr") << "fr"
                            << "&Fichier"
                            << "Annuler";
    }

    void compiledTranslationsAreEmbedded()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, cancel);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/prepmark_%1.qm").arg(language)));
        QCOMPARE(translator.translate("prepmark::MainWindow", "&File"), file);
        QCOMPARE(translator.translate("prepmark::ProgressDialogReporter", "Cancel"), cancel);
    }
    // Every status the database allows, in every language, as the translators wrote it.
    void submissionStatusWordsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("staff");
        QTest::addColumn<QString>("student");
        const QStringList stored = storedStatusNames();
        QVERIFY2(
            stored.size() >= 7, "db/sqlite/001_initial.sql: no CHECK (status IN (...)) list of submission statuses");
        for (const char *language : {"en", "de", "es", "fr"}) {
            for (const QString &status : QStringList {QString()} + stored) {
                const StatusWords *words = nullptr;
                for (const StatusWords &w : kStatusWords) {
                    if (QLatin1String(w.language) == QLatin1String(language) && QLatin1String(w.status) == status)
                        words = &w;
                }
                QVERIFY2(words,
                    qPrintable(
                        QStringLiteral("status \"%1\" of db/sqlite/001_initial.sql has no expected %2 words here")
                            .arg(status, QLatin1String(language))));
                QTest::addRow("%s %s", language, status.isEmpty() ? "(none)" : qPrintable(status))
                    << QString::fromLatin1(language) << status << QString::fromUtf8(words->staff)
                    << QString::fromUtf8(words->student);
            }
        }
    }

    void submissionStatusWordsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, status);
        QFETCH(QString, staff);
        QFETCH(QString, student);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/prepmark_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        if (!status.isEmpty()) {
            const prepmark::Result<prepmark::SubmissionStatus> parsed = prepmark::submissionStatusFromName(status);
            QVERIFY2(parsed, qPrintable(parsed.errorMessage()));
            QCOMPARE(prepmark::SubmissionStatusText::text(*parsed), staff);
        }
        QCOMPARE(prepmark::SubmissionStatusText::forStudent(status), student);
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
