<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FeedbackSheetDocument</name>
    <message>
        <source>Your mean score is %1. It is shown for comparison only: it does not decide the verdict.</source>
        <translation>Ihr Mittelwert beträgt %1. Er dient nur zum Vergleich: Über das Urteil entscheidet er nicht.</translation>
    </message>
    <message>
        <source>Adequate. Every dimension meets its threshold.</source>
        <translation>Ausreichend. Jede Dimension erreicht ihre Schwelle.</translation>
    </message>
    <message>
        <source>%1 (%2, threshold %3)</source>
        <translation>%1 (%2, Schwelle %3)</translation>
    </message>
    <message>
        <source>Not yet adequate. Below threshold: %1.</source>
        <translation>Noch nicht ausreichend. Unter der Schwelle: %1.</translation>
    </message>
    <message>
        <source>Your mean (%1) clears the pass line of %2, but preparation is adequate only when every dimension meets its threshold at the same time: strengths elsewhere do not make up for this.</source>
        <translation>Ihr Mittelwert (%1) liegt über der Bestehensgrenze von %2, doch eine Vorbereitung ist nur dann ausreichend, wenn jede Dimension gleichzeitig ihre Schwelle erreicht: Stärken an anderer Stelle gleichen das nicht aus.</translation>
    </message>
    <message>
        <source>Feedback sheet · %1 · %2</source>
        <translation>Feedbackbogen · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Feedback: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Not yet adequate</source>
        <translation>Noch nicht ausreichend</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>mean (for comparison only)</source>
        <translation>Mittelwert (nur zum Vergleich)</translation>
    </message>
    <message>
        <source>dimensions below threshold</source>
        <translation>Dimensionen unter der Schwelle</translation>
    </message>
    <message>
        <source>Student: %1%2
Cohort: %3
Exercise: %4
Released: %5
Rubric: %6 (%7)</source>
        <translation>Studierende/r: %1%2
Kohorte: %3
Übung: %4
Freigegeben: %5
Bewertungsraster: %6 (%7)</translation>
    </message>
    <message>
        <source>Your dimensions against their thresholds</source>
        <translation>Ihre Dimensionen im Vergleich zu ihren Schwellen</translation>
    </message>
    <message>
        <source>The black mark on each bar is the dimension&apos;s threshold. Bars below their threshold are red, hatched and marked ▼.</source>
        <translation>Die schwarze Markierung auf jedem Balken ist die Schwelle der Dimension. Balken unter ihrer Schwelle sind rot, schraffiert und mit ▼ gekennzeichnet.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>meets threshold</source>
        <translation>erreicht die Schwelle</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>unter der Schwelle</translation>
    </message>
    <message>
        <source>Lecturer feedback</source>
        <translation>Feedback der Lehrkraft</translation>
    </message>
    <message>
        <source>No written feedback was released with this result.</source>
        <translation>Mit diesem Ergebnis wurde kein schriftliches Feedback freigegeben.</translation>
    </message>
    <message>
        <source>Evidence from the automatic checks</source>
        <translation>Belege aus den automatischen Prüfungen</translation>
    </message>
    <message>
        <source>No automatic evidence was recorded for this submission: it was marked by your lecturers alone.</source>
        <translation>Für diese Einreichung wurden keine automatischen Belege erfasst: Sie wurde allein von Ihren Lehrkräften bewertet.</translation>
    </message>
    <message>
        <source>Dimension / criterion</source>
        <translation>Dimension / Kriterium</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Vorgeschlagene Stufe</translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation>Was die Prüfungen gefunden haben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>nur Lehrkraft</translation>
    </message>
    <message>
        <source>Proposed levels come from the automatic checks; your lecturers decided the final marks.</source>
        <translation>Die vorgeschlagenen Stufen stammen aus den automatischen Prüfungen; über die endgültige Bewertung haben Ihre Lehrkräfte entschieden.</translation>
    </message>
</context>
<context>
    <name>FeedbackSheetExportAction</name>
    <message>
        <source>Folder for the feedback sheets</source>
        <translation>Ordner für die Feedbackbögen</translation>
    </message>
    <message>
        <source>Writing feedback sheets…</source>
        <translation>Feedbackbögen werden geschrieben…</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Feedbackbögen</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 sheets; the sheets written are complete.</source>
        <translation>Nach %1 von %2 Bögen abgebrochen; die geschriebenen Bögen sind vollständig.</translation>
    </message>
    <message>
        <source>No result of this assignment is released yet.</source>
        <translation>Für diese Aufgabe ist noch kein Ergebnis freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n Feedbackbogen in %1 geschrieben.</numerusform>
            <numerusform>%n Feedbackbögen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback sheet</source>
        <translation>Feedbackbogen</translation>
    </message>
    <message>
        <source>Save the feedback sheet</source>
        <translation>Feedbackbogen speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>MarkingTexts</name>
    <message>
        <source>Continue marking</source>
        <translation>Bewertung fortsetzen</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Continue second marking</source>
        <translation>Zweitbewertung fortsetzen</translation>
    </message>
    <message>
        <source>Second mark (blind)</source>
        <translation>Zweitbewertung (blind)</translation>
    </message>
    <message>
        <source>Agree scores</source>
        <translation>Punktwerte abstimmen</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderieren</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Anonymous submission %1</source>
        <translation>Anonyme Einreichung %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first marker</source>
        <translation>Erstbewertung</translation>
    </message>
    <message>
        <source>second marker</source>
        <translation>Zweitbewertung</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderation</translation>
    </message>
</context>
<context>
    <name>ProgrammeReportDocument</name>
    <message>
        <source>Programme outcome report</source>
        <translation>Lernergebnisbericht des Studiengangs</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, Version %3)</translation>
    </message>
    <message>
        <source>Rubric: none (no released results yet)</source>
        <translation>Bewertungsraster: keins (noch keine freigegebenen Ergebnisse)</translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation>Bewertungsraster: %1</translation>
    </message>
    <message>
        <source>How the figures are computed. Every figure comes from the released results of assessed assignments: the snapshot a student received, judged against the rubric version it was marked with, so a later change of thresholds never rewrites it. A resubmission counts once, with its latest released result. A result is adequate only when every dimension meets its threshold at the same time (conjunctive rule). Attainment of a dimension is the share of results at or above its threshold. A dimension blocks a result when it is below its threshold; it blocks it alone when it is the only one. A masked failure is an inadequate result whose mean clears the pass line: an averaged grade would have passed it. A learning outcome is attained in a result when every dimension mapped to it meets its threshold.</source>
        <translation>So werden die Zahlen berechnet. Jede Zahl stammt aus den freigegebenen Ergebnissen bewerteter Aufgaben: dem Stand, den die Studierenden erhalten haben, beurteilt nach der Version des Bewertungsrasters, mit der bewertet wurde – eine spätere Änderung der Schwellen schreibt ihn also nie um. Eine erneute Einreichung zählt einmal, mit ihrem neuesten freigegebenen Ergebnis. Ein Ergebnis ist nur dann ausreichend, wenn jede Dimension gleichzeitig ihre Schwelle erreicht (konjunktive Regel). Der Erreichungsgrad einer Dimension ist der Anteil der Ergebnisse, die ihre Schwelle erreichen oder übertreffen. Eine Dimension blockiert ein Ergebnis, wenn sie unter ihrer Schwelle liegt; sie blockiert es allein, wenn sie die einzige ist. Ein verdecktes Defizit ist ein nicht ausreichendes Ergebnis, dessen Mittelwert über der Bestehensgrenze liegt: Mit einer Durchschnittsnote wäre es bestanden worden. Ein Lernergebnis ist in einem Ergebnis erreicht, wenn jede ihm zugeordnete Dimension ihre Schwelle erreicht.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: page %1 of %2 pages.</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation>Kohorten: %1</translation>
    </message>
    <message>
        <source>%1 released results of %2 students in assessed assignments</source>
        <translation>%1 freigegebene Ergebnisse von %2 Studierenden in bewerteten Aufgaben</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Preparation is adequate only when every dimension meets its threshold at the same time. This report shows, per cohort and academic year, how often that happened, which dimensions stood in the way, and which failures an averaged grade would have hidden.</source>
        <translation>Eine Vorbereitung ist nur dann ausreichend, wenn jede Dimension gleichzeitig ihre Schwelle erreicht. Dieser Bericht zeigt je Kohorte und Studienjahr, wie oft das der Fall war, welche Dimensionen im Weg standen und welche Defizite eine Durchschnittsnote verdeckt hätte.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>released results</source>
        <translation>freigegebene Ergebnisse</translation>
    </message>
    <message>
        <source>adequate (every dimension at threshold)</source>
        <translation>ausreichend (jede Dimension an der Schwelle)</translation>
    </message>
    <message>
        <source>masked failures (mean passes, verdict fails)</source>
        <translation>verdeckte Defizite (Mittelwert besteht, Urteil nicht)</translation>
    </message>
    <message>
        <source>students with results</source>
        <translation>Studierende mit Ergebnissen</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Studienjahr</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Adequacy rate</source>
        <translation>Quote ausreichend</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Verdeckte Defizite</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Trend across academic years: adequacy and attainment per dimension (%)</source>
        <translation>Entwicklung über die Studienjahre: ausreichende Ergebnisse und Erreichungsgrad je Dimension (%)</translation>
    </message>
    <message>
        <source>Adequate (all dimensions)</source>
        <translation>Ausreichend (alle Dimensionen)</translation>
    </message>
    <message>
        <source>% of results</source>
        <translation>% der Ergebnisse</translation>
    </message>
    <message>
        <source>Attainment per dimension</source>
        <translation>Erreichungsgrad je Dimension</translation>
    </message>
    <message>
        <source>The share of results at or above each dimension&apos;s threshold, by academic year. Adequacy needs all of them at once, so it can be no higher than the lowest.</source>
        <translation>Der Anteil der Ergebnisse, die die Schwelle der jeweiligen Dimension erreichen oder übertreffen, nach Studienjahr. Für »ausreichend« müssen alle gleichzeitig erreicht sein, daher kann die Quote nie höher liegen als der niedrigste Wert.</translation>
    </message>
    <message>
        <source>Results at threshold, by dimension and academic year (%)</source>
        <translation>Ergebnisse an der Schwelle, nach Dimension und Studienjahr (%)</translation>
    </message>
    <message>
        <source>% of results at threshold</source>
        <translation>% der Ergebnisse an der Schwelle</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>What blocks adequacy</source>
        <translation>Was »ausreichend« blockiert</translation>
    </message>
    <message>
        <source>How many results each dimension blocked (below its threshold), and how many it blocked alone: the fail attribution. A result can be blocked by several dimensions.</source>
        <translation>Wie viele Ergebnisse jede Dimension blockiert hat (unter ihrer Schwelle) und wie viele sie allein blockiert hat: die Ursachenzuordnung. Ein Ergebnis kann von mehreren Dimensionen blockiert werden.</translation>
    </message>
    <message>
        <source>Results blocked by each dimension, by academic year</source>
        <translation>Von jeder Dimension blockierte Ergebnisse, nach Studienjahr</translation>
    </message>
    <message>
        <source>results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>%1: blocks / alone</source>
        <translation>%1: blockiert / allein</translation>
    </message>
    <message>
        <source>All years: blocks / alone</source>
        <translation>Alle Jahre: blockiert / allein</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Masked failures: what an averaged grade would have hidden</source>
        <translation>Verdeckte Defizite: was eine Durchschnittsnote verborgen hätte</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Nicht ausreichend</translation>
    </message>
    <message>
        <source>Blocked by 1 dimension</source>
        <translation>Blockiert durch 1 Dimension</translation>
    </message>
    <message>
        <source>by 2</source>
        <translation>durch 2</translation>
    </message>
    <message>
        <source>by 3 or more</source>
        <translation>durch 3 oder mehr</translation>
    </message>
    <message>
        <source>Share of inadequate</source>
        <translation>Anteil an nicht ausreichenden</translation>
    </message>
    <message>
        <source>A masked failure&apos;s mean clears the pass line while at least one dimension is below its threshold. These are the students a compensatory (averaged) grade would have passed.</source>
        <translation>Bei einem verdeckten Defizit liegt der Mittelwert über der Bestehensgrenze, während mindestens eine Dimension unter ihrer Schwelle liegt. Das sind die Studierenden, die mit einer kompensatorischen Note (Durchschnittsnote) bestanden hätten.</translation>
    </message>
    <message>
        <source>Learning outcomes and dimensions</source>
        <translation>Lernergebnisse und Dimensionen</translation>
    </message>
    <message>
        <source>The programme has no learning outcomes mapped to rubric dimensions.</source>
        <translation>Der Studiengang hat keine Lernergebnisse, die Dimensionen des Bewertungsrasters zugeordnet sind.</translation>
    </message>
    <message>
        <source>Which rubric dimensions evidence each programme learning outcome (✓), and the share of results in which every mapped dimension meets its threshold.</source>
        <translation>Welche Dimensionen des Bewertungsrasters jedes Lernergebnis des Studiengangs belegen (✓), und der Anteil der Ergebnisse, in denen jede zugeordnete Dimension ihre Schwelle erreicht.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lernergebnis</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Erreichungsgrad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Per cohort: results at threshold by dimension</source>
        <translation>Je Kohorte: Ergebnisse an der Schwelle nach Dimension</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>ProgrammeReportHtml</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>released results</source>
        <translation>freigegebene Ergebnisse</translation>
    </message>
    <message>
        <source>adequate (every dimension at threshold)</source>
        <translation>ausreichend (jede Dimension an der Schwelle)</translation>
    </message>
    <message>
        <source>masked failures (mean passes, verdict fails)</source>
        <translation>verdeckte Defizite (Mittelwert besteht, Urteil nicht)</translation>
    </message>
    <message>
        <source>students with results</source>
        <translation>Studierende mit Ergebnissen</translation>
    </message>
    <message>
        <source>Trend across academic years</source>
        <translation>Entwicklung über die Studienjahre</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Studienjahr</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studierende</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Adequacy rate</source>
        <translation>Quote ausreichend</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Verdeckte Defizite</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Per cohort and dimension</source>
        <translation>Je Kohorte und Dimension</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>At threshold</source>
        <translation>An der Schwelle</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Erreichungsgrad</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Blocks alone</source>
        <translation>Blockiert allein</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Learning outcomes and dimensions</source>
        <translation>Lernergebnisse und Dimensionen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lernergebnis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PrepMark: mix preparation practice and assessment.</source>
        <translation>PrepMark: Mixvorbereitung üben und bewerten.</translation>
    </message>
    <message>
        <source>Open the database, build every page offscreen, exit.</source>
        <translation>Datenbank öffnen, jede Seite offscreen aufbauen, beenden.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window and exit.</source>
        <translation>Screenshot des Hauptfensters speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: window size, e.g. 1280x760.</source>
        <translation>Mit --screenshot: Fenstergröße, z. B. 1280x760.</translation>
    </message>
    <message>
        <source>With --page marking|moderation: the submission to open (default: the first suitable one in the queue).</source>
        <translation>Mit --page marking|moderation: die zu öffnende Einreichung (Standard: die erste passende in der Warteschlange).</translation>
    </message>
    <message>
        <source>With --page dashboard: the cohort to show (default: the first).</source>
        <translation>Mit --page dashboard: die anzuzeigende Kohorte (Standard: die erste).</translation>
    </message>
    <message>
        <source>The interface language for this run: de, en, es or fr (default: the one chosen in Settings).</source>
        <translation>Die Sprache der Oberfläche für diesen Start: de, en, es oder fr (Standard: die in den Einstellungen gewählte).</translation>
    </message>
    <message>
        <source>PrepMark cannot open its database</source>
        <translation>PrepMark kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>With --page exercise|workbench: the exercise to open (default: rock-highway-static).</source>
        <translation>Mit --page exercise|workbench: die zu öffnende Übung (Standard: rock-highway-static).</translation>
    </message>
    <message>
        <source>With --page workbench: render only BARS bars of every section.</source>
        <translation>Mit --page workbench: nur BARS Takte jedes Abschnitts rendern.</translation>
    </message>
    <message>
        <source>The database: a file (default: %1) or a department server, postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>Die Datenbank: eine Datei (Standard: %1) oder ein Institutsserver, postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>With --screenshot: the demo user to sign in as (with --page signin: the user name typed).</source>
        <translation>Mit --screenshot: der Demo-Benutzer, mit dem angemeldet wird (mit --page signin: der eingetragene Benutzername).</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show; signin: the sign-in dialog; staff: results, queue, marking, moderation, dashboard, programme or accounts; students: exercises, exercise, workbench, profile or results.</source>
        <translation>Mit --screenshot: die anzuzeigende Seite; signin: der Anmeldedialog; Lehrende: results, queue, marking, moderation, dashboard, programme oder accounts; Studierende: exercises, exercise, workbench, profile oder results.</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. In German and French put a space before %.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>student</source>
        <translation>Studierende/r</translation>
    </message>
    <message>
        <source>lecturer</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>programme leader</source>
        <translation>Studiengangsleitung</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>SignInText</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask your PrepMark administrator to enable it.</source>
        <translation>Das Konto „%1“ ist deaktiviert. Bitten Sie Ihre PrepMark-Administration, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name: it may sign in again at %1.</source>
        <translation>Zu viele fehlgeschlagene Anmeldeversuche mit diesem Benutzernamen: Eine Anmeldung ist ab %1 Uhr wieder möglich.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may sign in to the server, but the database %2 has no PrepMark account for it. Ask your PrepMark administrator to create the account.</source>
        <translation>„%1“ kann sich am Server anmelden, aber die Datenbank %2 enthält kein PrepMark-Konto dafür. Bitten Sie Ihre PrepMark-Administration, das Konto anzulegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not use the database %2 on this server. Ask your PrepMark administrator to create your account there.</source>
        <translation>„%1“ darf die Datenbank %2 auf diesem Server nicht verwenden. Bitten Sie Ihre PrepMark-Administration, Ihr Konto dort anzulegen.</translation>
    </message>
    <message>
        <source>The database %1 is older than this PrepMark and must be migrated before anyone can use it. Ask the server&apos;s administrator to run `prepmark-cli db migrate`. (%2)</source>
        <translation>Die Datenbank %1 ist älter als dieses PrepMark und muss migriert werden, bevor sie jemand verwenden kann. Bitten Sie die Administration des Servers, `prepmark-cli db migrate` auszuführen. (%2)</translation>
    </message>
    <message>
        <source>The database %1 is newer than this PrepMark: install the PrepMark version your department uses. (%2)</source>
        <translation>Die Datenbank %1 ist neuer als dieses PrepMark: Installieren Sie die PrepMark-Version, die Ihr Institut verwendet. (%2)</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;. Check the database name under Server….</source>
        <translation>Der Server hat keine Datenbank „%1“. Prüfen Sie den Datenbanknamen unter „Server…“.</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer. Ask its administrator. (%2)</source>
        <translation>Der Server %1 nimmt keine Verbindungen von diesem Computer an. Wenden Sie sich an seine Administration. (%2)</translation>
    </message>
    <message>
        <source>This PrepMark cannot sign in to servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Dieses PrepMark kann sich nicht an Servern anmelden: Der PostgreSQL-Treiber von Qt fehlt (Debian-Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the host, port or socket folder under Server…, and that this computer&apos;s network may reach it. (%2)</source>
        <translation>Der Server %1 ist nicht erreichbar. Prüfen Sie Host, Port oder Socket-Ordner unter „Server…“ und ob das Netzwerk dieses Computers ihn erreichen darf. (%2)</translation>
    </message>
    <message>
        <source>Cannot sign in to %1: %2</source>
        <translation>Anmeldung bei %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusText</name>
    <message>
        <source>not marked</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>in marking</source>
        <translation>in Bewertung</translation>
    </message>
    <message>
        <source>first marked</source>
        <translation>erstbewertet</translation>
    </message>
    <message>
        <source>second marked</source>
        <translation>zweitbewertet</translation>
    </message>
    <message>
        <source>needs moderation</source>
        <translation>Moderation nötig</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>abgestimmt</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
    <message>
        <source>Result released</source>
        <translation>Ergebnis freigegeben</translation>
    </message>
    <message>
        <source>Submitted, waiting for marking</source>
        <translation>Eingereicht, wartet auf Bewertung</translation>
    </message>
    <message>
        <source>Submitted, being marked</source>
        <translation>Eingereicht, wird bewertet</translation>
    </message>
</context>
<context>
    <name>prepmark</name>
    <message>
        <source>clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <source>true peak over</source>
        <translation>True-Peak-Überschreitung</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>DC-Offset</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>Polarität</translation>
    </message>
    <message>
        <source>time offset</source>
        <translation>Laufzeitversatz</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>Samplerate</translation>
    </message>
    <message>
        <source>bit depth</source>
        <translation>Bittiefe</translation>
    </message>
    <message>
        <source>low bit depth</source>
        <translation>geringe Bittiefe</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Startpunkt</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>Stille am Anfang</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>dual mono</source>
        <translation>Dual-Mono</translation>
    </message>
    <message>
        <source>one side silent</source>
        <translation>eine Seite stumm</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
</context>
<context>
    <name>prepmark::AccountsModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Matrikelnummer</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>prepmark::AccountsPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>user name, name, role, email or student number</source>
        <translation>Benutzername, Name, Rolle, E-Mail oder Matrikelnummer</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>Teilnehmerliste &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot;.</source>
        <translation>Das Konto „%1“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot;; it cannot sign in until a password is set.</source>
        <translation>Das Konto „%1“ wurde angelegt; es kann sich erst anmelden, wenn ein Passwort festgelegt ist.</translation>
    </message>
    <message>
        <source>Set a new password for &quot;%1&quot;.</source>
        <translation>Für „%1“ wurde ein neues Passwort festgelegt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not changed: %2</source>
        <translation>Das Konto „%1“ wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may sign in again.</source>
        <translation>Das Konto „%1“ kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled and can no longer sign in.</source>
        <translation>Das Konto „%1“ ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
</context>
<context>
    <name>prepmark::AssignedExercisesModel</name>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Abgabetermin</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>not released yet</source>
        <translation>noch nicht freigegeben</translation>
    </message>
    <message>
        <source>Adequate (mean %1)</source>
        <translation>Ausreichend (Mittelwert %1)</translation>
    </message>
    <message>
        <source>Inadequate — blocked by %1</source>
        <translation>Nicht ausreichend — blockiert durch %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Latest verdict</source>
        <translation>Letztes Urteil</translation>
    </message>
</context>
<context>
    <name>prepmark::AttemptFeedbackPage</name>
    <message>
        <source>%1 of %2 tracks renamed, %3 coloured</source>
        <translation>%1 von %2 Spuren umbenannt, %3 eingefärbt</translation>
    </message>
    <message>
        <source>Tracks reordered</source>
        <translation>Spuren neu angeordnet</translation>
    </message>
    <message>
        <source>Track order as delivered</source>
        <translation>Spurreihenfolge wie geliefert</translation>
    </message>
    <message>
        <source>%1 in folders, %2 routed to buses</source>
        <translation>%1 in Ordnern, %2 auf Busse geroutet</translation>
    </message>
    <message numerus="yes">
        <source>%n polarity flip(s)</source>
        <translation>
            <numerusform>%n Polaritätsumkehr</numerusform>
            <numerusform>%n Polaritätsumkehrungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 clip gain change(s), %2 time offset(s), %3 track(s) with fades</source>
        <translation>%1 Clip-Gain-Änderung(en), %2 Laufzeitkorrektur(en), %3 Spur(en) mit Fades</translation>
    </message>
    <message>
        <source>%1 track(s) removed, %2 kept as intended</source>
        <translation>%1 Spur(en) entfernt, %2 bewusst beibehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n section marker(s)</source>
        <translation>
            <numerusform>%n Abschnittsmarker</numerusform>
            <numerusform>%n Abschnittsmarker</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1 of 5 sections written</source>
        <translation>Notizen: %1 von 5 Abschnitten geschrieben</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Submitted: attempt %1 of %2&lt;/h2&gt;&lt;p&gt;Your prepared session and notes are stored and sent to your lecturer for marking. The result appears in your profile once it is released.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Eingereicht: Versuch %1 von %2&lt;/h2&gt;&lt;p&gt;Ihre vorbereitete Session und Ihre Notizen sind gespeichert und zur Bewertung an Ihre Lehrkraft gesendet. Das Ergebnis erscheint in Ihrem Profil, sobald es freigegeben ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Attempt %1 of %2 is stored&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Versuch %1 von %2 ist gespeichert&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What your preparation changes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Was Ihre Vorbereitung verändert&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your notes for the mix engineer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ihre Notizen für das Mixing&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No notes were written.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Es wurden keine Notizen geschrieben.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back to &amp;exercises</source>
        <translation>Zurück zu den &amp;Übungen</translation>
    </message>
    <message>
        <source>&amp;Keep preparing</source>
        <translation>&amp;Weiter vorbereiten</translation>
    </message>
    <message>
        <source>Open the workbench again from this attempt</source>
        <translation>Die Werkbank erneut mit diesem Versuch öffnen</translation>
    </message>
    <message>
        <source>provisional level %1 of %2</source>
        <translation>vorläufige Stufe %1 von %2</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>nur Lehrkraft</translation>
    </message>
    <message>
        <source>&lt;p&gt;No dimension could be judged automatically: your lecturer judges every criterion.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Dimension konnte automatisch beurteilt werden: Ihre Lehrkraft beurteilt jedes Kriterium.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1e6b34&apos;&gt;Every automatically judged dimension meets its threshold&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1e6b34&apos;&gt;Jede automatisch beurteilte Dimension erreicht ihre Schwelle&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, threshold %3)</source>
        <translation>%1 (%2, Schwelle %3)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Not adequate yet: %n dimension(s) block adequacy&lt;/h3&gt;&lt;p&gt;%1. Preparation is adequate only when every dimension meets its threshold at the same time; a strong dimension does not make up for a weak one.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Noch nicht ausreichend: %n Dimension blockiert »ausreichend«&lt;/h3&gt;&lt;p&gt;%1. Eine Vorbereitung ist nur dann ausreichend, wenn jede Dimension gleichzeitig ihre Schwelle erreicht; eine starke Dimension gleicht eine schwache nicht aus.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Noch nicht ausreichend: %n Dimensionen blockieren »ausreichend«&lt;/h3&gt;&lt;p&gt;%1. Eine Vorbereitung ist nur dann ausreichend, wenn jede Dimension gleichzeitig ihre Schwelle erreicht; eine starke Dimension gleicht eine schwache nicht aus.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Dimension&lt;/th&gt;&lt;th&gt;Provisional score&lt;/th&gt;&lt;th&gt;Threshold&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Dimension&lt;/th&gt;&lt;th&gt;Vorläufiger Punktwert&lt;/th&gt;&lt;th&gt;Schwelle&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>erreicht sie</translation>
    </message>
    <message>
        <source>blocks adequacy</source>
        <translation>blockiert »ausreichend«</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=&apos;center&apos; colspan=&apos;2&apos;&gt;lecturer only&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=&apos;center&apos; colspan=&apos;2&apos;&gt;nur Lehrkraft&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you missed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Was Sie übersehen haben&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing: every judged criterion is at its dimension&apos;s threshold.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nichts: Jedes beurteilte Kriterium erreicht die Schwelle seiner Dimension.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you fixed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Was Sie behoben haben&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No judged criterion reaches its dimension&apos;s threshold yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Noch kein beurteiltes Kriterium erreicht die Schwelle seiner Dimension.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lecturer only&lt;/h3&gt;&lt;p&gt;No automatic check can judge these; your lecturer marks them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nur Lehrkraft&lt;/h3&gt;&lt;p&gt;Keine automatische Prüfung kann diese Kriterien beurteilen; Ihre Lehrkraft bewertet sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking your preparation…&lt;/b&gt; PrepMark renders your prepared stems, analyses them and grades them against the rubric.</source>
        <translation>&lt;b&gt;Ihre Vorbereitung wird geprüft…&lt;/b&gt; PrepMark rendert Ihre vorbereiteten Stems, analysiert sie und bewertet sie anhand des Bewertungsrasters.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic evidence stored for your lecturer.&lt;/b&gt; %1 criteria were checked automatically and %2 are left to your lecturer; the evidence is stored with your submission and shown on the marking page. Your result appears in your profile once it is released.</source>
        <translation>&lt;b&gt;Automatische Belege für Ihre Lehrkraft gespeichert.&lt;/b&gt; %1 Kriterien wurden automatisch geprüft, %2 bleiben Ihrer Lehrkraft überlassen; die Belege sind mit Ihrer Einreichung gespeichert und werden auf der Bewertungsseite angezeigt. Ihr Ergebnis erscheint in Ihrem Profil, sobald es freigegeben ist.</translation>
    </message>
    <message>
        <source>no dimension could be judged automatically</source>
        <translation>keine Dimension konnte automatisch beurteilt werden</translation>
    </message>
    <message>
        <source>every automatically judged dimension meets its threshold</source>
        <translation>jede automatisch beurteilte Dimension erreicht ihre Schwelle</translation>
    </message>
    <message>
        <source>not adequate yet</source>
        <translation>noch nicht ausreichend</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checked: %1.&lt;/b&gt; %2 criteria judged automatically (provisional levels, not a mark), %3 lecturer only.</source>
        <translation>&lt;b&gt;Geprüft: %1.&lt;/b&gt; %2 Kriterien automatisch beurteilt (vorläufige Stufen, keine Bewertung), %3 nur Lehrkraft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your attempt is stored, but it was not checked automatically:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ihr Versuch ist gespeichert, wurde aber nicht automatisch geprüft:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>prepmark::BlockingChartView</name>
    <message>
        <source>Students each dimension blocks (of %1 with agreed results)</source>
        <translation>Von jeder Dimension blockierte Studierende (von %1 mit abgestimmten Ergebnissen)</translation>
    </message>
    <message>
        <source>Blocks adequacy</source>
        <translation>Blockiert »ausreichend«</translation>
    </message>
    <message>
        <source>Blocks it alone</source>
        <translation>Blockiert allein</translation>
    </message>
    <message>
        <source>students</source>
        <translation>Studierende</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortDashboardPage</name>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Feedback sheets…</source>
        <translation>&amp;Feedbackbögen…</translation>
    </message>
    <message>
        <source>A PDF feedback sheet for every released submission of this assignment.</source>
        <translation>Ein PDF-Feedbackbogen für jede freigegebene Einreichung dieser Aufgabe.</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a student to open the submission.</source>
        <translation>Doppelklicken Sie auf eine studierende Person oder drücken Sie die Eingabetaste, um die Einreichung zu öffnen.</translation>
    </message>
    <message>
        <source>%1 below the threshold (hatched, ▼)  %2 within the near-threshold band above it  %3 %4 above it, deeper further above</source>
        <translation>%1 unter der Schwelle (schraffiert, ▼)  %2 im Grenzbereich knapp darüber  %3 %4 darüber, je dunkler, desto weiter darüber</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>adequate: every dimension at its threshold (%1 enrolled)</source>
        <translation>ausreichend: jede Dimension an ihrer Schwelle (%1 eingeschrieben)</translation>
    </message>
    <message>
        <source>masked failures: an averaged grade would pass them</source>
        <translation>verdeckte Defizite: mit einer Durchschnittsnote bestanden</translation>
    </message>
    <message>
        <source>failed by one dimension alone</source>
        <translation>allein durch eine Dimension nicht ausreichend</translation>
    </message>
    <message>
        <source>students near a threshold: second-marking candidates</source>
        <translation>Studierende nahe einer Schwelle: Kandidaten für eine Zweitbewertung</translation>
    </message>
    <message>
        <source>verdicts another policy would change (compensatory passes %1)</source>
        <translation>Urteile, die eine andere Regel ändern würde (kompensatorisch bestanden: %1)</translation>
    </message>
    <message>
        <source>No agreed results for %1 yet: marking is in progress. %2 students are enrolled.</source>
        <translation>Noch keine abgestimmten Ergebnisse für %1: Die Bewertung läuft. %2 Studierende sind eingeschrieben.</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortHeatmapModel</name>
    <message>
        <source>%1 (%2): open the submission</source>
        <translation>%1 (%2): Einreichung öffnen</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4 above the threshold %5</source>
        <translation>%1 — %2: %3, %4 über der Schwelle %5</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4 below the threshold %5: blocks adequacy%6</source>
        <translation>%1 — %2: %3, %4 unter der Schwelle %5: blockiert »ausreichend«%6</translation>
    </message>
    <message>
        <source> (alone: the only dimension below)</source>
        <translation> (allein: die einzige Dimension darunter)</translation>
    </message>
    <message>
        <source>The compensatory mean, beside the verdict, never instead of it.</source>
        <translation>Der kompensatorische Mittelwert, neben dem Urteil, niemals an seiner Stelle.</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Inadequate · masked</source>
        <translation>Nicht ausreichend · verdeckt</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Nicht ausreichend</translation>
    </message>
    <message>
        <source>Masked failure: the mean clears the pass line, so an averaged grade would pass.</source>
        <translation>Verdecktes Defizit: Der Mittelwert liegt über der Bestehensgrenze, mit einer Durchschnittsnote wäre also bestanden.</translation>
    </message>
    <message>
        <source>%1 — threshold %2</source>
        <translation>%1 — Schwelle %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende/r</translation>
    </message>
    <message>
        <source>%1
≥ %2</source>
        <translation>%1
≥ %2</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortResultsModel</name>
    <message>
        <source>not submitted</source>
        <translation>nicht eingereicht</translation>
    </message>
    <message>
        <source>%1: %2, %3 above the threshold %4</source>
        <translation>%1: %2, %3 über der Schwelle %4</translation>
    </message>
    <message>
        <source>%1: %2, %3 below the threshold %4 — this blocks adequacy</source>
        <translation>%1: %2, %3 unter der Schwelle %4 — das blockiert »ausreichend«</translation>
    </message>
    <message>
        <source>The compensatory mean, shown beside the verdict, never instead of it.</source>
        <translation>Der kompensatorische Mittelwert, neben dem Urteil angezeigt, niemals an seiner Stelle.</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Nicht ausreichend</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>The mean %1 clears the pass line %2, so an averaged grade would pass this student.</source>
        <translation>Der Mittelwert %1 liegt über der Bestehensgrenze %2; mit einer Durchschnittsnote hätte diese Person also bestanden.</translation>
    </message>
    <message>
        <source>%1 — threshold %2</source>
        <translation>%1 — Schwelle %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende/r</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Matrikelnummer</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert durch</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Verdeckt</translation>
    </message>
    <message>
        <source>hidden until release (blind marking)</source>
        <translation>bis zur Freigabe verborgen (Blindbewertung)</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortResultsPage</name>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>Choose a cohort on the left to see its students against every dimension.</source>
        <translation>Wählen Sie links eine Kohorte, um ihre Studierenden in jeder Dimension zu sehen.</translation>
    </message>
    <message>
        <source>This cohort has no assignments yet.</source>
        <translation>Diese Kohorte hat noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Abgabetermin</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig %2)</translation>
    </message>
    <message>
        <source>No students are enrolled in this cohort yet.</source>
        <translation>In dieser Kohorte sind noch keine Studierenden eingeschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; students have agreed results · &lt;b&gt;%3 adequate&lt;/b&gt; · &lt;b&gt;%4 inadequate&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 von %2&lt;/b&gt; Studierenden haben abgestimmte Ergebnisse · &lt;b&gt;%3 ausreichend&lt;/b&gt; · &lt;b&gt;%4 nicht ausreichend&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;%1 masked failures&lt;/b&gt; (an averaged grade would pass them)</source>
        <translation> · &lt;b&gt;%1 verdeckte Defizite&lt;/b&gt; (mit einer Durchschnittsnote bestanden)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Students blocked by each dimension: %1</source>
        <translation>Von jeder Dimension blockierte Studierende: %1</translation>
    </message>
    <message>
        <source>No agreed results yet: marking is in progress.</source>
        <translation>Noch keine abgestimmten Ergebnisse: Die Bewertung läuft.</translation>
    </message>
</context>
<context>
    <name>prepmark::CommentBankWidget</name>
    <message>
        <source>&lt;b&gt;Comment bank&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentarbank&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click a comment to add it to the remark.</source>
        <translation>Doppelklicken Sie auf einen Kommentar, um ihn der Anmerkung hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Save remark to &amp;bank</source>
        <translation>Anmerkung in der &amp;Bank speichern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Removed from the comment bank.</source>
        <translation>Aus der Kommentarbank entfernt.</translation>
    </message>
    <message>
        <source>Shared with every marker</source>
        <translation>Mit allen Bewertenden geteilt</translation>
    </message>
    <message>
        <source>Your own comment</source>
        <translation>Ihr eigener Kommentar</translation>
    </message>
    <message>
        <source>Saved to your comment bank.</source>
        <translation>In Ihrer Kommentarbank gespeichert.</translation>
    </message>
</context>
<context>
    <name>prepmark::ConflictBar</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation>Fremde Fassung (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ihre (nicht gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Neu laden (fremde übernehmen)</translation>
    </message>
    <message>
        <source>Show what is stored now; your unsaved change is dropped.</source>
        <translation>Zeigt, was jetzt gespeichert ist; Ihre ungespeicherte Änderung wird verworfen.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Write your version over theirs. The overwrite is recorded in the audit log with your name.</source>
        <translation>Ihre Fassung über die fremde schreiben. Das Überschreiben wird mit Ihrem Namen im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;You saved a newer version of this on %1&lt;/b&gt;, in another window or on another computer. Nothing was saved here.</source>
        <translation>&lt;b&gt;Sie haben am %1 eine neuere Fassung gespeichert&lt;/b&gt;, in einem anderen Fenster oder auf einem anderen Computer. Hier wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed this on %2&lt;/b&gt;, after you opened it. Nothing was saved here.</source>
        <translation>&lt;b&gt;%1 hat dies am %2 geändert&lt;/b&gt;, nachdem Sie es geöffnet hatten. Hier wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you opened was removed&lt;/b&gt; (last saved by %1 on %2). Nothing was saved here.</source>
        <translation>&lt;b&gt;Was Sie geöffnet hatten, wurde entfernt&lt;/b&gt; (zuletzt gespeichert von %1 am %2). Hier wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is already the %2&lt;/b&gt; of this submission (since %3). Your sheet was not saved.</source>
        <translation>&lt;b&gt;%1 ist bereits %2&lt;/b&gt; dieser Abgabe (seit %3). Ihr Bogen wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You completed this marking on %1&lt;/b&gt;, in another window or on another computer. Nothing was saved here.</source>
        <translation>&lt;b&gt;Sie haben diese Bewertung am %1 abgeschlossen&lt;/b&gt;, in einem anderen Fenster oder auf einem anderen Computer. Hier wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 completed this marking on %2.&lt;/b&gt; Nothing was saved here.</source>
        <translation>&lt;b&gt;%1 hat diese Bewertung am %2 abgeschlossen.&lt;/b&gt; Hier wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The student handed in a new attempt&lt;/b&gt; on %1; this page shows the earlier one. Nothing was saved here.</source>
        <translation>&lt;b&gt;Die Person hat am %1 einen neuen Versuch abgegeben&lt;/b&gt;; diese Seite zeigt den früheren. Hier wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 released this result on %2.&lt;/b&gt; A released result is a snapshot; nothing was saved here.</source>
        <translation>&lt;b&gt;%1 hat dieses Ergebnis am %2 freigegeben.&lt;/b&gt; Ein freigegebenes Ergebnis ist eine Momentaufnahme; hier wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>prepmark::CriterionComparisonTable</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstbewertung</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweitbewertung</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1st: %1</source>
        <translation>Erst: %1</translation>
    </message>
    <message>
        <source>2nd: %1</source>
        <translation>Zweit: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::CriterionPanel</name>
    <message>
        <source>Automatic evidence</source>
        <translation>Automatische Belege</translation>
    </message>
    <message>
        <source>A remark for the student on this criterion…</source>
        <translation>Eine Anmerkung zu diesem Kriterium für die Studierenden…</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a criterion in the grid.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie ein Kriterium im Raster.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5a6570&apos;&gt;%1&lt;/span&gt;&lt;br&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;%2&lt;/b&gt; &lt;span style=&apos;color:#5a6570&apos;&gt;· weight %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5a6570&apos;&gt;%1&lt;/span&gt;&lt;br&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;%2&lt;/b&gt; &lt;span style=&apos;color:#5a6570&apos;&gt;· Gewichtung %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look at:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Worauf zu achten ist:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level %1 · %2&lt;/b&gt;%3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Stufe %1 · %2&lt;/b&gt;%3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source> — given</source>
        <translation> — vergeben</translation>
    </message>
    <message>
        <source>No automatic evidence for this criterion: it is the marker&apos;s judgement alone.</source>
        <translation>Keine automatischen Belege für dieses Kriterium: Es liegt allein im Ermessen der Bewertenden.</translation>
    </message>
    <message>
        <source>Provisional level &lt;b&gt;%1 · %2&lt;/b&gt;</source>
        <translation>Vorläufige Stufe &lt;b&gt;%1 · %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No provisional level: the marker decides.</source>
        <translation>Keine vorläufige Stufe: Die Bewertenden entscheiden.</translation>
    </message>
    <message>
        <source>&amp;Accept level %1</source>
        <translation>Stufe %1 &amp;übernehmen</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✓ Accepted&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;✓ Übernommen&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;Overridden with level %1: say why in the remark.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a40000&apos;&gt;Mit Stufe %1 überschrieben: Begründen Sie dies in der Anmerkung.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Noch nicht entschieden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Remark&lt;/b&gt; &lt;span style=&apos;color:#a40000&apos;&gt;— required: this overrides the automatic level&lt;/span&gt;</source>
        <translation>&lt;b&gt;&amp;Anmerkung&lt;/b&gt; &lt;span style=&apos;color:#a40000&apos;&gt;— erforderlich: Dies überschreibt die automatische Stufe&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Remark&lt;/b&gt; (optional)</source>
        <translation>&lt;b&gt;&amp;Anmerkung&lt;/b&gt; (optional)</translation>
    </message>
</context>
<context>
    <name>prepmark::DashboardDetailTabs</name>
    <message>
        <source>Student</source>
        <translation>Studierende/r</translation>
    </message>
    <message>
        <source>Failed by this alone</source>
        <translation>Allein hierdurch nicht ausreichend</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Below by</source>
        <translation>Darunter um</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fail attribution&lt;/b&gt; — students failed by one dimension alone:</source>
        <translation>&lt;b&gt;Ursachenzuordnung&lt;/b&gt; — Studierende, die allein an einer Dimension scheitern:</translation>
    </message>
    <message>
        <source>What blocks</source>
        <translation>Was blockiert</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert durch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masked failures&lt;/b&gt;: the mean clears the pass line but the verdict is inadequate. An averaged grade would have passed these students.</source>
        <translation>&lt;b&gt;Verdeckte Defizite&lt;/b&gt;: Der Mittelwert liegt über der Bestehensgrenze, das Urteil ist aber »nicht ausreichend«. Mit einer Durchschnittsnote hätten diese Studierenden bestanden.</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Verdeckte Defizite</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near the threshold&lt;/b&gt;: scores within the rubric&apos;s band of the line, closest first — candidates for second marking.</source>
        <translation>&lt;b&gt;Nahe der Schwelle&lt;/b&gt;: Punktwerte innerhalb des im Bewertungsraster festgelegten Grenzbereichs, die knappsten zuerst — Kandidaten für eine Zweitbewertung.</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Nahe der Schwelle</translation>
    </message>
    <message>
        <source>Conjunctive</source>
        <translation>Konjunktiv</translation>
    </message>
    <message>
        <source>Compensatory</source>
        <translation>Kompensatorisch</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation>Regelvergleich</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Adjacent</source>
        <translation>Benachbart</translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation>Gewichtetes κ</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>Krippendorff α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Bewertende/r</translation>
    </message>
    <message>
        <source>Double-marked</source>
        <translation>Doppelt bewertet</translation>
    </message>
    <message>
        <source>Mean difference from co-marker</source>
        <translation>Mittlere Differenz zur mitbewertenden Person</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marker severity&lt;/b&gt; (negative: stricter than the markers they were paired with)</source>
        <translation>&lt;b&gt;Strenge der Bewertenden&lt;/b&gt; (negativ: strenger als die jeweils mitbewertende Person)</translation>
    </message>
    <message>
        <source>Marker agreement</source>
        <translation>Übereinstimmung der Bewertenden</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>inadequate ▼</source>
        <translation>nicht ausreichend ▼</translation>
    </message>
    <message>
        <source>Of &lt;b&gt;%1&lt;/b&gt; students with agreed results: &lt;b&gt;%2&lt;/b&gt; adequate under the conjunctive policy (PrepMark&apos;s), &lt;b&gt;%3&lt;/b&gt; under the compensatory mean ≥ %4, &lt;b&gt;%5&lt;/b&gt; under the hybrid policy (mean ≥ %4, every dimension ≥ %6, required: %7). &lt;b&gt;%8&lt;/b&gt; students change verdict:</source>
        <translation>Von &lt;b&gt;%1&lt;/b&gt; Studierenden mit abgestimmten Ergebnissen: &lt;b&gt;%2&lt;/b&gt; ausreichend nach der konjunktiven Regel (der von PrepMark), &lt;b&gt;%3&lt;/b&gt; nach dem kompensatorischen Mittelwert ≥ %4, &lt;b&gt;%5&lt;/b&gt; nach der hybriden Regel (Mittelwert ≥ %4, jede Dimension ≥ %6, verpflichtend: %7). Bei &lt;b&gt;%8&lt;/b&gt; Studierenden ändert sich das Urteil:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>No attempt of this assignment has two complete markings yet.</source>
        <translation>Noch kein Versuch dieser Aufgabe hat zwei abgeschlossene Bewertungen.</translation>
    </message>
    <message>
        <source>Over &lt;b&gt;%1&lt;/b&gt; double-marked attempts (pairs of criterion levels per dimension). The markers agree on adequacy in &lt;b&gt;%2&lt;/b&gt; of them (Cohen&apos;s κ %3).</source>
        <translation>Über &lt;b&gt;%1&lt;/b&gt; doppelt bewertete Versuche (Paare von Kriterienstufen je Dimension). Beim Urteil »ausreichend« stimmen die Bewertenden in &lt;b&gt;%2&lt;/b&gt; davon überein (Cohens κ %3).</translation>
    </message>
</context>
<context>
    <name>prepmark::DimensionBarsWidget</name>
    <message>
        <source>No scores yet</source>
        <translation>Noch keine Punktwerte</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blockiert</translation>
    </message>
</context>
<context>
    <name>prepmark::ExerciseLibraryModel</name>
    <message>
        <source>Not tried yet</source>
        <translation>Noch nicht versucht</translation>
    </message>
    <message>
        <source>Submitted, not graded</source>
        <translation>Eingereicht, nicht bewertet</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Blocked by %1</source>
        <translation>Blockiert durch %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Difficulty %1 of 3</source>
        <translation>Schwierigkeit %1 von 3</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
</context>
<context>
    <name>prepmark::ExercisePage</name>
    <message>
        <source>← &amp;Exercises</source>
        <translation>← &amp;Übungen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 · %3 · difficulty %4 of 3 · %5 bpm %6 · %7 · %n track(s) delivered&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 · %3 · Schwierigkeit %4 von 3 · %5 BPM %6 · %7 · %n Spur geliefert&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 · %3 · Schwierigkeit %4 von 3 · %5 BPM %6 · %7 · %n Spuren geliefert&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice.&lt;/b&gt; Submit as often as you like: each attempt is checked at once and shows what you fixed, what you missed, and which dimension blocks adequacy.</source>
        <translation>&lt;b&gt;Training.&lt;/b&gt; Reichen Sie so oft ein, wie Sie möchten: Jeder Versuch wird sofort geprüft und zeigt, was Sie behoben haben, was Sie übersehen haben und welche Dimension »ausreichend« blockiert.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Abgabetermin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed: %1&lt;/b&gt; (%2). Your submission and its automatic evidence go to your lecturer; the result appears in your profile once it is released.</source>
        <translation>&lt;b&gt;Bewertet: %1&lt;/b&gt; (%2). Ihre Einreichung und die automatischen Belege gehen an Ihre Lehrkraft; das Ergebnis erscheint in Ihrem Profil, sobald es freigegeben ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignment: %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;Aufgabe: %1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The artist&apos;s brief&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Das Briefing der Künstlerin / des Künstlers&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Artist&apos;s notes&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Anmerkungen der Künstlerin / des Künstlers&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 (bar %2)</source>
        <translation>%1 (Takt %2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Arrangement&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Arrangement&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delivered files&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gelieferte Dateien&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the session in the workbench</source>
        <translation>Session in der Werkbank ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Renders the session the first time (a few seconds), then opens it from the cache</source>
        <translation>Rendert die Session beim ersten Mal (einige Sekunden) und öffnet sie danach aus dem Cache</translation>
    </message>
    <message>
        <source>Preparing the session of %1</source>
        <translation>Session von %1 wird vorbereitet</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: open the session again when you are ready.</source>
        <translation>Abgebrochen. Es ging nichts verloren: Öffnen Sie die Session erneut, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>The session could not be prepared: %1</source>
        <translation>Die Session konnte nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::ExerciseSessionLoader</name>
    <message>
        <source>Rendering the session of %1…</source>
        <translation>Session von %1 wird gerendert…</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n stem(s)…</source>
        <translation>
            <numerusform>%n Stem wird analysiert…</numerusform>
            <numerusform>%n Stems werden analysiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the waveforms…</source>
        <translation>Wellenformen werden gelesen…</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled</source>
        <translation>Das Laden von %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>prepmark::FindingsList</name>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Where (file time)</source>
        <translation>Wo (Dateizeit)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n Befund)</numerusform>
            <numerusform>%1 (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and at</source>
        <translation>  … und bei</translation>
    </message>
    <message>
        <source>The analysis found nothing to point at.</source>
        <translation>Die Analyse hat nichts gefunden, worauf hinzuweisen wäre.</translation>
    </message>
</context>
<context>
    <name>prepmark::IssueLegend</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hover a mark for details</source>
        <translation>Für Details den Mauszeiger auf eine Markierung bewegen</translation>
    </message>
</context>
<context>
    <name>prepmark::IssueMark</name>
    <message>
        <source>Clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Pair: polarity / offset</source>
        <translation>Paar: Polarität / Versatz</translation>
    </message>
    <message>
        <source>Noise between phrases</source>
        <translation>Rauschen zwischen Phrasen</translation>
    </message>
    <message>
        <source>Whole-file finding</source>
        <translation>Befund für die ganze Datei</translation>
    </message>
</context>
<context>
    <name>prepmark::LiveVerdictPanel</name>
    <message>
        <source>&lt;b style=&apos;font-size:13pt&apos;&gt;Verdict: not yet&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:13pt&apos;&gt;Urteil: noch offen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 criteria marked; the verdict appears when every dimension has a mark.</source>
        <translation>%1 von %2 Kriterien bewertet; das Urteil erscheint, sobald jede Dimension bewertet ist.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;Already below threshold: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a40000&apos;&gt;Bereits unter der Schwelle: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:13pt;color:#1b5e20&apos;&gt;✓ Adequate&lt;/b&gt; · mean %1</source>
        <translation>&lt;b style=&apos;font-size:13pt;color:#1b5e20&apos;&gt;✓ Ausreichend&lt;/b&gt; · Mittelwert %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:13pt;color:#a40000&apos;&gt;✗ Inadequate&lt;/b&gt; — blocked by %1 · mean %2</source>
        <translation>&lt;b style=&apos;font-size:13pt;color:#a40000&apos;&gt;✗ Nicht ausreichend&lt;/b&gt; — blockiert durch %1 · Mittelwert %2</translation>
    </message>
    <message>
        <source>%1 of %2 criteria marked.</source>
        <translation>%1 von %2 Kriterien bewertet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masked failure:&lt;/b&gt; the mean clears %1, so an averaged grade would pass this.</source>
        <translation>&lt;b&gt;Verdecktes Defizit:&lt;/b&gt; Der Mittelwert liegt über %1, mit einer Durchschnittsnote wäre dies also bestanden.</translation>
    </message>
</context>
<context>
    <name>prepmark::LoginDialog</name>
    <message>
        <source>Sign in to PrepMark</source>
        <translation>Bei PrepMark anmelden</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PrepMark&lt;/h2&gt;&lt;p&gt;Mix preparation practice and assessment.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PrepMark&lt;/h2&gt;&lt;p&gt;Mixvorbereitung üben und bewerten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>This is the demo database. Every demo account&apos;s password is &quot;%1&quot;; double-click an account to use it.</source>
        <translation>Dies ist die Demo-Datenbank. Das Passwort jedes Demo-Kontos lautet „%1“; doppelklicken Sie auf ein Konto, um es zu verwenden.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Server…</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>Demo-Datenbank wird erstellt…</translation>
    </message>
    <message>
        <source>Signs in to the demo database on this computer: %1</source>
        <translation>Anmeldung bei der Demo-Datenbank auf diesem Computer: %1</translation>
    </message>
    <message>
        <source>Signs in to the database on this computer: %1</source>
        <translation>Anmeldung bei der Datenbank auf diesem Computer: %1</translation>
    </message>
    <message>
        <source>Signs in to the server %1</source>
        <translation>Anmeldung beim Server %1</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
<context>
    <name>prepmark::MainWindow</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Released results</source>
        <translation>&amp;Freigegebene Ergebnisse</translation>
    </message>
    <message>
        <source>demo database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>PrepMark — %1 (%2) — %3 %4</source>
        <translation>PrepMark — %1 (%2) — %3 %4</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2: %3</source>
        <translation>Angemeldet als %1 · %2: %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PrepMark</source>
        <translation>Ü&amp;ber PrepMark</translation>
    </message>
    <message>
        <source>About PrepMark</source>
        <translation>Über PrepMark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PrepMark %1&lt;/h3&gt;&lt;p&gt;Mix preparation practice and assessment.&lt;/p&gt;&lt;p&gt;Preparation is adequate only when every dimension meets its threshold at the same time. The mean is shown beside the verdict, never instead of it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrepMark %1&lt;/h3&gt;&lt;p&gt;Mixvorbereitung üben und bewerten.&lt;/p&gt;&lt;p&gt;Eine Vorbereitung ist nur dann ausreichend, wenn jede Dimension gleichzeitig ihre Schwelle erreicht. Der Mittelwert wird neben dem Urteil angezeigt, niemals an seiner Stelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Übungen</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Mein &amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingPage</name>
    <message>
        <source>&lt;b&gt;Overall &amp;feedback&lt;/b&gt; for the student</source>
        <translation>&lt;b&gt;&amp;Gesamtfeedback&lt;/b&gt; für die Studierenden</translation>
    </message>
    <message>
        <source>What the student did well, what blocks adequacy, and what to do next…</source>
        <translation>Was gut gelungen ist, was »ausreichend« blockiert und was als Nächstes zu tun ist…</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Complete marking</source>
        <translation>Bewertung ab&amp;schließen</translation>
    </message>
    <message>
        <source>Store the marks (Ctrl+Return). Every criterion needs a level, and every override of an automatic level a remark.</source>
        <translation>Bewertung speichern (Ctrl+Return). Jedes Kriterium braucht eine Stufe und jedes Überschreiben einer automatischen Stufe eine Anmerkung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submission %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Einreichung %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3 · &lt;span style=&apos;color:#5a6570&apos;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Versuch %3 · &lt;span style=&apos;color:#5a6570&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>First marker</source>
        <translation>Erstbewertung</translation>
    </message>
    <message>
        <source>Second marker · blind</source>
        <translation>Zweitbewertung · blind</translation>
    </message>
    <message>
        <source>The first marker&apos;s marks stay hidden until you complete yours.</source>
        <translation>Die Erstbewertung bleibt verborgen, bis Sie Ihre Bewertung abgeschlossen haben.</translation>
    </message>
    <message>
        <source>Your saved draft could not be read and is kept as it is: %1. Marking here starts a new sheet, which replaces it when it is saved.</source>
        <translation>Ihr gespeicherter Entwurf konnte nicht gelesen werden und bleibt unverändert erhalten: %1. Wenn Sie hier bewerten, beginnt ein neuer Bewertungsbogen, der den Entwurf beim Speichern ersetzt.</translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation>Entwurf vom %1</translation>
    </message>
    <message>
        <source>New mark sheet</source>
        <translation>Neuer Bewertungsbogen</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Ihre Rolle: %1</translation>
    </message>
    <message>
        <source>You completed this marking on %1. It is shown read-only.</source>
        <translation>Sie haben diese Bewertung am %1 abgeschlossen. Sie wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Ungespeicherte Änderungen…</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Entwurf gespeichert um %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; has no level&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; hat keine Stufe&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; overrides the automatic level: add a remark saying why&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; überschreibt die automatische Stufe: Fügen Sie eine Anmerkung mit Begründung hinzu&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;und %n weiteres&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;und %n weitere&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not complete yet:&lt;/b&gt;&lt;ul style=&apos;margin:2px 0&apos;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Noch nicht vollständig:&lt;/b&gt;&lt;ul style=&apos;margin:2px 0&apos;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>It now waits for the blind second marking.</source>
        <translation>Die Einreichung wartet jetzt auf die blinde Zweitbewertung.</translation>
    </message>
    <message>
        <source>The markers are within tolerance: agree the scores next.</source>
        <translation>Die Bewertungen liegen innerhalb der Toleranz: Stimmen Sie als Nächstes die Punktwerte ab.</translation>
    </message>
    <message>
        <source>The markers differ beyond tolerance or on adequacy: it goes to moderation.</source>
        <translation>Die Bewertungen weichen über die Toleranz hinaus oder beim Urteil »ausreichend« voneinander ab: Die Einreichung geht in die Moderation.</translation>
    </message>
    <message>
        <source>Practice work is marked once: the result is agreed and can be released.</source>
        <translation>Trainingsarbeiten werden einmal bewertet: Das Ergebnis ist abgestimmt und kann freigegeben werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marking complete&lt;/b&gt; — %1. %2</source>
        <translation>&lt;b&gt;Bewertung abgeschlossen&lt;/b&gt; — %1. %2</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Nicht gespeichert: anderswo geändert</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Neu geladen</translation>
    </message>
    <message>
        <source>Your sheet could not be kept: %1</source>
        <translation>Ihr Bogen konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>Your draft kept %1</source>
        <translation>Ihr Entwurf wurde um %1 behalten</translation>
    </message>
    <message>
        <source>Your sheet was kept over the other one; the audit log records the overwrite.</source>
        <translation>Ihr Bogen wurde über den anderen geschrieben; das Prüfprotokoll hält das Überschreiben fest.</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingQueueModel</name>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 (marking)</source>
        <translation>%1 (bewertet gerade)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studierende/r</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First marker</source>
        <translation>Erstbewertung</translation>
    </message>
    <message>
        <source>Second marker</source>
        <translation>Zweitbewertung</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Zu tun</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingQueuePage</name>
    <message>
        <source>C&amp;ohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>A&amp;ssignment:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Only &amp;my tasks</source>
        <translation>Nur &amp;meine To-dos</translation>
    </message>
    <message>
        <source>&amp;Hide student names</source>
        <translation>Namen der Studierenden &amp;verbergen</translation>
    </message>
    <message>
        <source>Anonymous marking. Blind-marked assignments hide names until release anyway.</source>
        <translation>Anonyme Bewertung. Bei blind bewerteten Aufgaben sind die Namen ohnehin bis zur Freigabe verborgen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>All my cohorts</source>
        <translation>Alle meine Kohorten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>All assignments</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; submissions · &lt;b&gt;%2&lt;/b&gt; to mark · &lt;b&gt;%3&lt;/b&gt; to moderate · &lt;b&gt;%4&lt;/b&gt; to agree · &lt;b&gt;%5&lt;/b&gt; to release</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Einreichungen · &lt;b&gt;%2&lt;/b&gt; zu bewerten · &lt;b&gt;%3&lt;/b&gt; zu moderieren · &lt;b&gt;%4&lt;/b&gt; abzustimmen · &lt;b&gt;%5&lt;/b&gt; freizugeben</translation>
    </message>
</context>
<context>
    <name>prepmark::ModerationPage</name>
    <message>
        <source>&lt;b&gt;Dimension scores side by side&lt;/b&gt;</source>
        <translation>&lt;b&gt;Punktwerte der Dimensionen im Vergleich&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion levels and remarks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kriterienstufen und Anmerkungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Markers&apos; feedback&lt;/b&gt; (first · second)</source>
        <translation>&lt;b&gt;Feedback der Bewertenden&lt;/b&gt; (Erst- · Zweitbewertung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict of the agreed scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Urteil der abgestimmten Punktwerte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Record agreed scores</source>
        <translation>Abgestimmte Punktwerte &amp;erfassen</translation>
    </message>
    <message>
        <source>Re&amp;lease to the student</source>
        <translation>Für die Studierenden &amp;freigeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Versuch %3</translation>
    </message>
    <message>
        <source>%1: no feedback visible yet</source>
        <translation>%1: noch kein Feedback sichtbar</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
    <message>
        <source>PrepMark</source>
        <translation>PrepMark</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Moderiert</translation>
    </message>
    <message>
        <source>Marked once</source>
        <translation>Einmal bewertet</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Abgestimmt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2, %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2, %3: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason&lt;/b&gt; for the agreed scores (required; kept in the audit log)</source>
        <translation>&lt;b&gt;Begründung&lt;/b&gt; für die abgestimmten Punktwerte (erforderlich; wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt; on the agreement (optional)</source>
        <translation>&lt;b&gt;Notiz&lt;/b&gt; zur Abstimmung (optional)</translation>
    </message>
    <message>
        <source>&amp;Record moderated scores</source>
        <translation>Moderierte Punktwerte &amp;erfassen</translation>
    </message>
    <message>
        <source>their scores differ by more than %1 on %2</source>
        <translation>ihre Punktwerte weichen bei %2 um mehr als %1 voneinander ab</translation>
    </message>
    <message>
        <source>one finds the work adequate and the other does not</source>
        <translation>eine Bewertung hält die Arbeit für ausreichend, die andere nicht</translation>
    </message>
    <message>
        <source>the mean of their scores would reverse the verdict they agree on</source>
        <translation>der Mittelwert ihrer Punktwerte würde das Urteil umkehren, auf das sie sich einig sind</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moderation needed:&lt;/b&gt; %1. As moderator, record the agreed scores and why.</source>
        <translation>&lt;b&gt;Moderation nötig:&lt;/b&gt; %1. Erfassen Sie als Moderation die abgestimmten Punktwerte und die Begründung.</translation>
    </message>
    <message>
        <source>the markers disagree</source>
        <translation>die Bewertenden sind sich nicht einig</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreed scores recorded.&lt;/b&gt; The result can now be released to the student.</source>
        <translation>&lt;b&gt;Abgestimmte Punktwerte erfasst.&lt;/b&gt; Das Ergebnis kann jetzt für die Studierenden freigegeben werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Released.&lt;/b&gt; The student now sees this result; it is kept as a snapshot.</source>
        <translation>&lt;b&gt;Freigegeben.&lt;/b&gt; Die Studierenden sehen dieses Ergebnis jetzt; es wird als unveränderlicher Stand aufbewahrt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your agreed scores were kept&lt;/b&gt; over the other decision; the audit log records the overwrite. The result can now be released to the student.</source>
        <translation>&lt;b&gt;Ihre vereinbarten Punktzahlen wurden behalten&lt;/b&gt;, statt der anderen Entscheidung; das Prüfprotokoll hält das Überschreiben fest. Das Ergebnis kann jetzt freigegeben werden.</translation>
    </message>
</context>
<context>
    <name>prepmark::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Student number:</source>
        <translation>&amp;Matrikelnummer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>On a server the user name is also the account&apos;s sign-in name there: lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>Auf einem Server ist der Benutzername zugleich der Anmeldename des Kontos dort: Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Leave both passwords empty to create an account that cannot sign in until a password is set.</source>
        <translation>Lassen Sie beide Passwortfelder leer, um ein Konto anzulegen, das sich erst anmelden kann, wenn ein Passwort festgelegt ist.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The account was not created: %1</source>
        <translation>Das Konto wurde nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::NotesEditCommand</name>
    <message>
        <source>Edit the notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
</context>
<context>
    <name>prepmark::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Mein Passwort ändern</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Change the password of your account &quot;%1&quot;.</source>
        <translation>Ändern Sie das Passwort Ihres Kontos „%1“.</translation>
    </message>
    <message>
        <source>Set a new password for &quot;%1&quot;. Tell them the password in person or by a channel only they read.</source>
        <translation>Legen Sie ein neues Passwort für „%1“ fest. Teilen Sie es der Person persönlich mit oder auf einem Weg, den nur sie liest.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The current password could not be checked: %1</source>
        <translation>Das aktuelle Passwort konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again after %1.</source>
        <translation>Zu viele falsche Passwörter: Versuchen Sie es nach %1 Uhr erneut.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Geben Sie das neue Passwort ein.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>Das Passwort wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::PlaybackController</name>
    <message>
        <source>Playback is off: this computer has no audio output. Everything else in the workbench works.</source>
        <translation>Wiedergabe ist aus: Dieser Computer hat keinen Audioausgang. Alles andere in der Werkbank funktioniert.</translation>
    </message>
    <message>
        <source>Some stems cannot be played: %1</source>
        <translation>Einige Stems können nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <source>The audio output %1 cannot play %2 Hz stereo floating point.</source>
        <translation>Der Audioausgang %1 kann kein Stereo-Fließkomma-Audio mit %2 Hz wiedergeben.</translation>
    </message>
</context>
<context>
    <name>prepmark::PrepWorkbench</name>
    <message>
        <source>Analysis of the delivered session</source>
        <translation>Analyse der gelieferten Session</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Ungespeicherte Änderungen…</translation>
    </message>
    <message>
        <source>← &amp;Exercise</source>
        <translation>← &amp;Übung</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Assessed: %1</source>
        <translation>Bewertet: %1</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#5a6570&apos;&gt;%2 · %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:15px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#5a6570&apos;&gt;%2 · %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove empty tracks</source>
        <translation>Leere Spuren entfernen</translation>
    </message>
    <message>
        <source>Mark every track the analysis found to hold only silence as removed</source>
        <translation>Jede Spur, die laut Analyse nur Stille enthält, als entfernt markieren</translation>
    </message>
    <message>
        <source>No empty track is left in the session.</source>
        <translation>In der Session ist keine leere Spur mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n empty track(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n leere Spur entfernt. Rückgängig mit Ctrl+Z.</numerusform>
            <numerusform>%n leere Spuren entfernt. Rückgängig mit Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the prepared session from the playhead (Space)</source>
        <translation>Die vorbereitete Session ab der Abspielposition wiedergeben (Leertaste)</translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation>■ &amp;Stopp</translation>
    </message>
    <message>
        <source>No audio output — playback off</source>
        <translation>Kein Audioausgang — Wiedergabe aus</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <source>&amp;Submit to lecturer…</source>
        <translation>An Lehrkraft &amp;einreichen…</translation>
    </message>
    <message>
        <source>&amp;Submit and check…</source>
        <translation>&amp;Einreichen und prüfen…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Artist&apos;s notes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Anmerkungen der Künstlerin / des Künstlers&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>F&amp;indings (%1)</source>
        <translation>Be&amp;funde (%1)</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Ihr Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Entwurf gespeichert um %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
</context>
<context>
    <name>prepmark::ProgrammeReportPage</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Studiengang:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>The report as printed: title page, charts, tables, page numbers.</source>
        <translation>Der Bericht in Druckform: Titelseite, Diagramme, Tabellen, Seitenzahlen.</translation>
    </message>
    <message>
        <source>One row per cohort and dimension, for spreadsheets.</source>
        <translation>Eine Zeile je Kohorte und Dimension, für Tabellenkalkulationen.</translation>
    </message>
    <message>
        <source>One self-contained web page.</source>
        <translation>Eine eigenständige Webseite.</translation>
    </message>
    <message>
        <source>There is no programme in this database yet.</source>
        <translation>In dieser Datenbank gibt es noch keinen Studiengang.</translation>
    </message>
    <message>
        <source>%1 cohorts, %2 released results of assessed assignments, %3 adequate; %4 masked failures.</source>
        <translation>%1 Kohorten, %2 freigegebene Ergebnisse bewerteter Aufgaben, %3 ausreichend; %4 verdeckte Defizite.</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Es gibt keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>programme-report-%1</source>
        <translation>studiengangsbericht-%1</translation>
    </message>
    <message>
        <source>Export the programme report</source>
        <translation>Studiengangsbericht exportieren</translation>
    </message>
    <message>
        <source>Writing the programme report…</source>
        <translation>Studiengangsbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>prepmark::ProgressDialogReporter</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>prepmark::ReleasedResultsPage</name>
    <message>
        <source>&lt;b&gt;Released results&lt;/b&gt; — select one to see it above</source>
        <translation>&lt;b&gt;Freigegebene Ergebnisse&lt;/b&gt; — wählen Sie eines aus, um es oben anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Save feedback sheet (PDF)…</source>
        <translation>Feedbackbogen (PDF) &amp;speichern…</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Blockiert durch</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Nicht ausreichend</translation>
    </message>
    <message>
        <source>&lt;p&gt;No results have been released to you yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für Sie wurden noch keine Ergebnisse freigegeben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When your lecturers release a marked submission, your five dimensions and your verdict appear here.</source>
        <translation>Sobald Ihre Lehrkräfte eine bewertete Einreichung freigeben, erscheinen hier Ihre fünf Dimensionen und Ihr Urteil.</translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation>Dieses Ergebnis kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;%1: Adequate&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;%1: Ausreichend&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Every dimension meets its threshold. Mean %1, shown for reference.</source>
        <translation>Jede Dimension erreicht ihre Schwelle. Mittelwert %1, nur zur Information.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#a40000&apos;&gt;%1: Inadequate — blocked by %2&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#a40000&apos;&gt;%1: Nicht ausreichend — blockiert durch %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Preparation is adequate only when every dimension meets its threshold at the same time. Raise %1 to its threshold to become adequate.</source>
        <translation>Eine Vorbereitung ist nur dann ausreichend, wenn jede Dimension gleichzeitig ihre Schwelle erreicht. Bringen Sie %1 auf die Schwelle, um »ausreichend« zu erreichen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Your mean (%1) would pass under an averaged grade, but excellence elsewhere does not make up for this dimension.</source>
        <translation>Mit Ihrem Mittelwert (%1) hätten Sie bei einer Durchschnittsnote bestanden, doch hervorragende Leistungen an anderer Stelle gleichen diese Dimension nicht aus.</translation>
    </message>
</context>
<context>
    <name>prepmark::ReportPreviewWidget</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>prepmark::RosterImportDialog</name>
    <message>
        <source>new account</source>
        <translation>neues Konto</translation>
    </message>
    <message>
        <source>enrol existing account</source>
        <translation>vorhandenes Konto einschreiben</translation>
    </message>
    <message>
        <source>already enrolled</source>
        <translation>bereits eingeschrieben</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Teilnehmerliste importieren</translation>
    </message>
    <message>
        <source>Creates student accounts from a Moodle or Canvas user list (CSV) and enrols them in a cohort. Check the file first: nothing changes until you import it, and one error in the file imports nothing. New accounts have no password until one is set.</source>
        <translation>Legt aus einer Benutzerliste von Moodle oder Canvas (CSV) Konten für Studierende an und schreibt sie in eine Kohorte ein. Prüfen Sie die Datei zuerst: Bis zum Import ändert sich nichts, und ein einziger Fehler in der Datei verhindert den ganzen Import. Neue Konten haben kein Passwort, bis eines festgelegt wird.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>There is no cohort to import into yet.</source>
        <translation>Es gibt noch keine Kohorte, in die importiert werden kann.</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the roster file.</source>
        <translation>Wählen Sie die Datei mit der Teilnehmerliste.</translation>
    </message>
    <message>
        <source>Choose the cohort.</source>
        <translation>Wählen Sie die Kohorte.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, Spalte %2</translation>
    </message>
    <message>
        <source>%1 (%2): new accounts: %3, to enrol: %4, already enrolled: %5, skipped: %6, errors: %7.</source>
        <translation>%1 (%2): neue Konten: %3, einzuschreiben: %4, bereits eingeschrieben: %5, übersprungen: %6, Fehler: %7.</translation>
    </message>
    <message>
        <source>%1 Correct the file and check it again: nothing is imported while it has errors.</source>
        <translation>%1 Korrigieren Sie die Datei und prüfen Sie sie erneut: Solange sie Fehler enthält, wird nichts importiert.</translation>
    </message>
    <message>
        <source>%1 Nothing has changed yet: Import does it.</source>
        <translation>%1 Noch hat sich nichts geändert: Das geschieht erst mit „Importieren“.</translation>
    </message>
    <message>
        <source>Imported into %1. %2</source>
        <translation>In %1 importiert. %2</translation>
    </message>
</context>
<context>
    <name>prepmark::RubricGridDelegate</name>
    <message>
        <source>AUTO</source>
        <translation>AUTO</translation>
    </message>
</context>
<context>
    <name>prepmark::RubricGridModel</name>
    <message>
        <source>%1 — not marked yet (threshold %2)</source>
        <translation>%1 — noch nicht bewertet (Schwelle %2)</translation>
    </message>
    <message>
        <source>%1 — %2 ▼ below the threshold %3: blocks adequacy</source>
        <translation>%1 — %2 ▼ unter der Schwelle %3: blockiert »ausreichend«</translation>
    </message>
    <message>
        <source>%1 — %2 meets the threshold %3</source>
        <translation>%1 — %2 erreicht die Schwelle %3</translation>
    </message>
    <message>
        <source>overrides auto %1 — remark needed</source>
        <translation>überschreibt Auto %1 — Anmerkung nötig</translation>
    </message>
    <message>
        <source>overrides auto %1</source>
        <translation>überschreibt Auto %1</translation>
    </message>
    <message>
        <source>auto %1 accepted</source>
        <translation>Auto %1 übernommen</translation>
    </message>
    <message>
        <source>auto suggests %1</source>
        <translation>Auto schlägt %1 vor</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 (weight %2)
What to look at: %3</source>
        <translation>%1 (Gewichtung %2)
Worauf zu achten ist: %3</translation>
    </message>
    <message>
        <source>Level %1 — %2: %3</source>
        <translation>Stufe %1 — %2: %3</translation>
    </message>
    <message>
        <source>%1, level %2%3</source>
        <translation>%1, Stufe %2%3</translation>
    </message>
    <message>
        <source>, chosen</source>
        <translation>, gewählt</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>prepmark::ScoreComparisonTable</name>
    <message>
        <source>no marker yet</source>
        <translation>noch niemand zugewiesen</translation>
    </message>
    <message>
        <source>hidden (blind marking)</source>
        <translation>verborgen (blinde Bewertung)</translation>
    </message>
    <message>
        <source>marking under way</source>
        <translation>Bewertung läuft</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Erstbewertung: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation>Zweitbewertung: %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Abgestimmt</translation>
    </message>
    <message>
        <source>%1  ⚠ beyond %2</source>
        <translation>%1  ⚠ über %2</translation>
    </message>
    <message>
        <source>Agreed score for %1</source>
        <translation>Abgestimmter Punktwert für %1</translation>
    </message>
    <message>
        <source>Verdict (every dimension at its threshold)</source>
        <translation>Urteil (jede Dimension an ihrer Schwelle)</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>ausreichend</translation>
    </message>
    <message>
        <source>inadequate ▼</source>
        <translation>nicht ausreichend ▼</translation>
    </message>
    <message>
        <source>⚠ disagree</source>
        <translation>⚠ uneinig</translation>
    </message>
</context>
<context>
    <name>prepmark::ServerDialog</name>
    <message>
        <source>Department server</source>
        <translation>Institutsserver</translation>
    </message>
    <message>
        <source>Sign in to your department&apos;s PrepMark server. Its administrator tells you the server&apos;s name, port and database.</source>
        <translation>Melden Sie sich am PrepMark-Server Ihres Instituts an. Dessen Administration nennt Ihnen Servername, Port und Datenbank.</translation>
    </message>
    <message>
        <source>prepmark.example.ac.uk, or a socket folder such as /run/postgresql</source>
        <translation>prepmark.example.ac.uk oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name (or the folder of its socket).</source>
        <translation>Geben Sie den Namen des Servers ein (oder den Ordner seines Sockets).</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Geben Sie den Namen der Datenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>The server answers. Type your user name and password in the sign-in dialog and test again to check your account.</source>
        <translation>Der Server antwortet. Geben Sie im Anmeldedialog Ihren Benutzernamen und Ihr Passwort ein und testen Sie erneut, um Ihr Konto zu prüfen.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): this server works for you.</source>
        <translation>Angemeldet als %1 (%2): Dieser Server funktioniert für Sie.</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionDocument</name>
    <message>
        <source>Set the family of %1</source>
        <translation>Instrumentenfamilie von %1 festlegen</translation>
    </message>
    <message>
        <source>Add marker %1</source>
        <translation>Marker %1 hinzufügen</translation>
    </message>
    <message>
        <source>Rename marker %1 to %2</source>
        <translation>Marker %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move marker %1</source>
        <translation>Marker %1 verschieben</translation>
    </message>
    <message>
        <source>Remove marker %1</source>
        <translation>Marker %1 entfernen</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionInspectorWidget</name>
    <message>
        <source>&lt;b&gt;Student&apos;s notes for the mix engineer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen der Studierenden für das Mixing&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;waveforms and findings</source>
        <translation>&amp;Wellenformen und Befunde anzeigen</translation>
    </message>
    <message>
        <source>Renders the exercise&apos;s session the first time (a few seconds), analyses it and draws it with the student&apos;s preparation</source>
        <translation>Rendert die Session der Übung beim ersten Mal (einige Sekunden), analysiert sie und stellt sie mit der Vorbereitung der Studierenden dar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attempt %1&lt;/b&gt;, submitted %2</source>
        <translation>&lt;b&gt;Versuch %1&lt;/b&gt;, eingereicht %2</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared session&lt;/b&gt;&lt;br&gt;No prepared session is stored with this attempt.</source>
        <translation>&lt;b&gt;Vorbereitete Session&lt;/b&gt;&lt;br&gt;Zu diesem Versuch ist keine vorbereitete Session gespeichert.</translation>
    </message>
    <message>
        <source>the session stored with attempt %1</source>
        <translation>die mit Versuch %1 gespeicherte Session</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared session&lt;/b&gt;&lt;br&gt;It cannot be shown: %1</source>
        <translation>&lt;b&gt;Vorbereitete Session&lt;/b&gt;&lt;br&gt;Sie kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Prepared session&lt;/b&gt;: %n track(s), %1 section marker(s), as submitted.</source>
        <translation>
            <numerusform>&lt;b&gt;Vorbereitete Session&lt;/b&gt;: %n Spur, %1 Abschnittsmarker, wie eingereicht.</numerusform>
            <numerusform>&lt;b&gt;Vorbereitete Session&lt;/b&gt;: %n Spuren, %1 Abschnittsmarker, wie eingereicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Waveforms&lt;/b&gt;: exercise %1 cannot be opened: %2</source>
        <translation>&lt;b&gt;Wellenformen&lt;/b&gt;: Übung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Rendering and analysing %1</source>
        <translation>%1 wird gerendert und analysiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waveforms&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Wellenformen&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Analysis of the delivered session</source>
        <translation>Analyse der gelieferten Session</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionNotesEditor</name>
    <message>
        <source>What I found</source>
        <translation>Was ich gefunden habe</translation>
    </message>
    <message>
        <source>Every problem you heard or measured, on which track and where…</source>
        <translation>Jedes Problem, das Sie gehört oder gemessen haben, auf welcher Spur und wo…</translation>
    </message>
    <message>
        <source>What I fixed, and how</source>
        <translation>Was ich behoben habe, und wie</translation>
    </message>
    <message>
        <source>Polarity flips, offsets, gain changes, fades, cuts…</source>
        <translation>Polaritätsumkehr, Versatz, Gain-Änderungen, Fades, Schnitte…</translation>
    </message>
    <message>
        <source>What I left, and why</source>
        <translation>Was ich belassen habe, und warum</translation>
    </message>
    <message>
        <source>What the brief asks to keep, and what is the mix engineer&apos;s call…</source>
        <translation>Was laut Briefing erhalten bleiben soll und was im Mixing zu entscheiden ist…</translation>
    </message>
    <message>
        <source>Questions for the artist</source>
        <translation>Fragen an die Künstlerin / den Künstler</translation>
    </message>
    <message>
        <source>Which take, which part, what is deliberate…</source>
        <translation>Welcher Take, welcher Part, was ist gewollt…</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Reference tracks and what to listen for…</source>
        <translation>Referenztracks und worauf dabei zu achten ist…</translation>
    </message>
</context>
<context>
    <name>prepmark::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes at once; numbers and dates follow it.</source>
        <translation>Die Sprache ändert sich sofort; Zahlen und Datumsangaben folgen ihr.</translation>
    </message>
</context>
<context>
    <name>prepmark::StaffHomePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kohorten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cohort &amp;results</source>
        <translation>&amp;Ergebnisse der Kohorte</translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Threshold &amp;dashboard</source>
        <translation>Schwellen-&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Programme report</source>
        <translation>&amp;Studiengangsbericht</translation>
    </message>
    <message>
        <source>You are not teaching any cohort yet.</source>
        <translation>Sie unterrichten noch keine Kohorte.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
</context>
<context>
    <name>prepmark::StandingChartsWidget</name>
    <message>
        <source>most recent score</source>
        <translation>neuester Punktwert</translation>
    </message>
    <message>
        <source>decaying average</source>
        <translation>abklingender Durchschnitt</translation>
    </message>
    <message>
        <source>highest score</source>
        <translation>höchster Punktwert</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>times at threshold</source>
        <translation>Anzahl an der Schwelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>%1: points are your scores, the solid line your standing (%2), the dashed line the threshold %3.</source>
        <translation>%1: Die Punkte sind Ihre Punktwerte, die durchgezogene Linie Ihr Stand (%2), die gestrichelte Linie die Schwelle %3.</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentExercisesPage</name>
    <message>
        <source>&lt;h2&gt;Your exercises&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ihre Übungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assigned to you&lt;/b&gt; — double-click to open the exercise</source>
        <translation>&lt;b&gt;Ihnen zugewiesen&lt;/b&gt; — Doppelklick öffnet die Übung</translation>
    </message>
    <message>
        <source>No assignments yet. When your lecturers set one, it appears here with its due date; meanwhile, practise on any exercise below.</source>
        <translation>Noch keine Aufgaben. Sobald Ihre Lehrkräfte eine stellen, erscheint sie hier mit ihrem Abgabetermin; bis dahin können Sie mit jeder Übung unten trainieren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übungsbibliothek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Schwierigkeit:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>1 — introductory</source>
        <translation>1 — Einstieg</translation>
    </message>
    <message>
        <source>2 — intermediate</source>
        <translation>2 — Mittelstufe</translation>
    </message>
    <message>
        <source>3 — advanced</source>
        <translation>3 — Fortgeschritten</translation>
    </message>
    <message>
        <source>&amp;Open exercise</source>
        <translation>Übung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The bundled exercises cannot be read: %1</source>
        <translation>Die mitgelieferten Übungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>showing %1 of %2 · %3 tried · %4 adequate</source>
        <translation>%1 von %2 angezeigt · %3 versucht · %4 ausreichend</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentProfilePage</name>
    <message>
        <source>&lt;h2&gt;Your profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ihr Profil&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Standing by:</source>
        <translation>&amp;Stand nach:</translation>
    </message>
    <message>
        <source>Decaying average (newest counts 65%)</source>
        <translation>Abklingender Durchschnitt (neuestes Ergebnis zählt 65 %)</translation>
    </message>
    <message>
        <source>Most recent result</source>
        <translation>Neuestes Ergebnis</translation>
    </message>
    <message>
        <source>Highest result</source>
        <translation>Höchstes Ergebnis</translation>
    </message>
    <message>
        <source>Mean of all results</source>
        <translation>Mittelwert aller Ergebnisse</translation>
    </message>
    <message>
        <source>Twice at threshold</source>
        <translation>Zweimal an der Schwelle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Submission history&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Einreichungsverlauf&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Your history cannot be read: %1</source>
        <translation>Ihr Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Open an exercise under Exercises, prepare it and submit: every attempt is listed here with its evidence.</source>
        <translation>Noch nichts eingereicht. Öffnen Sie eine Übung unter „Übungen“, bereiten Sie sie vor und reichen Sie sie ein: Jeder Versuch wird hier mit seinen Belegen aufgeführt.</translation>
    </message>
    <message>
        <source>Select an attempt to read its automatic evidence, your notes and, once released, your lecturer&apos;s feedback.</source>
        <translation>Wählen Sie einen Versuch aus, um seine automatischen Belege, Ihre Notizen und – nach der Freigabe – das Feedback Ihrer Lehrkraft zu lesen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No results have been released to you yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für Sie wurden noch keine Ergebnisse freigegeben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your profile fills in as your lecturers release marked work: where you stand in every dimension, and what, if anything, stands between you and adequacy.</source>
        <translation>Ihr Profil füllt sich, sobald Ihre Lehrkräfte bewertete Arbeiten freigeben: wo Sie in jeder Dimension stehen und was Sie gegebenenfalls noch von »ausreichend« trennt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not enough results yet to have a standing (%2 so far).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: noch nicht genug Ergebnisse für einen Stand (bisher %2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: you stand at %2, %3 below its threshold %4 (your last result: %5). What it covers: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Ihr Stand ist %2, %3 unter der Schwelle %4 (Ihr letztes Ergebnis: %5). Was die Dimension umfasst: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>this part of the rubric.</source>
        <translation>dieser Teil des Bewertungsrasters.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;Adequate now&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;Derzeit ausreichend&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What blocks your adequacy now:&lt;/b&gt; nothing. Every dimension stands at its threshold at the same time.</source>
        <translation>&lt;b&gt;Was »ausreichend« derzeit blockiert:&lt;/b&gt; nichts. Jede Dimension steht gleichzeitig an ihrer Schwelle.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#a40000&apos;&gt;Not adequate yet — blocked by %1&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#a40000&apos;&gt;Noch nicht ausreichend — blockiert durch %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What blocks your adequacy now&lt;/b&gt; (preparation is adequate only when every dimension meets its threshold at the same time; strength elsewhere does not make up for it):</source>
        <translation>&lt;b&gt;Was »ausreichend« derzeit blockiert&lt;/b&gt; (eine Vorbereitung ist nur dann ausreichend, wenn jede Dimension gleichzeitig ihre Schwelle erreicht; Stärken an anderer Stelle gleichen das nicht aus):</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentScene</name>
    <message>
        <source>First pass: named, coloured and grouped every track, set the section markers. Now working through the findings.</source>
        <translation>Erster Durchgang: alle Spuren benannt, eingefärbt und gruppiert, Abschnittsmarker gesetzt. Jetzt arbeite ich die Befunde ab.</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentWorkspace</name>
    <message>
        <source>PrepMark</source>
        <translation>PrepMark</translation>
    </message>
    <message>
        <source>There is no bundled exercise &quot;%1&quot;.</source>
        <translation>Es gibt keine mitgelieferte Übung „%1“.</translation>
    </message>
    <message>
        <source>Assignment &quot;%1&quot; uses exercise %2, which cannot be opened: %3</source>
        <translation>Die Aufgabe „%1“ verwendet die Übung %2, die nicht geöffnet werden kann: %3</translation>
    </message>
    <message>
        <source>Your draft could not be read from the database (%1). You start from the delivered session.</source>
        <translation>Ihr Entwurf konnte nicht aus der Datenbank gelesen werden (%1). Sie beginnen mit der gelieferten Session.</translation>
    </message>
    <message>
        <source>your draft of %1</source>
        <translation>Ihr Entwurf von %1</translation>
    </message>
    <message>
        <source>Restored your draft from %1.</source>
        <translation>Ihr Entwurf vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>it does not match this exercise&apos;s tracks</source>
        <translation>er passt nicht zu den Spuren dieser Übung</translation>
    </message>
    <message>
        <source>Your saved draft could not be used (%1). It is kept in %2; you start from the delivered session.</source>
        <translation>Ihr gespeicherter Entwurf konnte nicht verwendet werden (%1). Er wird in %2 aufbewahrt; Sie beginnen mit der gelieferten Session.</translation>
    </message>
    <message>
        <source>Your saved draft could not be used (%1), and no copy could be written to %2. It stays in the database until your next edit; you start from the delivered session.</source>
        <translation>Ihr gespeicherter Entwurf konnte nicht verwendet werden (%1), und nach %2 konnte keine Kopie geschrieben werden. Er bleibt bis zu Ihrer nächsten Bearbeitung in der Datenbank; Sie beginnen mit der gelieferten Session.</translation>
    </message>
    <message>
        <source>Some waveforms cannot be drawn: %1</source>
        <translation>Einige Wellenformen können nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Your preparation was not submitted: %1. Your draft is kept.</source>
        <translation>Ihre Vorbereitung wurde nicht eingereicht: %1. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>the rubric cannot be read: %1</source>
        <translation>das Bewertungsraster kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checking attempt %1</source>
        <translation>Versuch %1 wird geprüft</translation>
    </message>
    <message>
        <source>checking was cancelled.</source>
        <translation>die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the evidence could not be stored: %1</source>
        <translation>die Belege konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::SubmissionHistoryModel</name>
    <message>
        <source>Practice</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Adequate (mean %1)</source>
        <translation>Ausreichend (Mittelwert %1)</translation>
    </message>
    <message>
        <source>Inadequate — blocked by %1</source>
        <translation>Nicht ausreichend — blockiert durch %1</translation>
    </message>
    <message>
        <source>Adequate (automatic)</source>
        <translation>Ausreichend (automatisch)</translation>
    </message>
    <message>
        <source>Blocked by %1 (automatic)</source>
        <translation>Blockiert durch %1 (automatisch)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>not released yet</source>
        <translation>noch nicht freigegeben</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2, attempt %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2, Versuch %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Verdict:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Urteil:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Your lecturer&apos;s feedback&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Feedback Ihrer Lehrkraft&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No written feedback came with this result.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Zu diesem Ergebnis gibt es kein schriftliches Feedback.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Your lecturer&apos;s feedback appears here once the result is released.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Das Feedback Ihrer Lehrkraft erscheint hier, sobald das Ergebnis freigegeben ist.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Automatic evidence&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Automatische Belege&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No automatic evidence is stored with this attempt.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Zu diesem Versuch sind keine automatischen Belege gespeichert.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>nur Lehrkraft</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Your notes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ihre Notizen&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;keine&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>checked; your lecturer marks it</source>
        <translation>geprüft; Ihre Lehrkraft bewertet es</translation>
    </message>
</context>
<context>
    <name>prepmark::SubmissionPageHeader</name>
    <message>
        <source>← &amp;Queue</source>
        <translation>← &amp;Warteschlange</translation>
    </message>
</context>
<context>
    <name>prepmark::TaskProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>prepmark::TimelineRuler</name>
    <message>
        <source>%1 bpm · %2</source>
        <translation>%1 BPM · %2</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>Markers (double-click to add)</source>
        <translation>Marker (Doppelklick zum Hinzufügen)</translation>
    </message>
    <message>
        <source>Rename marker</source>
        <translation>Marker umbenennen</translation>
    </message>
    <message>
        <source>Section name:</source>
        <translation>Abschnittsname:</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackEditCommand</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>%1 einfärben</translation>
    </message>
    <message>
        <source>Set the family of %1</source>
        <translation>Instrumentenfamilie von %1 festlegen</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>%1 gruppieren</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>%1 routen</translation>
    </message>
    <message>
        <source>Clip gain of %1</source>
        <translation>Clip-Gain von %1</translation>
    </message>
    <message>
        <source>Flip the polarity of %1</source>
        <translation>Polarität von %1 umkehren</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>%1 versetzen</translation>
    </message>
    <message>
        <source>Fade in %1</source>
        <translation>Fade-in für %1</translation>
    </message>
    <message>
        <source>Fade out %1</source>
        <translation>Fade-out für %1</translation>
    </message>
    <message>
        <source>Keep %1 as intended</source>
        <translation>%1 bewusst beibehalten</translation>
    </message>
    <message>
        <source>Reason to keep %1</source>
        <translation>Grund für das Beibehalten von %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackIssueMap</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackMoveCommand</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackTableDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no colour)</source>
        <translation>(keine Farbe)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source> smp</source>
        <translation> Smp</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackTableModel</name>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>%1 smp (%2 ms)</source>
        <translation>%1 Smp (%2 ms)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 — file %2 (delivered as &quot;%3&quot;)</source>
        <translation>%1 — Datei %2 (geliefert als „%3“)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Ø</source>
        <translation>Ø</translation>
    </message>
    <message>
        <source>Clip gain</source>
        <translation>Clip-Gain</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Fade-in</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Fade-out</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Why it is kept</source>
        <translation>Grund fürs Beibehalten</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Mute for playback (not part of the preparation)</source>
        <translation>Bei der Wiedergabe stummschalten (nicht Teil der Vorbereitung)</translation>
    </message>
    <message>
        <source>Solo for playback (not part of the preparation)</source>
        <translation>Bei der Wiedergabe solo schalten (nicht Teil der Vorbereitung)</translation>
    </message>
    <message>
        <source>Track name; drag a row to reorder the session</source>
        <translation>Spurname; Zeile ziehen, um die Session neu anzuordnen</translation>
    </message>
    <message>
        <source>Instrument family: sets the colour from the family palette</source>
        <translation>Instrumentenfamilie: legt die Farbe aus der Palette der Familie fest</translation>
    </message>
    <message>
        <source>Track colour</source>
        <translation>Spurfarbe</translation>
    </message>
    <message>
        <source>Folder or group the track sits in</source>
        <translation>Ordner oder Gruppe, in der die Spur liegt</translation>
    </message>
    <message>
        <source>Bus the track is routed to (empty: the mix bus)</source>
        <translation>Bus, auf den die Spur geroutet ist (leer: Summenbus)</translation>
    </message>
    <message>
        <source>Polarity flipped</source>
        <translation>Polarität umgekehrt</translation>
    </message>
    <message>
        <source>Clip gain in dB</source>
        <translation>Clip-Gain in dB</translation>
    </message>
    <message>
        <source>Time offset in samples (and milliseconds); negative moves earlier</source>
        <translation>Laufzeitversatz in Samples (und Millisekunden); negativ verschiebt nach vorn</translation>
    </message>
    <message>
        <source>Fade at the start of the audio</source>
        <translation>Fade am Anfang des Audios</translation>
    </message>
    <message>
        <source>Fade at the end of the audio</source>
        <translation>Fade am Ende des Audios</translation>
    </message>
    <message>
        <source>Keep — this is intentional (the brief asks for it)</source>
        <translation>Beibehalten — das ist gewollt (das Briefing verlangt es)</translation>
    </message>
    <message>
        <source>Why the track&apos;s character is kept, for the mix engineer</source>
        <translation>Warum der Charakter der Spur beibehalten wird, als Hinweis für das Mixing</translation>
    </message>
    <message>
        <source>Removed from the session (empty, duplicate or unused)</source>
        <translation>Aus der Session entfernt (leer, doppelt oder ungenutzt)</translation>
    </message>
</context>
<context>
    <name>prepmark::WaveformLanes</name>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Ø</source>
        <translation>Ø</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <source>waveform not loaded</source>
        <translation>Wellenform nicht geladen</translation>
    </message>
</context>
</TS>
