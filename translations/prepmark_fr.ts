<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FeedbackSheetDocument</name>
    <message>
        <source>Your mean score is %1. It is shown for comparison only: it does not decide the verdict.</source>
        <translation>Votre note moyenne est de&#xa0;%1. Elle n&apos;est indiquée qu&apos;à titre de comparaison&#xa0;: elle ne décide pas du verdict.</translation>
    </message>
    <message>
        <source>Adequate. Every dimension meets its threshold.</source>
        <translation>Satisfaisant. Chaque dimension atteint son seuil.</translation>
    </message>
    <message>
        <source>%1 (%2, threshold %3)</source>
        <translation>%1 (%2, seuil&#xa0;%3)</translation>
    </message>
    <message>
        <source>Not yet adequate. Below threshold: %1.</source>
        <translation>Pas encore satisfaisant. Sous le seuil&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <source>Your mean (%1) clears the pass line of %2, but preparation is adequate only when every dimension meets its threshold at the same time: strengths elsewhere do not make up for this.</source>
        <translation>Votre moyenne (%1) dépasse la barre de réussite de&#xa0;%2, mais la préparation n&apos;est satisfaisante que si chaque dimension atteint son seuil en même temps&#xa0;: les points forts ailleurs ne compensent pas cette lacune.</translation>
    </message>
    <message>
        <source>Feedback sheet · %1 · %2</source>
        <translation>Fiche de retour ·&#xa0;%1 ·&#xa0;%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Retour&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Not yet adequate</source>
        <translation>Pas encore satisfaisant</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>mean (for comparison only)</source>
        <translation>moyenne (à titre de comparaison uniquement)</translation>
    </message>
    <message>
        <source>dimensions below threshold</source>
        <translation>dimensions sous le seuil</translation>
    </message>
    <message>
        <source>Student: %1%2
Cohort: %3
Exercise: %4
Released: %5
Rubric: %6 (%7)</source>
        <translation>Étudiant&#xa0;:&#xa0;%1%2
Promotion&#xa0;:&#xa0;%3
Exercice&#xa0;:&#xa0;%4
Publié le&#xa0;:&#xa0;%5
Grille d&apos;évaluation&#xa0;:&#xa0;%6 (%7)</translation>
    </message>
    <message>
        <source>Your dimensions against their thresholds</source>
        <translation>Vos dimensions par rapport à leurs seuils</translation>
    </message>
    <message>
        <source>The black mark on each bar is the dimension&apos;s threshold. Bars below their threshold are red, hatched and marked ▼.</source>
        <translation>Le trait noir sur chaque barre indique le seuil de la dimension. Les barres sous leur seuil sont rouges, hachurées et marquées ▼.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>meets threshold</source>
        <translation>atteint le seuil</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>sous le seuil</translation>
    </message>
    <message>
        <source>Lecturer feedback</source>
        <translation>Retour de l&apos;enseignant</translation>
    </message>
    <message>
        <source>No written feedback was released with this result.</source>
        <translation>Aucun retour écrit n&apos;a été publié avec ce résultat.</translation>
    </message>
    <message>
        <source>Evidence from the automatic checks</source>
        <translation>Éléments issus des vérifications automatiques</translation>
    </message>
    <message>
        <source>No automatic evidence was recorded for this submission: it was marked by your lecturers alone.</source>
        <translation>Aucun élément automatique n&apos;a été enregistré pour ce rendu&#xa0;: il a été corrigé uniquement par vos enseignants.</translation>
    </message>
    <message>
        <source>Dimension / criterion</source>
        <translation>Dimension / critère</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Niveau proposé</translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation>Ce que les vérifications ont relevé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —&#xa0;%2</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>enseignant uniquement</translation>
    </message>
    <message>
        <source>Proposed levels come from the automatic checks; your lecturers decided the final marks.</source>
        <translation>Les niveaux proposés proviennent des vérifications automatiques&#xa0;; vos enseignants ont fixé les notes définitives.</translation>
    </message>
</context>
<context>
    <name>FeedbackSheetExportAction</name>
    <message>
        <source>Folder for the feedback sheets</source>
        <translation>Dossier des fiches de retour</translation>
    </message>
    <message>
        <source>Writing feedback sheets…</source>
        <translation>Écriture des fiches de retour…</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Fiches de retour</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 sheets; the sheets written are complete.</source>
        <translation>Annulé après&#xa0;%1 fiches sur&#xa0;%2&#xa0;; les fiches déjà écrites sont complètes.</translation>
    </message>
    <message>
        <source>No result of this assignment is released yet.</source>
        <translation>Aucun résultat de ce devoir n&apos;a encore été publié.</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n fiche de retour écrite dans&#xa0;%1.</numerusform>
            <numerusform>%n fiches de retour écrites dans&#xa0;%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback sheet</source>
        <translation>Fiche de retour</translation>
    </message>
    <message>
        <source>Save the feedback sheet</source>
        <translation>Enregistrer la fiche de retour</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>MarkingTexts</name>
    <message>
        <source>Continue marking</source>
        <translation>Poursuivre la correction</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Continue second marking</source>
        <translation>Poursuivre la seconde correction</translation>
    </message>
    <message>
        <source>Second mark (blind)</source>
        <translation>Seconde correction (à l&apos;aveugle)</translation>
    </message>
    <message>
        <source>Agree scores</source>
        <translation>Arrêter les notes</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Arbitrer</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Consulter</translation>
    </message>
    <message>
        <source>Anonymous submission %1</source>
        <translation>Rendu anonyme&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first marker</source>
        <translation>premier correcteur</translation>
    </message>
    <message>
        <source>second marker</source>
        <translation>second correcteur</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>arbitre</translation>
    </message>
</context>
<context>
    <name>ProgrammeReportDocument</name>
    <message>
        <source>Programme outcome report</source>
        <translation>Rapport des résultats de la formation</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, version&#xa0;%3)</translation>
    </message>
    <message>
        <source>Rubric: none (no released results yet)</source>
        <translation>Grille d&apos;évaluation&#xa0;: aucune (aucun résultat publié pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation>Grille d&apos;évaluation&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>How the figures are computed. Every figure comes from the released results of assessed assignments: the snapshot a student received, judged against the rubric version it was marked with, so a later change of thresholds never rewrites it. A resubmission counts once, with its latest released result. A result is adequate only when every dimension meets its threshold at the same time (conjunctive rule). Attainment of a dimension is the share of results at or above its threshold. A dimension blocks a result when it is below its threshold; it blocks it alone when it is the only one. A masked failure is an inadequate result whose mean clears the pass line: an averaged grade would have passed it. A learning outcome is attained in a result when every dimension mapped to it meets its threshold.</source>
        <translation>Mode de calcul des chiffres. Chaque chiffre provient des résultats publiés des devoirs évalués&#xa0;: l&apos;état figé qu&apos;a reçu l&apos;étudiant, jugé selon la version de la grille d&apos;évaluation avec laquelle il a été corrigé, de sorte qu&apos;une modification ultérieure des seuils ne le réécrit jamais. Un nouveau rendu ne compte qu&apos;une fois, avec son dernier résultat publié. Un résultat n&apos;est satisfaisant que si chaque dimension atteint son seuil en même temps (règle conjonctive). Le taux d&apos;atteinte d&apos;une dimension est la part des résultats égaux ou supérieurs à son seuil. Une dimension bloque un résultat lorsqu&apos;elle est sous son seuil&#xa0;; elle le bloque à elle seule lorsqu&apos;elle est la seule dans ce cas. Un échec masqué est un résultat non satisfaisant dont la moyenne dépasse la barre de réussite&#xa0;: une note moyennée l&apos;aurait validé. Un acquis d&apos;apprentissage est atteint dans un résultat lorsque chaque dimension qui lui est associée atteint son seuil.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 ·&#xa0;%2 ·&#xa0;%3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: page %1 of %2 pages.</extracomment>
        <translation>Page&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2,&#xa0;%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation>Promotions&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 released results of %2 students in assessed assignments</source>
        <translation>%1 résultats publiés de&#xa0;%2 étudiants dans les devoirs évalués</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Généré le&#xa0;%1</translation>
    </message>
    <message>
        <source>Preparation is adequate only when every dimension meets its threshold at the same time. This report shows, per cohort and academic year, how often that happened, which dimensions stood in the way, and which failures an averaged grade would have hidden.</source>
        <translation>La préparation n&apos;est satisfaisante que si chaque dimension atteint son seuil en même temps. Ce rapport montre, par promotion et par année universitaire, à quelle fréquence c&apos;est arrivé, quelles dimensions y ont fait obstacle et quels échecs une note moyennée aurait masqués.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>released results</source>
        <translation>résultats publiés</translation>
    </message>
    <message>
        <source>adequate (every dimension at threshold)</source>
        <translation>satisfaisants (chaque dimension au seuil)</translation>
    </message>
    <message>
        <source>masked failures (mean passes, verdict fails)</source>
        <translation>échecs masqués (moyenne suffisante, verdict d&apos;échec)</translation>
    </message>
    <message>
        <source>students with results</source>
        <translation>étudiants ayant des résultats</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Année universitaire</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Rendus</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Satisfaisants</translation>
    </message>
    <message>
        <source>Adequacy rate</source>
        <translation>Taux de résultats satisfaisants</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Échecs masqués</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Trend across academic years: adequacy and attainment per dimension (%)</source>
        <translation>Évolution sur les années universitaires&#xa0;: résultats satisfaisants et taux d&apos;atteinte par dimension (%)</translation>
    </message>
    <message>
        <source>Adequate (all dimensions)</source>
        <translation>Satisfaisants (toutes les dimensions)</translation>
    </message>
    <message>
        <source>% of results</source>
        <translation>% des résultats</translation>
    </message>
    <message>
        <source>Attainment per dimension</source>
        <translation>Taux d&apos;atteinte par dimension</translation>
    </message>
    <message>
        <source>The share of results at or above each dimension&apos;s threshold, by academic year. Adequacy needs all of them at once, so it can be no higher than the lowest.</source>
        <translation>La part des résultats égaux ou supérieurs au seuil de chaque dimension, par année universitaire. Un résultat satisfaisant exige toutes les dimensions à la fois&#xa0;: son taux ne peut donc pas dépasser le plus bas d&apos;entre eux.</translation>
    </message>
    <message>
        <source>Results at threshold, by dimension and academic year (%)</source>
        <translation>Résultats au seuil, par dimension et par année universitaire (%)</translation>
    </message>
    <message>
        <source>% of results at threshold</source>
        <translation>% des résultats au seuil</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>What blocks adequacy</source>
        <translation>Ce qui bloque le résultat satisfaisant</translation>
    </message>
    <message>
        <source>How many results each dimension blocked (below its threshold), and how many it blocked alone: the fail attribution. A result can be blocked by several dimensions.</source>
        <translation>Le nombre de résultats que chaque dimension a bloqués (sous son seuil), et combien elle en a bloqué à elle seule&#xa0;: l&apos;attribution de l&apos;échec. Un résultat peut être bloqué par plusieurs dimensions.</translation>
    </message>
    <message>
        <source>Results blocked by each dimension, by academic year</source>
        <translation>Résultats bloqués par chaque dimension, par année universitaire</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>%1: blocks / alone</source>
        <translation>%1&#xa0;: bloque / seule</translation>
    </message>
    <message>
        <source>All years: blocks / alone</source>
        <translation>Toutes les années&#xa0;: bloque / seule</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 /&#xa0;%2</translation>
    </message>
    <message>
        <source>Masked failures: what an averaged grade would have hidden</source>
        <translation>Échecs masqués&#xa0;: ce qu&apos;une note moyennée aurait caché</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Non satisfaisants</translation>
    </message>
    <message>
        <source>Blocked by 1 dimension</source>
        <translation>Bloqués par 1 dimension</translation>
    </message>
    <message>
        <source>by 2</source>
        <translation>par 2</translation>
    </message>
    <message>
        <source>by 3 or more</source>
        <translation>par 3 ou plus</translation>
    </message>
    <message>
        <source>Share of inadequate</source>
        <translation>Part des non satisfaisants</translation>
    </message>
    <message>
        <source>A masked failure&apos;s mean clears the pass line while at least one dimension is below its threshold. These are the students a compensatory (averaged) grade would have passed.</source>
        <translation>Dans un échec masqué, la moyenne dépasse la barre de réussite alors qu&apos;au moins une dimension est sous son seuil. Ce sont les étudiants qu&apos;une note compensatoire (moyennée) aurait validés.</translation>
    </message>
    <message>
        <source>Learning outcomes and dimensions</source>
        <translation>Acquis d&apos;apprentissage et dimensions</translation>
    </message>
    <message>
        <source>The programme has no learning outcomes mapped to rubric dimensions.</source>
        <translation>La formation n&apos;a aucun acquis d&apos;apprentissage associé aux dimensions de la grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Which rubric dimensions evidence each programme learning outcome (✓), and the share of results in which every mapped dimension meets its threshold.</source>
        <translation>Les dimensions de la grille d&apos;évaluation qui attestent chaque acquis d&apos;apprentissage de la formation (✓), et la part des résultats dans lesquels chaque dimension associée atteint son seuil.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Taux d&apos;atteinte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Per cohort: results at threshold by dimension</source>
        <translation>Par promotion&#xa0;: résultats au seuil par dimension</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
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
        <translation>Généré le&#xa0;%1</translation>
    </message>
    <message>
        <source>released results</source>
        <translation>résultats publiés</translation>
    </message>
    <message>
        <source>adequate (every dimension at threshold)</source>
        <translation>satisfaisants (chaque dimension au seuil)</translation>
    </message>
    <message>
        <source>masked failures (mean passes, verdict fails)</source>
        <translation>échecs masqués (moyenne suffisante, verdict d&apos;échec)</translation>
    </message>
    <message>
        <source>students with results</source>
        <translation>étudiants ayant des résultats</translation>
    </message>
    <message>
        <source>Trend across academic years</source>
        <translation>Évolution sur les années universitaires</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Année universitaire</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Étudiants</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Rendus</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Satisfaisants</translation>
    </message>
    <message>
        <source>Adequacy rate</source>
        <translation>Taux de résultats satisfaisants</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Échecs masqués</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Per cohort and dimension</source>
        <translation>Par promotion et par dimension</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>At threshold</source>
        <translation>Au seuil</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Taux d&apos;atteinte</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Blocks alone</source>
        <translation>Bloque seule</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Learning outcomes and dimensions</source>
        <translation>Acquis d&apos;apprentissage et dimensions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PrepMark: mix preparation practice and assessment.</source>
        <translation>PrepMark&#xa0;: entraînement et évaluation de la préparation au mixage.</translation>
    </message>
    <message>
        <source>Open the database, build every page offscreen, exit.</source>
        <translation>Ouvre la base de données, construit chaque page hors écran, puis quitte.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window and exit.</source>
        <translation>Enregistre une capture d&apos;écran de la fenêtre principale, puis quitte.</translation>
    </message>
    <message>
        <source>With --screenshot: window size, e.g. 1280x760.</source>
        <translation>Avec --screenshot&#xa0;: taille de la fenêtre, par ex. 1280x760.</translation>
    </message>
    <message>
        <source>With --page marking|moderation: the submission to open (default: the first suitable one in the queue).</source>
        <translation>Avec --page marking|moderation&#xa0;: le rendu à ouvrir (par défaut&#xa0;: le premier rendu approprié de la file).</translation>
    </message>
    <message>
        <source>With --page dashboard: the cohort to show (default: the first).</source>
        <translation>Avec --page dashboard&#xa0;: la promotion à afficher (par défaut&#xa0;: la première).</translation>
    </message>
    <message>
        <source>The interface language for this run: de, en, es or fr (default: the one chosen in Settings).</source>
        <translation>La langue de l&apos;interface pour cette exécution&#xa0;: de, en, es ou fr (par défaut&#xa0;: celle choisie dans les Paramètres).</translation>
    </message>
    <message>
        <source>PrepMark cannot open its database</source>
        <translation>PrepMark ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>With --page exercise|workbench: the exercise to open (default: rock-highway-static).</source>
        <translation>Avec --page exercise|workbench&#xa0;: l&apos;exercice à ouvrir (par défaut&#xa0;: rock-highway-static).</translation>
    </message>
    <message>
        <source>With --page workbench: render only BARS bars of every section.</source>
        <translation>Avec --page workbench&#xa0;: ne générer que BARS mesures de chaque section.</translation>
    </message>
    <message>
        <source>The database: a file (default: %1) or a department server, postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>La base de données&#xa0;: un fichier (par défaut&#xa0;: %1) ou un serveur du département, postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>With --screenshot: the demo user to sign in as (with --page signin: the user name typed).</source>
        <translation>Avec --screenshot&#xa0;: l&apos;utilisateur de démonstration avec lequel se connecter (avec --page signin&#xa0;: le nom d&apos;utilisateur saisi).</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show; signin: the sign-in dialog; staff: results, queue, marking, moderation, dashboard, programme or accounts; students: exercises, exercise, workbench, profile or results.</source>
        <translation>Avec --screenshot&#xa0;: la page à afficher&#xa0;; signin&#xa0;: la fenêtre de connexion&#xa0;; enseignants&#xa0;: results, queue, marking, moderation, dashboard, programme ou accounts&#xa0;; étudiants&#xa0;: exercises, exercise, workbench, profile ou results.</translation>
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
        <translation>%1 sur&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>student</source>
        <translation>étudiant</translation>
    </message>
    <message>
        <source>lecturer</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <source>programme leader</source>
        <translation>responsable de formation</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SignInText</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask your PrepMark administrator to enable it.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé. Demandez à votre administrateur PrepMark de le réactiver.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name: it may sign in again at %1.</source>
        <translation>Trop d&apos;échecs de connexion avec ce nom d&apos;utilisateur&#xa0;: une nouvelle connexion sera possible à %1.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may sign in to the server, but the database %2 has no PrepMark account for it. Ask your PrepMark administrator to create the account.</source>
        <translation>«&#xa0;%1&#xa0;» peut se connecter au serveur, mais la base de données %2 ne contient aucun compte PrepMark pour cet utilisateur. Demandez à votre administrateur PrepMark de créer le compte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not use the database %2 on this server. Ask your PrepMark administrator to create your account there.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas utiliser la base de données %2 sur ce serveur. Demandez à votre administrateur PrepMark d&apos;y créer votre compte.</translation>
    </message>
    <message>
        <source>The database %1 is older than this PrepMark and must be migrated before anyone can use it. Ask the server&apos;s administrator to run `prepmark-cli db migrate`. (%2)</source>
        <translation>La base de données %1 est plus ancienne que ce PrepMark et doit être migrée avant que quiconque puisse l&apos;utiliser. Demandez à l&apos;administrateur du serveur d&apos;exécuter `prepmark-cli db migrate`. (%2)</translation>
    </message>
    <message>
        <source>The database %1 is newer than this PrepMark: install the PrepMark version your department uses. (%2)</source>
        <translation>La base de données %1 est plus récente que ce PrepMark&#xa0;: installez la version de PrepMark utilisée par votre département. (%2)</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;. Check the database name under Server….</source>
        <translation>Le serveur n&apos;a pas de base de données «&#xa0;%1&#xa0;». Vérifiez le nom de la base de données sous «&#xa0;Serveur…&#xa0;».</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer. Ask its administrator. (%2)</source>
        <translation>Le serveur %1 n&apos;accepte pas les connexions depuis cet ordinateur. Adressez-vous à son administrateur. (%2)</translation>
    </message>
    <message>
        <source>This PrepMark cannot sign in to servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Ce PrepMark ne peut pas se connecter aux serveurs&#xa0;: le pilote PostgreSQL de Qt est absent (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the host, port or socket folder under Server…, and that this computer&apos;s network may reach it. (%2)</source>
        <translation>Impossible de joindre le serveur %1. Vérifiez l&apos;hôte, le port ou le dossier du socket sous «&#xa0;Serveur…&#xa0;», et que le réseau de cet ordinateur peut l&apos;atteindre. (%2)</translation>
    </message>
    <message>
        <source>Cannot sign in to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusText</name>
    <message>
        <source>not marked</source>
        <translation>non corrigé</translation>
    </message>
    <message>
        <source>in marking</source>
        <translation>en correction</translation>
    </message>
    <message>
        <source>first marked</source>
        <translation>première correction faite</translation>
    </message>
    <message>
        <source>second marked</source>
        <translation>seconde correction faite</translation>
    </message>
    <message>
        <source>needs moderation</source>
        <translation>arbitrage requis</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>notes arrêtées</translation>
    </message>
    <message>
        <source>released</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Non rendu</translation>
    </message>
    <message>
        <source>Result released</source>
        <translation>Résultat publié</translation>
    </message>
    <message>
        <source>Submitted, waiting for marking</source>
        <translation>Rendu, en attente de correction</translation>
    </message>
    <message>
        <source>Submitted, being marked</source>
        <translation>Rendu, en cours de correction</translation>
    </message>
</context>
<context>
    <name>prepmark</name>
    <message>
        <source>clipping</source>
        <translation>écrêtage</translation>
    </message>
    <message>
        <source>true peak over</source>
        <translation>dépassement true peak</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>offset DC</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>polarité</translation>
    </message>
    <message>
        <source>time offset</source>
        <translation>décalage temporel</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>fréquence d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>bit depth</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>low bit depth</source>
        <translation>résolution faible</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>silence initial</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <source>click</source>
        <translation>clic</translation>
    </message>
    <message>
        <source>dual mono</source>
        <translation>double mono</translation>
    </message>
    <message>
        <source>one side silent</source>
        <translation>un canal muet</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
</context>
<context>
    <name>prepmark::AccountsModel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d&apos;étudiant</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>prepmark::AccountsPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>user name, name, role, email or student number</source>
        <translation>nom d&apos;utilisateur, nom, rôle, e-mail ou numéro d&apos;étudiant</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Définir le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer une liste d&apos;inscrits…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot;.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été créé.</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot;; it cannot sign in until a password is set.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été créé&#xa0;; il ne pourra pas se connecter tant qu&apos;aucun mot de passe n&apos;est défini.</translation>
    </message>
    <message>
        <source>Set a new password for &quot;%1&quot;.</source>
        <translation>Un nouveau mot de passe a été défini pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not changed: %2</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may sign in again.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled and can no longer sign in.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé et ne peut plus se connecter.</translation>
    </message>
</context>
<context>
    <name>prepmark::AssignedExercisesModel</name>
    <message>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans date limite</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>not released yet</source>
        <translation>pas encore publié</translation>
    </message>
    <message>
        <source>Adequate (mean %1)</source>
        <translation>Satisfaisant (moyenne&#xa0;%1)</translation>
    </message>
    <message>
        <source>Inadequate — blocked by %1</source>
        <translation>Non satisfaisant — bloqué par&#xa0;%1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À rendre le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Latest verdict</source>
        <translation>Dernier verdict</translation>
    </message>
</context>
<context>
    <name>prepmark::AttemptFeedbackPage</name>
    <message>
        <source>%1 of %2 tracks renamed, %3 coloured</source>
        <translation>%1 pistes renommées sur&#xa0;%2,&#xa0;%3 colorées</translation>
    </message>
    <message>
        <source>Tracks reordered</source>
        <translation>Pistes réordonnées</translation>
    </message>
    <message>
        <source>Track order as delivered</source>
        <translation>Ordre des pistes tel que livré</translation>
    </message>
    <message>
        <source>%1 in folders, %2 routed to buses</source>
        <translation>%1 dans des dossiers,&#xa0;%2 routées vers des bus</translation>
    </message>
    <message numerus="yes">
        <source>%n polarity flip(s)</source>
        <translation>
            <numerusform>%n inversion de polarité</numerusform>
            <numerusform>%n inversions de polarité</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 clip gain change(s), %2 time offset(s), %3 track(s) with fades</source>
        <translation>%1 modification(s) de gain de clip,&#xa0;%2 décalage(s) temporel(s),&#xa0;%3 piste(s) avec fades</translation>
    </message>
    <message>
        <source>%1 track(s) removed, %2 kept as intended</source>
        <translation>%1 piste(s) supprimée(s),&#xa0;%2 conservée(s) comme voulu</translation>
    </message>
    <message numerus="yes">
        <source>%n section marker(s)</source>
        <translation>
            <numerusform>%n marqueur de section</numerusform>
            <numerusform>%n marqueurs de section</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1 of 5 sections written</source>
        <translation>Notes&#xa0;:&#xa0;%1 rubriques rédigées sur 5</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Submitted: attempt %1 of %2&lt;/h2&gt;&lt;p&gt;Your prepared session and notes are stored and sent to your lecturer for marking. The result appears in your profile once it is released.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rendu&#xa0;: tentative&#xa0;%1 sur&#xa0;%2&lt;/h2&gt;&lt;p&gt;Votre session préparée et vos notes sont enregistrées et transmises à votre enseignant pour correction. Le résultat apparaîtra dans votre profil dès sa publication.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Attempt %1 of %2 is stored&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;La tentative&#xa0;%1 sur&#xa0;%2 est enregistrée&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What your preparation changes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Ce que change votre préparation&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your notes for the mix engineer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Vos notes pour l&apos;ingénieur de mixage&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No notes were written.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aucune note n&apos;a été rédigée.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back to &amp;exercises</source>
        <translation>Retour aux &amp;exercices</translation>
    </message>
    <message>
        <source>&amp;Keep preparing</source>
        <translation>&amp;Continuer la préparation</translation>
    </message>
    <message>
        <source>Open the workbench again from this attempt</source>
        <translation>Rouvrir l&apos;atelier à partir de cette tentative</translation>
    </message>
    <message>
        <source>provisional level %1 of %2</source>
        <translation>niveau provisoire&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>enseignant uniquement</translation>
    </message>
    <message>
        <source>&lt;p&gt;No dimension could be judged automatically: your lecturer judges every criterion.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune dimension n&apos;a pu être jugée automatiquement&#xa0;: votre enseignant juge chaque critère.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1e6b34&apos;&gt;Every automatically judged dimension meets its threshold&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1e6b34&apos;&gt;Chaque dimension jugée automatiquement atteint son seuil&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, threshold %3)</source>
        <translation>%1 (%2, seuil&#xa0;%3)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Not adequate yet: %n dimension(s) block adequacy&lt;/h3&gt;&lt;p&gt;%1. Preparation is adequate only when every dimension meets its threshold at the same time; a strong dimension does not make up for a weak one.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Pas encore satisfaisant&#xa0;:&#xa0;%n dimension bloque le résultat satisfaisant&lt;/h3&gt;&lt;p&gt;%1. La préparation n&apos;est satisfaisante que si chaque dimension atteint son seuil en même temps&#xa0;; une dimension forte ne compense pas une dimension faible.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Pas encore satisfaisant&#xa0;:&#xa0;%n dimensions bloquent le résultat satisfaisant&lt;/h3&gt;&lt;p&gt;%1. La préparation n&apos;est satisfaisante que si chaque dimension atteint son seuil en même temps&#xa0;; une dimension forte ne compense pas une dimension faible.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Dimension&lt;/th&gt;&lt;th&gt;Provisional score&lt;/th&gt;&lt;th&gt;Threshold&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Dimension&lt;/th&gt;&lt;th&gt;Note provisoire&lt;/th&gt;&lt;th&gt;Seuil&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>l&apos;atteint</translation>
    </message>
    <message>
        <source>blocks adequacy</source>
        <translation>bloque le résultat satisfaisant</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=&apos;center&apos; colspan=&apos;2&apos;&gt;lecturer only&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=&apos;center&apos; colspan=&apos;2&apos;&gt;enseignant uniquement&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you missed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ce que vous avez oublié&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing: every judged criterion is at its dimension&apos;s threshold.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Rien&#xa0;: chaque critère jugé atteint le seuil de sa dimension.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you fixed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ce que vous avez corrigé&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No judged criterion reaches its dimension&apos;s threshold yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aucun critère jugé n&apos;atteint encore le seuil de sa dimension.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lecturer only&lt;/h3&gt;&lt;p&gt;No automatic check can judge these; your lecturer marks them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enseignant uniquement&lt;/h3&gt;&lt;p&gt;Aucune vérification automatique ne peut juger ces critères&#xa0;; votre enseignant les note.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking your preparation…&lt;/b&gt; PrepMark renders your prepared stems, analyses them and grades them against the rubric.</source>
        <translation>&lt;b&gt;Vérification de votre préparation…&lt;/b&gt; PrepMark génère vos stems préparés, les analyse et les évalue selon la grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic evidence stored for your lecturer.&lt;/b&gt; %1 criteria were checked automatically and %2 are left to your lecturer; the evidence is stored with your submission and shown on the marking page. Your result appears in your profile once it is released.</source>
        <translation>&lt;b&gt;Éléments automatiques enregistrés pour votre enseignant.&lt;/b&gt;&#xa0;%1 critères ont été vérifiés automatiquement et&#xa0;%2 sont laissés à votre enseignant&#xa0;; les éléments sont enregistrés avec votre rendu et affichés sur la page de correction. Votre résultat apparaîtra dans votre profil dès sa publication.</translation>
    </message>
    <message>
        <source>no dimension could be judged automatically</source>
        <translation>aucune dimension n&apos;a pu être jugée automatiquement</translation>
    </message>
    <message>
        <source>every automatically judged dimension meets its threshold</source>
        <translation>chaque dimension jugée automatiquement atteint son seuil</translation>
    </message>
    <message>
        <source>not adequate yet</source>
        <translation>pas encore satisfaisant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checked: %1.&lt;/b&gt; %2 criteria judged automatically (provisional levels, not a mark), %3 lecturer only.</source>
        <translation>&lt;b&gt;Vérifié&#xa0;:&#xa0;%1.&lt;/b&gt;&#xa0;%2 critères jugés automatiquement (niveaux provisoires, pas une note),&#xa0;%3 pour l&apos;enseignant uniquement.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your attempt is stored, but it was not checked automatically:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Votre tentative est enregistrée, mais elle n&apos;a pas été vérifiée automatiquement&#xa0;:&lt;/b&gt;&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>prepmark::BlockingChartView</name>
    <message>
        <source>Students each dimension blocks (of %1 with agreed results)</source>
        <translation>Étudiants bloqués par chaque dimension (sur&#xa0;%1 avec notes arrêtées)</translation>
    </message>
    <message>
        <source>Blocks adequacy</source>
        <translation>Bloque le résultat satisfaisant</translation>
    </message>
    <message>
        <source>Blocks it alone</source>
        <translation>Le bloque à elle seule</translation>
    </message>
    <message>
        <source>students</source>
        <translation>étudiants</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortDashboardPage</name>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Promotion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Devoir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Feedback sheets…</source>
        <translation>&amp;Fiches de retour…</translation>
    </message>
    <message>
        <source>A PDF feedback sheet for every released submission of this assignment.</source>
        <translation>Une fiche de retour PDF pour chaque rendu publié de ce devoir.</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a student to open the submission.</source>
        <translation>Double-cliquez sur un étudiant ou appuyez sur Entrée pour ouvrir son rendu.</translation>
    </message>
    <message>
        <source>%1 below the threshold (hatched, ▼)  %2 within the near-threshold band above it  %3 %4 above it, deeper further above</source>
        <translation>%1 sous le seuil (hachuré, ▼) &#xa0;%2 dans la zone proche au-dessus du seuil &#xa0;%3&#xa0;%4 au-dessus, plus foncé plus on s&apos;en éloigne</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 ·&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 /&#xa0;%2</translation>
    </message>
    <message>
        <source>adequate: every dimension at its threshold (%1 enrolled)</source>
        <translation>satisfaisants&#xa0;: chaque dimension à son seuil (%1 inscrits)</translation>
    </message>
    <message>
        <source>masked failures: an averaged grade would pass them</source>
        <translation>échecs masqués&#xa0;: une note moyennée les validerait</translation>
    </message>
    <message>
        <source>failed by one dimension alone</source>
        <translation>en échec à cause d&apos;une seule dimension</translation>
    </message>
    <message>
        <source>students near a threshold: second-marking candidates</source>
        <translation>étudiants proches d&apos;un seuil&#xa0;: candidats à une seconde correction</translation>
    </message>
    <message>
        <source>verdicts another policy would change (compensatory passes %1)</source>
        <translation>verdicts qu&apos;une autre règle changerait (la règle compensatoire en valide&#xa0;%1)</translation>
    </message>
    <message>
        <source>No agreed results for %1 yet: marking is in progress. %2 students are enrolled.</source>
        <translation>Pas encore de notes arrêtées pour&#xa0;%1&#xa0;: la correction est en cours.&#xa0;%2 étudiants sont inscrits.</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortHeatmapModel</name>
    <message>
        <source>%1 (%2): open the submission</source>
        <translation>%1 (%2)&#xa0;: ouvrir le rendu</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4 above the threshold %5</source>
        <translation>%1 —&#xa0;%2&#xa0;:&#xa0;%3,&#xa0;%4 au-dessus du seuil&#xa0;%5</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4 below the threshold %5: blocks adequacy%6</source>
        <translation>%1 —&#xa0;%2&#xa0;:&#xa0;%3,&#xa0;%4 sous le seuil&#xa0;%5&#xa0;: bloque le résultat satisfaisant%6</translation>
    </message>
    <message>
        <source> (alone: the only dimension below)</source>
        <translation> (à elle seule&#xa0;: la seule dimension sous le seuil)</translation>
    </message>
    <message>
        <source>The compensatory mean, beside the verdict, never instead of it.</source>
        <translation>La moyenne compensatoire, à côté du verdict, jamais à sa place.</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Inadequate · masked</source>
        <translation>Non satisfaisant · masqué</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Non satisfaisant</translation>
    </message>
    <message>
        <source>Masked failure: the mean clears the pass line, so an averaged grade would pass.</source>
        <translation>Échec masqué&#xa0;: la moyenne dépasse la barre de réussite, une note moyennée validerait donc ce travail.</translation>
    </message>
    <message>
        <source>%1 — threshold %2</source>
        <translation>%1 — seuil&#xa0;%2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>%1
≥ %2</source>
        <translation>%1
≥&#xa0;%2</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortResultsModel</name>
    <message>
        <source>not submitted</source>
        <translation>non rendu</translation>
    </message>
    <message>
        <source>%1: %2, %3 above the threshold %4</source>
        <translation>%1&#xa0;:&#xa0;%2,&#xa0;%3 au-dessus du seuil&#xa0;%4</translation>
    </message>
    <message>
        <source>%1: %2, %3 below the threshold %4 — this blocks adequacy</source>
        <translation>%1&#xa0;:&#xa0;%2,&#xa0;%3 sous le seuil&#xa0;%4 — cela bloque le résultat satisfaisant</translation>
    </message>
    <message>
        <source>The compensatory mean, shown beside the verdict, never instead of it.</source>
        <translation>La moyenne compensatoire, affichée à côté du verdict, jamais à sa place.</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Non satisfaisant</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>The mean %1 clears the pass line %2, so an averaged grade would pass this student.</source>
        <translation>La moyenne&#xa0;%1 dépasse la barre de réussite&#xa0;%2&#xa0;: une note moyennée validerait donc cet étudiant.</translation>
    </message>
    <message>
        <source>%1 — threshold %2</source>
        <translation>%1 — seuil&#xa0;%2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqué par</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>hidden until release (blind marking)</source>
        <translation>masqué jusqu’à la publication (correction à l’aveugle)</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortResultsPage</name>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Devoir&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a cohort on the left to see its students against every dimension.</source>
        <translation>Choisissez une promotion à gauche pour voir ses étudiants au regard de chaque dimension.</translation>
    </message>
    <message>
        <source>This cohort has no assignments yet.</source>
        <translation>Cette promotion n&apos;a pas encore de devoir.</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans date limite</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (à rendre le&#xa0;%2)</translation>
    </message>
    <message>
        <source>No students are enrolled in this cohort yet.</source>
        <translation>Aucun étudiant n&apos;est encore inscrit dans cette promotion.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; students have agreed results · &lt;b&gt;%3 adequate&lt;/b&gt; · &lt;b&gt;%4 inadequate&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 sur&#xa0;%2&lt;/b&gt; étudiants ont des notes arrêtées · &lt;b&gt;%3 satisfaisants&lt;/b&gt; · &lt;b&gt;%4 non satisfaisants&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;%1 masked failures&lt;/b&gt; (an averaged grade would pass them)</source>
        <translation> · &lt;b&gt;%1 échecs masqués&lt;/b&gt; (une note moyennée les validerait)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message>
        <source>Students blocked by each dimension: %1</source>
        <translation>Étudiants bloqués par chaque dimension&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>No agreed results yet: marking is in progress.</source>
        <translation>Pas encore de notes arrêtées&#xa0;: la correction est en cours.</translation>
    </message>
</context>
<context>
    <name>prepmark::CommentBankWidget</name>
    <message>
        <source>&lt;b&gt;Comment bank&lt;/b&gt;</source>
        <translation>&lt;b&gt;Banque de commentaires&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click a comment to add it to the remark.</source>
        <translation>Double-cliquez sur un commentaire pour l&apos;ajouter à la remarque.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>Save remark to &amp;bank</source>
        <translation>Enregistrer la remarque dans la &amp;banque</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removed from the comment bank.</source>
        <translation>Supprimé de la banque de commentaires.</translation>
    </message>
    <message>
        <source>Shared with every marker</source>
        <translation>Partagé avec tous les correcteurs</translation>
    </message>
    <message>
        <source>Your own comment</source>
        <translation>Votre propre commentaire</translation>
    </message>
    <message>
        <source>Saved to your comment bank.</source>
        <translation>Enregistré dans votre banque de commentaires.</translation>
    </message>
</context>
<context>
    <name>prepmark::ConflictBar</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation>La leur (enregistrée maintenant)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>La vôtre (non enregistrée)</translation>
    </message>
    <message>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Recharger (prendre la leur)</translation>
    </message>
    <message>
        <source>Show what is stored now; your unsaved change is dropped.</source>
        <translation>Affiche ce qui est enregistré maintenant ; votre modification non enregistrée est abandonnée.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>Write your version over theirs. The overwrite is recorded in the audit log with your name.</source>
        <translation>Écrire votre version par-dessus la leur. L’écrasement est consigné dans le journal d’audit avec votre nom.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>&lt;b&gt;You saved a newer version of this on %1&lt;/b&gt;, in another window or on another computer. Nothing was saved here.</source>
        <translation>&lt;b&gt;Vous avez enregistré une version plus récente le %1&lt;/b&gt;, dans une autre fenêtre ou sur un autre ordinateur. Rien n’a été enregistré ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed this on %2&lt;/b&gt;, after you opened it. Nothing was saved here.</source>
        <translation>&lt;b&gt;%1 a modifié ceci le %2&lt;/b&gt;, après que vous l’avez ouvert. Rien n’a été enregistré ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you opened was removed&lt;/b&gt; (last saved by %1 on %2). Nothing was saved here.</source>
        <translation>&lt;b&gt;Ce que vous aviez ouvert a été supprimé&lt;/b&gt; (enregistré en dernier par %1 le %2). Rien n’a été enregistré ici.</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>correcteur</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is already the %2&lt;/b&gt; of this submission (since %3). Your sheet was not saved.</source>
        <translation>&lt;b&gt;%1 est déjà %2&lt;/b&gt; de ce rendu (depuis %3). Votre grille n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You completed this marking on %1&lt;/b&gt;, in another window or on another computer. Nothing was saved here.</source>
        <translation>&lt;b&gt;Vous avez terminé cette correction le %1&lt;/b&gt;, dans une autre fenêtre ou sur un autre ordinateur. Rien n’a été enregistré ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 completed this marking on %2.&lt;/b&gt; Nothing was saved here.</source>
        <translation>&lt;b&gt;%1 a terminé cette correction le %2.&lt;/b&gt; Rien n’a été enregistré ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The student handed in a new attempt&lt;/b&gt; on %1; this page shows the earlier one. Nothing was saved here.</source>
        <translation>&lt;b&gt;L’étudiant a rendu une nouvelle tentative&lt;/b&gt; le %1 ; cette page montre la précédente. Rien n’a été enregistré ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 released this result on %2.&lt;/b&gt; A released result is a snapshot; nothing was saved here.</source>
        <translation>&lt;b&gt;%1 a publié ce résultat le %2.&lt;/b&gt; Un résultat publié est un instantané ; rien n’a été enregistré ici.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
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
        <translation>Critère</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1st: %1</source>
        <translation>1er&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>2nd: %1</source>
        <translation>2nd&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>prepmark::CriterionPanel</name>
    <message>
        <source>Automatic evidence</source>
        <translation>Éléments automatiques</translation>
    </message>
    <message>
        <source>A remark for the student on this criterion…</source>
        <translation>Une remarque pour l&apos;étudiant sur ce critère…</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a criterion in the grid.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez un critère dans la grille.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5a6570&apos;&gt;%1&lt;/span&gt;&lt;br&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;%2&lt;/b&gt; &lt;span style=&apos;color:#5a6570&apos;&gt;· weight %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5a6570&apos;&gt;%1&lt;/span&gt;&lt;br&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;%2&lt;/b&gt; &lt;span style=&apos;color:#5a6570&apos;&gt;· coefficient&#xa0;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look at:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Points à examiner&#xa0;:&lt;/b&gt;&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level %1 · %2&lt;/b&gt;%3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Niveau&#xa0;%1 ·&#xa0;%2&lt;/b&gt;%3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source> — given</source>
        <translation> — attribué</translation>
    </message>
    <message>
        <source>No automatic evidence for this criterion: it is the marker&apos;s judgement alone.</source>
        <translation>Aucun élément automatique pour ce critère&#xa0;: il relève du seul jugement du correcteur.</translation>
    </message>
    <message>
        <source>Provisional level &lt;b&gt;%1 · %2&lt;/b&gt;</source>
        <translation>Niveau provisoire &lt;b&gt;%1 ·&#xa0;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No provisional level: the marker decides.</source>
        <translation>Pas de niveau provisoire&#xa0;: le correcteur décide.</translation>
    </message>
    <message>
        <source>&amp;Accept level %1</source>
        <translation>&amp;Accepter le niveau&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✓ Accepted&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;✓ Accepté&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;Overridden with level %1: say why in the remark.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a40000&apos;&gt;Remplacé par le niveau&#xa0;%1&#xa0;: justifiez-le dans la remarque.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Pas encore décidé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Remark&lt;/b&gt; &lt;span style=&apos;color:#a40000&apos;&gt;— required: this overrides the automatic level&lt;/span&gt;</source>
        <translation>&lt;b&gt;&amp;Remarque&lt;/b&gt; &lt;span style=&apos;color:#a40000&apos;&gt;— obligatoire&#xa0;: elle remplace le niveau automatique&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Remark&lt;/b&gt; (optional)</source>
        <translation>&lt;b&gt;&amp;Remarque&lt;/b&gt; (facultative)</translation>
    </message>
</context>
<context>
    <name>prepmark::DashboardDetailTabs</name>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Failed by this alone</source>
        <translation>En échec à cause de cette seule dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Below by</source>
        <translation>Écart sous le seuil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fail attribution&lt;/b&gt; — students failed by one dimension alone:</source>
        <translation>&lt;b&gt;Attribution de l&apos;échec&lt;/b&gt; — étudiants en échec à cause d&apos;une seule dimension&#xa0;:</translation>
    </message>
    <message>
        <source>What blocks</source>
        <translation>Ce qui bloque</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqué par</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masked failures&lt;/b&gt;: the mean clears the pass line but the verdict is inadequate. An averaged grade would have passed these students.</source>
        <translation>&lt;b&gt;Échecs masqués&lt;/b&gt;&#xa0;: la moyenne dépasse la barre de réussite, mais le verdict est non satisfaisant. Une note moyennée aurait validé ces étudiants.</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Échecs masqués</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near the threshold&lt;/b&gt;: scores within the rubric&apos;s band of the line, closest first — candidates for second marking.</source>
        <translation>&lt;b&gt;Proches du seuil&lt;/b&gt;&#xa0;: notes situées dans la marge de la grille autour du seuil, les plus proches d&apos;abord — candidats à une seconde correction.</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Proches du seuil</translation>
    </message>
    <message>
        <source>Conjunctive</source>
        <translation>Conjonctive</translation>
    </message>
    <message>
        <source>Compensatory</source>
        <translation>Compensatoire</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation>Comparaison des règles</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Adjacent</source>
        <translation>Adjacent</translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation>κ pondéré</translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation>ICC(2,1)</translation>
    </message>
    <message>
        <source>Krippendorff α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Correcteur</translation>
    </message>
    <message>
        <source>Double-marked</source>
        <translation>Doubles corrections</translation>
    </message>
    <message>
        <source>Mean difference from co-marker</source>
        <translation>Écart moyen avec l&apos;autre correcteur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marker severity&lt;/b&gt; (negative: stricter than the markers they were paired with)</source>
        <translation>&lt;b&gt;Sévérité des correcteurs&lt;/b&gt; (négatif&#xa0;: plus sévère que les correcteurs avec lesquels il a été apparié)</translation>
    </message>
    <message>
        <source>Marker agreement</source>
        <translation>Accord entre correcteurs</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>satisfaisant</translation>
    </message>
    <message>
        <source>inadequate ▼</source>
        <translation>non satisfaisant ▼</translation>
    </message>
    <message>
        <source>Of &lt;b&gt;%1&lt;/b&gt; students with agreed results: &lt;b&gt;%2&lt;/b&gt; adequate under the conjunctive policy (PrepMark&apos;s), &lt;b&gt;%3&lt;/b&gt; under the compensatory mean ≥ %4, &lt;b&gt;%5&lt;/b&gt; under the hybrid policy (mean ≥ %4, every dimension ≥ %6, required: %7). &lt;b&gt;%8&lt;/b&gt; students change verdict:</source>
        <translation>Sur &lt;b&gt;%1&lt;/b&gt; étudiants avec notes arrêtées&#xa0;: &lt;b&gt;%2&lt;/b&gt; satisfaisants selon la règle conjonctive (celle de PrepMark), &lt;b&gt;%3&lt;/b&gt; selon la moyenne compensatoire ≥&#xa0;%4, &lt;b&gt;%5&lt;/b&gt; selon la règle hybride (moyenne ≥&#xa0;%4, chaque dimension ≥&#xa0;%6, obligatoires&#xa0;:&#xa0;%7). &lt;b&gt;%8&lt;/b&gt; étudiants changent de verdict&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>No attempt of this assignment has two complete markings yet.</source>
        <translation>Aucune tentative de ce devoir n&apos;a encore deux corrections complètes.</translation>
    </message>
    <message>
        <source>Over &lt;b&gt;%1&lt;/b&gt; double-marked attempts (pairs of criterion levels per dimension). The markers agree on adequacy in &lt;b&gt;%2&lt;/b&gt; of them (Cohen&apos;s κ %3).</source>
        <translation>Sur &lt;b&gt;%1&lt;/b&gt; tentatives doublement corrigées (paires de niveaux de critères par dimension). Les correcteurs s&apos;accordent sur le caractère satisfaisant dans &lt;b&gt;%2&lt;/b&gt; d&apos;entre elles (κ de Cohen&#xa0;%3).</translation>
    </message>
</context>
<context>
    <name>prepmark::DimensionBarsWidget</name>
    <message>
        <source>No scores yet</source>
        <translation>Pas encore de notes</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloque</translation>
    </message>
</context>
<context>
    <name>prepmark::ExerciseLibraryModel</name>
    <message>
        <source>Not tried yet</source>
        <translation>Pas encore essayé</translation>
    </message>
    <message>
        <source>Submitted, not graded</source>
        <translation>Rendu, non évalué</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Blocked by %1</source>
        <translation>Bloqué par&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —&#xa0;%2</translation>
    </message>
    <message>
        <source>Difficulty %1 of 3</source>
        <translation>Difficulté&#xa0;%1 sur 3</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Votre progression</translation>
    </message>
</context>
<context>
    <name>prepmark::ExercisePage</name>
    <message>
        <source>← &amp;Exercises</source>
        <translation>← &amp;Exercices</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 · %3 · difficulty %4 of 3 · %5 bpm %6 · %7 · %n track(s) delivered&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 ·&#xa0;%3 · difficulté&#xa0;%4 sur 3 ·&#xa0;%5 bpm&#xa0;%6 ·&#xa0;%7 ·&#xa0;%n piste livrée&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 ·&#xa0;%3 · difficulté&#xa0;%4 sur 3 ·&#xa0;%5 bpm&#xa0;%6 ·&#xa0;%7 ·&#xa0;%n pistes livrées&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice.&lt;/b&gt; Submit as often as you like: each attempt is checked at once and shows what you fixed, what you missed, and which dimension blocks adequacy.</source>
        <translation>&lt;b&gt;Entraînement.&lt;/b&gt; Rendez autant de fois que vous le souhaitez&#xa0;: chaque tentative est vérifiée immédiatement et montre ce que vous avez corrigé, ce que vous avez oublié et quelle dimension bloque le résultat satisfaisant.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>à rendre le&#xa0;%1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans date limite</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed: %1&lt;/b&gt; (%2). Your submission and its automatic evidence go to your lecturer; the result appears in your profile once it is released.</source>
        <translation>&lt;b&gt;Évalué&#xa0;:&#xa0;%1&lt;/b&gt; (%2). Votre rendu et ses éléments automatiques sont transmis à votre enseignant&#xa0;; le résultat apparaîtra dans votre profil dès sa publication.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignment: %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;Devoir&#xa0;:&#xa0;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The artist&apos;s brief&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Le brief de l&apos;artiste&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Artist&apos;s notes&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Notes de l&apos;artiste&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 (bar %2)</source>
        <translation>%1 (mesure&#xa0;%2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Arrangement&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Arrangement&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delivered files&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fichiers livrés&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the session in the workbench</source>
        <translation>&amp;Ouvrir la session dans l&apos;atelier</translation>
    </message>
    <message>
        <source>Renders the session the first time (a few seconds), then opens it from the cache</source>
        <translation>Génère la session la première fois (quelques secondes), puis l&apos;ouvre depuis le cache</translation>
    </message>
    <message>
        <source>Preparing the session of %1</source>
        <translation>Préparation de la session de&#xa0;%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: open the session again when you are ready.</source>
        <translation>Annulé. Rien n&apos;a été perdu&#xa0;: rouvrez la session quand vous serez prêt.</translation>
    </message>
    <message>
        <source>The session could not be prepared: %1</source>
        <translation>La session n&apos;a pas pu être préparée&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>prepmark::ExerciseSessionLoader</name>
    <message>
        <source>Rendering the session of %1…</source>
        <translation>Génération de la session de&#xa0;%1…</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n stem(s)…</source>
        <translation>
            <numerusform>Analyse de&#xa0;%n stem…</numerusform>
            <numerusform>Analyse de&#xa0;%n stems…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the waveforms…</source>
        <translation>Lecture des formes d&apos;onde…</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled</source>
        <translation>Le chargement de&#xa0;%1 a été annulé</translation>
    </message>
</context>
<context>
    <name>prepmark::FindingsList</name>
    <message>
        <source>whole file</source>
        <translation>fichier entier</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Where (file time)</source>
        <translation>Position (temps du fichier)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n constat)</numerusform>
            <numerusform>%1 (%n constats)</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and at</source>
        <translation>  … et à</translation>
    </message>
    <message>
        <source>The analysis found nothing to point at.</source>
        <translation>L&apos;analyse n&apos;a rien relevé à signaler.</translation>
    </message>
</context>
<context>
    <name>prepmark::IssueLegend</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hover a mark for details</source>
        <translation>Survolez une marque pour plus de détails</translation>
    </message>
</context>
<context>
    <name>prepmark::IssueMark</name>
    <message>
        <source>Clipping</source>
        <translation>Écrêtage</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silence</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Pair: polarity / offset</source>
        <translation>Paire&#xa0;: polarité / décalage</translation>
    </message>
    <message>
        <source>Noise between phrases</source>
        <translation>Bruit entre les phrases</translation>
    </message>
    <message>
        <source>Whole-file finding</source>
        <translation>Constat sur le fichier entier</translation>
    </message>
</context>
<context>
    <name>prepmark::LiveVerdictPanel</name>
    <message>
        <source>&lt;b style=&apos;font-size:13pt&apos;&gt;Verdict: not yet&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:13pt&apos;&gt;Verdict&#xa0;: pas encore&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 criteria marked; the verdict appears when every dimension has a mark.</source>
        <translation>%1 critères notés sur&#xa0;%2&#xa0;; le verdict apparaît lorsque chaque dimension a une note.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;Already below threshold: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a40000&apos;&gt;Déjà sous le seuil&#xa0;:&#xa0;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:13pt;color:#1b5e20&apos;&gt;✓ Adequate&lt;/b&gt; · mean %1</source>
        <translation>&lt;b style=&apos;font-size:13pt;color:#1b5e20&apos;&gt;✓ Satisfaisant&lt;/b&gt; · moyenne&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:13pt;color:#a40000&apos;&gt;✗ Inadequate&lt;/b&gt; — blocked by %1 · mean %2</source>
        <translation>&lt;b style=&apos;font-size:13pt;color:#a40000&apos;&gt;✗ Non satisfaisant&lt;/b&gt; — bloqué par&#xa0;%1 · moyenne&#xa0;%2</translation>
    </message>
    <message>
        <source>%1 of %2 criteria marked.</source>
        <translation>%1 critères notés sur&#xa0;%2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masked failure:&lt;/b&gt; the mean clears %1, so an averaged grade would pass this.</source>
        <translation>&lt;b&gt;Échec masqué&#xa0;:&lt;/b&gt; la moyenne dépasse&#xa0;%1, une note moyennée validerait donc ce travail.</translation>
    </message>
</context>
<context>
    <name>prepmark::LoginDialog</name>
    <message>
        <source>Sign in to PrepMark</source>
        <translation>Connexion à PrepMark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PrepMark&lt;/h2&gt;&lt;p&gt;Mix preparation practice and assessment.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PrepMark&lt;/h2&gt;&lt;p&gt;Entraînement et évaluation de la préparation au mixage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>This is the demo database. Every demo account&apos;s password is &quot;%1&quot;; double-click an account to use it.</source>
        <translation>Ceci est la base de données de démonstration. Le mot de passe de chaque compte de démonstration est «&#xa0;%1&#xa0;»&#xa0;; double-cliquez sur un compte pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Serveur…</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>Création de la base de données de démonstration…</translation>
    </message>
    <message>
        <source>Signs in to the demo database on this computer: %1</source>
        <translation>Connexion à la base de démonstration de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signs in to the database on this computer: %1</source>
        <translation>Connexion à la base de données de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signs in to the server %1</source>
        <translation>Connexion au serveur %1</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
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
        <translation>&amp;Résultats publiés</translation>
    </message>
    <message>
        <source>demo database</source>
        <translation>base de démonstration</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>PrepMark — %1 (%2) — %3 %4</source>
        <translation>PrepMark —&#xa0;%1 (%2) —&#xa0;%3&#xa0;%4</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2: %3</source>
        <translation>Connecté en tant que&#xa0;%1 ·&#xa0;%2&#xa0;:&#xa0;%3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About PrepMark</source>
        <translation>À &amp;propos de PrepMark</translation>
    </message>
    <message>
        <source>About PrepMark</source>
        <translation>À propos de PrepMark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PrepMark %1&lt;/h3&gt;&lt;p&gt;Mix preparation practice and assessment.&lt;/p&gt;&lt;p&gt;Preparation is adequate only when every dimension meets its threshold at the same time. The mean is shown beside the verdict, never instead of it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrepMark&#xa0;%1&lt;/h3&gt;&lt;p&gt;Entraînement et évaluation de la préparation au mixage.&lt;/p&gt;&lt;p&gt;La préparation n&apos;est satisfaisante que si chaque dimension atteint son seuil en même temps. La moyenne est affichée à côté du verdict, jamais à sa place.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Exercices</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingPage</name>
    <message>
        <source>&lt;b&gt;Overall &amp;feedback&lt;/b&gt; for the student</source>
        <translation>&lt;b&gt;Retour &amp;global&lt;/b&gt; pour l&apos;étudiant</translation>
    </message>
    <message>
        <source>What the student did well, what blocks adequacy, and what to do next…</source>
        <translation>Ce que l&apos;étudiant a bien fait, ce qui bloque le résultat satisfaisant et ce qu&apos;il doit faire ensuite…</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Complete marking</source>
        <translation>&amp;Terminer la correction</translation>
    </message>
    <message>
        <source>Store the marks (Ctrl+Return). Every criterion needs a level, and every override of an automatic level a remark.</source>
        <translation>Enregistre les notes (Ctrl+Return). Chaque critère doit avoir un niveau, et chaque remplacement d&apos;un niveau automatique une remarque.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submission %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rendu&#xa0;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3 · &lt;span style=&apos;color:#5a6570&apos;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ·&#xa0;%2 · tentative&#xa0;%3 · &lt;span style=&apos;color:#5a6570&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>First marker</source>
        <translation>Premier correcteur</translation>
    </message>
    <message>
        <source>Second marker · blind</source>
        <translation>Second correcteur · à l&apos;aveugle</translation>
    </message>
    <message>
        <source>The first marker&apos;s marks stay hidden until you complete yours.</source>
        <translation>Les notes du premier correcteur restent masquées jusqu&apos;à ce que vous ayez terminé votre correction.</translation>
    </message>
    <message>
        <source>Your saved draft could not be read and is kept as it is: %1. Marking here starts a new sheet, which replaces it when it is saved.</source>
        <translation>Votre brouillon enregistré n&apos;a pas pu être lu et est conservé tel quel&#xa0;:&#xa0;%1. Corriger ici crée une nouvelle fiche de notation, qui le remplacera lors de son enregistrement.</translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation>Brouillon du&#xa0;%1</translation>
    </message>
    <message>
        <source>New mark sheet</source>
        <translation>Nouvelle fiche de notation</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>You completed this marking on %1. It is shown read-only.</source>
        <translation>Vous avez terminé cette correction le&#xa0;%1. Elle est affichée en lecture seule.</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Brouillon enregistré à&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; has no level&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; n&apos;a pas de niveau&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; overrides the automatic level: add a remark saying why&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; remplace le niveau automatique&#xa0;: ajoutez une remarque qui le justifie&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;et&#xa0;%n autre&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;et&#xa0;%n autres&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not complete yet:&lt;/b&gt;&lt;ul style=&apos;margin:2px 0&apos;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Pas encore complet&#xa0;:&lt;/b&gt;&lt;ul style=&apos;margin:2px 0&apos;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>It now waits for the blind second marking.</source>
        <translation>Le rendu attend maintenant la seconde correction à l&apos;aveugle.</translation>
    </message>
    <message>
        <source>The markers are within tolerance: agree the scores next.</source>
        <translation>Les correcteurs sont dans la tolérance&#xa0;: arrêtez maintenant les notes.</translation>
    </message>
    <message>
        <source>The markers differ beyond tolerance or on adequacy: it goes to moderation.</source>
        <translation>Les correcteurs divergent au-delà de la tolérance ou sur le caractère satisfaisant&#xa0;: le rendu passe en arbitrage.</translation>
    </message>
    <message>
        <source>Practice work is marked once: the result is agreed and can be released.</source>
        <translation>Un travail d&apos;entraînement n&apos;est corrigé qu&apos;une fois&#xa0;: les notes sont arrêtées et le résultat peut être publié.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marking complete&lt;/b&gt; — %1. %2</source>
        <translation>&lt;b&gt;Correction terminée&lt;/b&gt; —&#xa0;%1.&#xa0;%2</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Non enregistré : modifié ailleurs</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Rechargé</translation>
    </message>
    <message>
        <source>Your sheet could not be kept: %1</source>
        <translation>Votre grille n’a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>Your draft kept %1</source>
        <translation>Votre brouillon a été conservé à %1</translation>
    </message>
    <message>
        <source>Your sheet was kept over the other one; the audit log records the overwrite.</source>
        <translation>Votre grille a été conservée à la place de l’autre ; le journal d’audit consigne l’écrasement.</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingQueueModel</name>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 (marking)</source>
        <translation>%1 (en correction)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>First marker</source>
        <translation>Premier correcteur</translation>
    </message>
    <message>
        <source>Second marker</source>
        <translation>Second correcteur</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Votre tâche</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingQueuePage</name>
    <message>
        <source>C&amp;ohort:</source>
        <translation>&amp;Promotion&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ssignment:</source>
        <translation>&amp;Devoir&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Only &amp;my tasks</source>
        <translation>Seulement &amp;mes tâches</translation>
    </message>
    <message>
        <source>&amp;Hide student names</source>
        <translation>Masquer les &amp;noms des étudiants</translation>
    </message>
    <message>
        <source>Anonymous marking. Blind-marked assignments hide names until release anyway.</source>
        <translation>Correction anonyme. Les devoirs corrigés à l&apos;aveugle masquent de toute façon les noms jusqu&apos;à la publication.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>All my cohorts</source>
        <translation>Toutes mes promotions</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All assignments</source>
        <translation>Tous les devoirs</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —&#xa0;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; submissions · &lt;b&gt;%2&lt;/b&gt; to mark · &lt;b&gt;%3&lt;/b&gt; to moderate · &lt;b&gt;%4&lt;/b&gt; to agree · &lt;b&gt;%5&lt;/b&gt; to release</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; rendus · &lt;b&gt;%2&lt;/b&gt; à corriger · &lt;b&gt;%3&lt;/b&gt; à arbitrer · &lt;b&gt;%4&lt;/b&gt; à arrêter · &lt;b&gt;%5&lt;/b&gt; à publier</translation>
    </message>
</context>
<context>
    <name>prepmark::ModerationPage</name>
    <message>
        <source>&lt;b&gt;Dimension scores side by side&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes par dimension côte à côte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion levels and remarks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Niveaux et remarques par critère&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Markers&apos; feedback&lt;/b&gt; (first · second)</source>
        <translation>&lt;b&gt;Retours des correcteurs&lt;/b&gt; (premier · second)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict of the agreed scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verdict des notes arrêtées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Record agreed scores</source>
        <translation>&amp;Enregistrer les notes arrêtées</translation>
    </message>
    <message>
        <source>Re&amp;lease to the student</source>
        <translation>&amp;Publier pour l&apos;étudiant</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ·&#xa0;%2 · tentative&#xa0;%3</translation>
    </message>
    <message>
        <source>%1: no feedback visible yet</source>
        <translation>%1&#xa0;: aucun retour visible pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>PrepMark</source>
        <translation>PrepMark</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Arbitré</translation>
    </message>
    <message>
        <source>Marked once</source>
        <translation>Corrigé une fois</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2, %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; par&#xa0;%2, le&#xa0;%3&#xa0;:&#xa0;%4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason&lt;/b&gt; for the agreed scores (required; kept in the audit log)</source>
        <translation>&lt;b&gt;Justification&lt;/b&gt; des notes arrêtées (obligatoire&#xa0;; conservée dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt; on the agreement (optional)</source>
        <translation>&lt;b&gt;Note&lt;/b&gt; sur l&apos;accord (facultative)</translation>
    </message>
    <message>
        <source>&amp;Record moderated scores</source>
        <translation>&amp;Enregistrer les notes arbitrées</translation>
    </message>
    <message>
        <source>their scores differ by more than %1 on %2</source>
        <translation>leurs notes diffèrent de plus de&#xa0;%1 sur&#xa0;%2</translation>
    </message>
    <message>
        <source>one finds the work adequate and the other does not</source>
        <translation>l&apos;un juge le travail satisfaisant et l&apos;autre non</translation>
    </message>
    <message>
        <source>the mean of their scores would reverse the verdict they agree on</source>
        <translation>la moyenne de leurs notes inverserait le verdict sur lequel ils s&apos;accordent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moderation needed:&lt;/b&gt; %1. As moderator, record the agreed scores and why.</source>
        <translation>&lt;b&gt;Arbitrage requis&#xa0;:&lt;/b&gt;&#xa0;%1. En tant qu&apos;arbitre, enregistrez les notes arrêtées et leur justification.</translation>
    </message>
    <message>
        <source>the markers disagree</source>
        <translation>les correcteurs sont en désaccord</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreed scores recorded.&lt;/b&gt; The result can now be released to the student.</source>
        <translation>&lt;b&gt;Notes arrêtées enregistrées.&lt;/b&gt; Le résultat peut maintenant être publié pour l&apos;étudiant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Released.&lt;/b&gt; The student now sees this result; it is kept as a snapshot.</source>
        <translation>&lt;b&gt;Publié.&lt;/b&gt; L&apos;étudiant voit maintenant ce résultat&#xa0;; il est conservé en l&apos;état.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your agreed scores were kept&lt;/b&gt; over the other decision; the audit log records the overwrite. The result can now be released to the student.</source>
        <translation>&lt;b&gt;Vos notes convenues ont été conservées&lt;/b&gt; à la place de l’autre décision ; le journal d’audit consigne l’écrasement. Le résultat peut maintenant être publié à l’étudiant.</translation>
    </message>
</context>
<context>
    <name>prepmark::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Student number:</source>
        <translation>Numéro d&apos;é&amp;tudiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Mot de passe (&amp;confirmation)&#xa0;:</translation>
    </message>
    <message>
        <source>On a server the user name is also the account&apos;s sign-in name there: lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>Sur un serveur, le nom d&apos;utilisateur est aussi le nom de connexion du compte&#xa0;: lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Leave both passwords empty to create an account that cannot sign in until a password is set.</source>
        <translation>Laissez les deux mots de passe vides pour créer un compte qui ne pourra pas se connecter tant qu&apos;aucun mot de passe n&apos;est défini.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>The account was not created: %1</source>
        <translation>Le compte n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::NotesEditCommand</name>
    <message>
        <source>Edit the notes</source>
        <translation>Modifier les notes</translation>
    </message>
</context>
<context>
    <name>prepmark::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Change the password of your account &quot;%1&quot;.</source>
        <translation>Changez le mot de passe de votre compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Set a new password for &quot;%1&quot;. Tell them the password in person or by a channel only they read.</source>
        <translation>Définissez un nouveau mot de passe pour «&#xa0;%1&#xa0;». Communiquez-le en personne ou par un canal que seule cette personne lit.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>Nouveau mot de passe (&amp;confirmation)&#xa0;:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The current password could not be checked: %1</source>
        <translation>Le mot de passe actuel n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again after %1.</source>
        <translation>Trop de mots de passe incorrects&#xa0;: réessayez après %1.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Saisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>Le mot de passe n&apos;a pas été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::PlaybackController</name>
    <message>
        <source>Playback is off: this computer has no audio output. Everything else in the workbench works.</source>
        <translation>Lecture désactivée&#xa0;: cet ordinateur n&apos;a pas de sortie audio. Tout le reste de l&apos;atelier fonctionne.</translation>
    </message>
    <message>
        <source>Some stems cannot be played: %1</source>
        <translation>Certains stems ne peuvent pas être lus&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>The audio output %1 cannot play %2 Hz stereo floating point.</source>
        <translation>La sortie audio&#xa0;%1 ne peut pas lire de la stéréo&#xa0;%2 Hz en virgule flottante.</translation>
    </message>
</context>
<context>
    <name>prepmark::PrepWorkbench</name>
    <message>
        <source>Analysis of the delivered session</source>
        <translation>Analyse de la session livrée</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
        <source>← &amp;Exercise</source>
        <translation>← &amp;Exercice</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Assessed: %1</source>
        <translation>Évalué&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Devoir&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#5a6570&apos;&gt;%2 · %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:15px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#5a6570&apos;&gt;%2 ·&#xa0;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove empty tracks</source>
        <translation>Supprimer les pistes vides</translation>
    </message>
    <message>
        <source>Mark every track the analysis found to hold only silence as removed</source>
        <translation>Marquer comme supprimée chaque piste dont l&apos;analyse a établi qu&apos;elle ne contient que du silence</translation>
    </message>
    <message>
        <source>No empty track is left in the session.</source>
        <translation>Il ne reste aucune piste vide dans la session.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n empty track(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n piste vide supprimée. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n pistes vides supprimées. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Lecture</translation>
    </message>
    <message>
        <source>Play the prepared session from the playhead (Space)</source>
        <translation>Lire la session préparée à partir de la tête de lecture (Espace)</translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation>■ &amp;Stop</translation>
    </message>
    <message>
        <source>No audio output — playback off</source>
        <translation>Pas de sortie audio — lecture désactivée</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Aucune modification pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Submit to lecturer…</source>
        <translation>&amp;Rendre à l&apos;enseignant…</translation>
    </message>
    <message>
        <source>&amp;Submit and check…</source>
        <translation>&amp;Rendre et vérifier…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Artist&apos;s notes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Notes de l&apos;artiste&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>F&amp;indings (%1)</source>
        <translation>&amp;Constats (%1)</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>&amp;Brief</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>Votre brouillon n&apos;a pas pu être enregistré&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Brouillon enregistré à&#xa0;%1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Rendu</translation>
    </message>
</context>
<context>
    <name>prepmark::ProgrammeReportPage</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Formation&#xa0;:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>The report as printed: title page, charts, tables, page numbers.</source>
        <translation>Le rapport tel qu&apos;imprimé&#xa0;: page de titre, graphiques, tableaux, numéros de page.</translation>
    </message>
    <message>
        <source>One row per cohort and dimension, for spreadsheets.</source>
        <translation>Une ligne par promotion et par dimension, pour les tableurs.</translation>
    </message>
    <message>
        <source>One self-contained web page.</source>
        <translation>Une page web autonome.</translation>
    </message>
    <message>
        <source>There is no programme in this database yet.</source>
        <translation>Cette base de données ne contient encore aucune formation.</translation>
    </message>
    <message>
        <source>%1 cohorts, %2 released results of assessed assignments, %3 adequate; %4 masked failures.</source>
        <translation>%1 promotions,&#xa0;%2 résultats publiés de devoirs évalués,&#xa0;%3 satisfaisants&#xa0;;&#xa0;%4 échecs masqués.</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Il n&apos;y a aucun rapport à exporter.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>programme-report-%1</source>
        <translation>rapport-formation-%1</translation>
    </message>
    <message>
        <source>Export the programme report</source>
        <translation>Exporter le rapport de formation</translation>
    </message>
    <message>
        <source>Writing the programme report…</source>
        <translation>Écriture du rapport de formation…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>prepmark::ProgressDialogReporter</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>prepmark::ReleasedResultsPage</name>
    <message>
        <source>&lt;b&gt;Released results&lt;/b&gt; — select one to see it above</source>
        <translation>&lt;b&gt;Résultats publiés&lt;/b&gt; — sélectionnez-en un pour l&apos;afficher ci-dessus</translation>
    </message>
    <message>
        <source>&amp;Save feedback sheet (PDF)…</source>
        <translation>&amp;Enregistrer la fiche de retour (PDF)…</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Devoir</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqué par</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Non satisfaisant</translation>
    </message>
    <message>
        <source>&lt;p&gt;No results have been released to you yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun résultat ne vous a encore été publié.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When your lecturers release a marked submission, your five dimensions and your verdict appear here.</source>
        <translation>Lorsque vos enseignants publieront un rendu corrigé, vos cinq dimensions et votre verdict apparaîtront ici.</translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation>Ce résultat ne peut pas être affiché&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;%1: Adequate&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;%1&#xa0;: Satisfaisant&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Every dimension meets its threshold. Mean %1, shown for reference.</source>
        <translation>Chaque dimension atteint son seuil. Moyenne&#xa0;%1, indiquée à titre indicatif.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#a40000&apos;&gt;%1: Inadequate — blocked by %2&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#a40000&apos;&gt;%1&#xa0;: Non satisfaisant — bloqué par&#xa0;%2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Preparation is adequate only when every dimension meets its threshold at the same time. Raise %1 to its threshold to become adequate.</source>
        <translation>La préparation n&apos;est satisfaisante que si chaque dimension atteint son seuil en même temps. Amenez&#xa0;%1 à son seuil pour obtenir un résultat satisfaisant.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Your mean (%1) would pass under an averaged grade, but excellence elsewhere does not make up for this dimension.</source>
        <translation>Votre moyenne (%1) serait validée avec une note moyennée, mais l&apos;excellence ailleurs ne compense pas cette dimension.</translation>
    </message>
</context>
<context>
    <name>prepmark::ReportPreviewWidget</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page&#xa0;%1 sur&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>prepmark::RosterImportDialog</name>
    <message>
        <source>new account</source>
        <translation>nouveau compte</translation>
    </message>
    <message>
        <source>enrol existing account</source>
        <translation>inscrire un compte existant</translation>
    </message>
    <message>
        <source>already enrolled</source>
        <translation>déjà inscrit</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importer une liste d&apos;inscrits</translation>
    </message>
    <message>
        <source>Creates student accounts from a Moodle or Canvas user list (CSV) and enrols them in a cohort. Check the file first: nothing changes until you import it, and one error in the file imports nothing. New accounts have no password until one is set.</source>
        <translation>Crée des comptes étudiants à partir d&apos;une liste d&apos;utilisateurs Moodle ou Canvas (CSV) et les inscrit dans une promotion. Vérifiez d&apos;abord le fichier&#xa0;: rien ne change avant l&apos;import, et une seule erreur dans le fichier empêche tout import. Les nouveaux comptes n&apos;ont pas de mot de passe tant qu&apos;aucun n&apos;est défini.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Promotion&#xa0;:</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>There is no cohort to import into yet.</source>
        <translation>Il n&apos;y a pas encore de promotion dans laquelle importer.</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Fichier de liste d&apos;inscrits</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the roster file.</source>
        <translation>Choisissez le fichier de la liste d&apos;inscrits.</translation>
    </message>
    <message>
        <source>Choose the cohort.</source>
        <translation>Choisissez la promotion.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, colonne %2</translation>
    </message>
    <message>
        <source>%1 (%2): new accounts: %3, to enrol: %4, already enrolled: %5, skipped: %6, errors: %7.</source>
        <translation>%1 (%2)&#xa0;: nouveaux comptes&#xa0;: %3, à inscrire&#xa0;: %4, déjà inscrits&#xa0;: %5, ignorés&#xa0;: %6, erreurs&#xa0;: %7.</translation>
    </message>
    <message>
        <source>%1 Correct the file and check it again: nothing is imported while it has errors.</source>
        <translation>%1 Corrigez le fichier et vérifiez-le à nouveau&#xa0;: rien n&apos;est importé tant qu&apos;il contient des erreurs.</translation>
    </message>
    <message>
        <source>%1 Nothing has changed yet: Import does it.</source>
        <translation>%1 Rien n&apos;a encore changé&#xa0;: c&apos;est «&#xa0;Importer&#xa0;» qui le fait.</translation>
    </message>
    <message>
        <source>Imported into %1. %2</source>
        <translation>Importé dans %1. %2</translation>
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
        <translation>%1 — pas encore noté (seuil&#xa0;%2)</translation>
    </message>
    <message>
        <source>%1 — %2 ▼ below the threshold %3: blocks adequacy</source>
        <translation>%1 —&#xa0;%2 ▼ sous le seuil&#xa0;%3&#xa0;: bloque le résultat satisfaisant</translation>
    </message>
    <message>
        <source>%1 — %2 meets the threshold %3</source>
        <translation>%1 —&#xa0;%2 atteint le seuil&#xa0;%3</translation>
    </message>
    <message>
        <source>overrides auto %1 — remark needed</source>
        <translation>remplace l&apos;auto&#xa0;%1 — remarque requise</translation>
    </message>
    <message>
        <source>overrides auto %1</source>
        <translation>remplace l&apos;auto&#xa0;%1</translation>
    </message>
    <message>
        <source>auto %1 accepted</source>
        <translation>auto&#xa0;%1 accepté</translation>
    </message>
    <message>
        <source>auto suggests %1</source>
        <translation>l&apos;auto propose&#xa0;%1</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 (weight %2)
What to look at: %3</source>
        <translation>%1 (coefficient&#xa0;%2)
Points à examiner&#xa0;:&#xa0;%3</translation>
    </message>
    <message>
        <source>Level %1 — %2: %3</source>
        <translation>Niveau&#xa0;%1 —&#xa0;%2&#xa0;:&#xa0;%3</translation>
    </message>
    <message>
        <source>%1, level %2%3</source>
        <translation>%1, niveau&#xa0;%2%3</translation>
    </message>
    <message>
        <source>, chosen</source>
        <translation>, choisi</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 ·&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>prepmark::ScoreComparisonTable</name>
    <message>
        <source>no marker yet</source>
        <translation>pas encore de correcteur</translation>
    </message>
    <message>
        <source>hidden (blind marking)</source>
        <translation>masqué (correction à l&apos;aveugle)</translation>
    </message>
    <message>
        <source>marking under way</source>
        <translation>correction en cours</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Premier&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation>Second&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Note arrêtée</translation>
    </message>
    <message>
        <source>%1  ⚠ beyond %2</source>
        <translation>%1  ⚠ au-delà de&#xa0;%2</translation>
    </message>
    <message>
        <source>Agreed score for %1</source>
        <translation>Note arrêtée pour&#xa0;%1</translation>
    </message>
    <message>
        <source>Verdict (every dimension at its threshold)</source>
        <translation>Verdict (chaque dimension à son seuil)</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>satisfaisant</translation>
    </message>
    <message>
        <source>inadequate ▼</source>
        <translation>non satisfaisant ▼</translation>
    </message>
    <message>
        <source>⚠ disagree</source>
        <translation>⚠ désaccord</translation>
    </message>
</context>
<context>
    <name>prepmark::ServerDialog</name>
    <message>
        <source>Department server</source>
        <translation>Serveur du département</translation>
    </message>
    <message>
        <source>Sign in to your department&apos;s PrepMark server. Its administrator tells you the server&apos;s name, port and database.</source>
        <translation>Connectez-vous au serveur PrepMark de votre département. Son administrateur vous indique le nom du serveur, le port et la base de données.</translation>
    </message>
    <message>
        <source>prepmark.example.ac.uk, or a socket folder such as /run/postgresql</source>
        <translation>prepmark.example.ac.uk, ou un dossier de socket tel que /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name (or the folder of its socket).</source>
        <translation>Saisissez le nom du serveur (ou le dossier de son socket).</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Saisissez le nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>The server answers. Type your user name and password in the sign-in dialog and test again to check your account.</source>
        <translation>Le serveur répond. Saisissez votre nom d&apos;utilisateur et votre mot de passe dans la fenêtre de connexion, puis testez à nouveau pour vérifier votre compte.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): this server works for you.</source>
        <translation>Connecté en tant que %1 (%2)&#xa0;: ce serveur fonctionne pour vous.</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionDocument</name>
    <message>
        <source>Set the family of %1</source>
        <translation>Définir la famille de&#xa0;%1</translation>
    </message>
    <message>
        <source>Add marker %1</source>
        <translation>Ajouter le marqueur&#xa0;%1</translation>
    </message>
    <message>
        <source>Rename marker %1 to %2</source>
        <translation>Renommer le marqueur&#xa0;%1 en&#xa0;%2</translation>
    </message>
    <message>
        <source>Move marker %1</source>
        <translation>Déplacer le marqueur&#xa0;%1</translation>
    </message>
    <message>
        <source>Remove marker %1</source>
        <translation>Supprimer le marqueur&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionInspectorWidget</name>
    <message>
        <source>&lt;b&gt;Student&apos;s notes for the mix engineer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes de l&apos;étudiant pour l&apos;ingénieur de mixage&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;waveforms and findings</source>
        <translation>Afficher les formes d&apos;&amp;onde et les constats</translation>
    </message>
    <message>
        <source>Renders the exercise&apos;s session the first time (a few seconds), analyses it and draws it with the student&apos;s preparation</source>
        <translation>Génère la session de l&apos;exercice la première fois (quelques secondes), l&apos;analyse et l&apos;affiche avec la préparation de l&apos;étudiant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attempt %1&lt;/b&gt;, submitted %2</source>
        <translation>&lt;b&gt;Tentative&#xa0;%1&lt;/b&gt;, rendue le&#xa0;%2</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared session&lt;/b&gt;&lt;br&gt;No prepared session is stored with this attempt.</source>
        <translation>&lt;b&gt;Session préparée&lt;/b&gt;&lt;br&gt;Aucune session préparée n&apos;est enregistrée avec cette tentative.</translation>
    </message>
    <message>
        <source>the session stored with attempt %1</source>
        <translation>la session enregistrée avec la tentative&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared session&lt;/b&gt;&lt;br&gt;It cannot be shown: %1</source>
        <translation>&lt;b&gt;Session préparée&lt;/b&gt;&lt;br&gt;Elle ne peut pas être affichée&#xa0;:&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Prepared session&lt;/b&gt;: %n track(s), %1 section marker(s), as submitted.</source>
        <translation>
            <numerusform>&lt;b&gt;Session préparée&lt;/b&gt;&#xa0;:&#xa0;%n piste,&#xa0;%1 marqueur(s) de section, telle que rendue.</numerusform>
            <numerusform>&lt;b&gt;Session préparée&lt;/b&gt;&#xa0;:&#xa0;%n pistes,&#xa0;%1 marqueur(s) de section, telle que rendue.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Waveforms&lt;/b&gt;: exercise %1 cannot be opened: %2</source>
        <translation>&lt;b&gt;Formes d&apos;onde&lt;/b&gt;&#xa0;: l&apos;exercice&#xa0;%1 ne peut pas être ouvert&#xa0;:&#xa0;%2</translation>
    </message>
    <message>
        <source>Rendering and analysing %1</source>
        <translation>Génération et analyse de&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waveforms&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Formes d&apos;onde&lt;/b&gt;&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Analysis of the delivered session</source>
        <translation>Analyse de la session livrée</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionNotesEditor</name>
    <message>
        <source>What I found</source>
        <translation>Ce que j&apos;ai relevé</translation>
    </message>
    <message>
        <source>Every problem you heard or measured, on which track and where…</source>
        <translation>Chaque problème que vous avez entendu ou mesuré, sur quelle piste et à quel endroit…</translation>
    </message>
    <message>
        <source>What I fixed, and how</source>
        <translation>Ce que j&apos;ai corrigé, et comment</translation>
    </message>
    <message>
        <source>Polarity flips, offsets, gain changes, fades, cuts…</source>
        <translation>Inversions de polarité, décalages, modifications de gain, fades, coupes…</translation>
    </message>
    <message>
        <source>What I left, and why</source>
        <translation>Ce que j&apos;ai laissé, et pourquoi</translation>
    </message>
    <message>
        <source>What the brief asks to keep, and what is the mix engineer&apos;s call…</source>
        <translation>Ce que le brief demande de conserver, et ce qui relève du choix de l&apos;ingénieur de mixage…</translation>
    </message>
    <message>
        <source>Questions for the artist</source>
        <translation>Questions pour l&apos;artiste</translation>
    </message>
    <message>
        <source>Which take, which part, what is deliberate…</source>
        <translation>Quelle prise, quelle partie, ce qui est volontaire…</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Reference tracks and what to listen for…</source>
        <translation>Morceaux de référence et ce qu&apos;il faut y écouter…</translation>
    </message>
</context>
<context>
    <name>prepmark::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language changes at once; numbers and dates follow it.</source>
        <translation>La langue change immédiatement&#xa0;; les nombres et les dates suivent.</translation>
    </message>
</context>
<context>
    <name>prepmark::StaffHomePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Promotions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cohort &amp;results</source>
        <translation>&amp;Résultats de la promotion</translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation>&amp;Correction</translation>
    </message>
    <message>
        <source>Threshold &amp;dashboard</source>
        <translation>&amp;Tableau de bord des seuils</translation>
    </message>
    <message>
        <source>&amp;Programme report</source>
        <translation>Rapport de &amp;formation</translation>
    </message>
    <message>
        <source>You are not teaching any cohort yet.</source>
        <translation>Vous n&apos;enseignez encore à aucune promotion.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 ·&#xa0;%3</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>Co&amp;mptes</translation>
    </message>
</context>
<context>
    <name>prepmark::StandingChartsWidget</name>
    <message>
        <source>most recent score</source>
        <translation>note la plus récente</translation>
    </message>
    <message>
        <source>decaying average</source>
        <translation>moyenne pondérée dégressive</translation>
    </message>
    <message>
        <source>highest score</source>
        <translation>meilleure note</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>note moyenne</translation>
    </message>
    <message>
        <source>times at threshold</source>
        <translation>nombre de fois au seuil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>%1: points are your scores, the solid line your standing (%2), the dashed line the threshold %3.</source>
        <translation>%1&#xa0;: les points sont vos notes, la ligne continue votre niveau (%2), la ligne pointillée le seuil&#xa0;%3.</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentExercisesPage</name>
    <message>
        <source>&lt;h2&gt;Your exercises&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vos exercices&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assigned to you&lt;/b&gt; — double-click to open the exercise</source>
        <translation>&lt;b&gt;Devoirs qui vous sont attribués&lt;/b&gt; — double-cliquez pour ouvrir l&apos;exercice</translation>
    </message>
    <message>
        <source>No assignments yet. When your lecturers set one, it appears here with its due date; meanwhile, practise on any exercise below.</source>
        <translation>Aucun devoir pour l&apos;instant. Lorsque vos enseignants en donneront un, il apparaîtra ici avec sa date limite&#xa0;; en attendant, entraînez-vous sur n&apos;importe quel exercice ci-dessous.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothèque d&apos;entraînement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Difficulté&#xa0;:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>1 — introductory</source>
        <translation>1 — initiation</translation>
    </message>
    <message>
        <source>2 — intermediate</source>
        <translation>2 — intermédiaire</translation>
    </message>
    <message>
        <source>3 — advanced</source>
        <translation>3 — avancé</translation>
    </message>
    <message>
        <source>&amp;Open exercise</source>
        <translation>&amp;Ouvrir l&apos;exercice</translation>
    </message>
    <message>
        <source>The bundled exercises cannot be read: %1</source>
        <translation>Les exercices fournis ne peuvent pas être lus&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>showing %1 of %2 · %3 tried · %4 adequate</source>
        <translation>%1 affichés sur&#xa0;%2 ·&#xa0;%3 essayés ·&#xa0;%4 satisfaisants</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentProfilePage</name>
    <message>
        <source>&lt;h2&gt;Your profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Votre profil&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Standing by:</source>
        <translation>&amp;Niveau calculé selon&#xa0;:</translation>
    </message>
    <message>
        <source>Decaying average (newest counts 65%)</source>
        <translation>Moyenne pondérée dégressive (la plus récente compte pour 65&#xa0;%)</translation>
    </message>
    <message>
        <source>Most recent result</source>
        <translation>Résultat le plus récent</translation>
    </message>
    <message>
        <source>Highest result</source>
        <translation>Meilleur résultat</translation>
    </message>
    <message>
        <source>Mean of all results</source>
        <translation>Moyenne de tous les résultats</translation>
    </message>
    <message>
        <source>Twice at threshold</source>
        <translation>Deux fois au seuil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Submission history&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Historique des rendus&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Your history cannot be read: %1</source>
        <translation>Votre historique ne peut pas être lu&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Open an exercise under Exercises, prepare it and submit: every attempt is listed here with its evidence.</source>
        <translation>Rien n&apos;a encore été rendu. Ouvrez un exercice dans Exercices, préparez-le et rendez-le&#xa0;: chaque tentative est listée ici avec ses éléments.</translation>
    </message>
    <message>
        <source>Select an attempt to read its automatic evidence, your notes and, once released, your lecturer&apos;s feedback.</source>
        <translation>Sélectionnez une tentative pour lire ses éléments automatiques, vos notes et, après publication, le retour de votre enseignant.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No results have been released to you yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun résultat ne vous a encore été publié.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your profile fills in as your lecturers release marked work: where you stand in every dimension, and what, if anything, stands between you and adequacy.</source>
        <translation>Votre profil se remplit à mesure que vos enseignants publient les travaux corrigés&#xa0;: votre niveau dans chaque dimension et, le cas échéant, ce qui vous sépare d&apos;un résultat satisfaisant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not enough results yet to have a standing (%2 so far).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: pas encore assez de résultats pour établir un niveau (%2 pour l&apos;instant).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: you stand at %2, %3 below its threshold %4 (your last result: %5). What it covers: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: votre niveau est de&#xa0;%2, soit&#xa0;%3 sous son seuil de&#xa0;%4 (votre dernier résultat&#xa0;:&#xa0;%5). Ce que couvre cette dimension&#xa0;:&#xa0;%6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>this part of the rubric.</source>
        <translation>cette partie de la grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;Adequate now&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;Satisfaisant actuellement&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What blocks your adequacy now:&lt;/b&gt; nothing. Every dimension stands at its threshold at the same time.</source>
        <translation>&lt;b&gt;Ce qui bloque actuellement votre résultat satisfaisant&#xa0;:&lt;/b&gt; rien. Chaque dimension est à son seuil en même temps.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#a40000&apos;&gt;Not adequate yet — blocked by %1&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#a40000&apos;&gt;Pas encore satisfaisant — bloqué par&#xa0;%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What blocks your adequacy now&lt;/b&gt; (preparation is adequate only when every dimension meets its threshold at the same time; strength elsewhere does not make up for it):</source>
        <translation>&lt;b&gt;Ce qui bloque actuellement votre résultat satisfaisant&lt;/b&gt; (la préparation n&apos;est satisfaisante que si chaque dimension atteint son seuil en même temps&#xa0;; les points forts ailleurs ne compensent pas)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentScene</name>
    <message>
        <source>First pass: named, coloured and grouped every track, set the section markers. Now working through the findings.</source>
        <translation>Premier passage&#xa0;: toutes les pistes nommées, colorées et groupées, marqueurs de section placés. Je traite maintenant les constats.</translation>
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
        <translation>Il n&apos;existe aucun exercice fourni «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Assignment &quot;%1&quot; uses exercise %2, which cannot be opened: %3</source>
        <translation>Le devoir «&#xa0;%1&#xa0;» utilise l&apos;exercice&#xa0;%2, qui ne peut pas être ouvert&#xa0;:&#xa0;%3</translation>
    </message>
    <message>
        <source>Your draft could not be read from the database (%1). You start from the delivered session.</source>
        <translation>Votre brouillon n&apos;a pas pu être lu depuis la base de données (%1). Vous repartez de la session livrée.</translation>
    </message>
    <message>
        <source>your draft of %1</source>
        <translation>votre brouillon de&#xa0;%1</translation>
    </message>
    <message>
        <source>Restored your draft from %1.</source>
        <translation>Votre brouillon du&#xa0;%1 a été restauré.</translation>
    </message>
    <message>
        <source>it does not match this exercise&apos;s tracks</source>
        <translation>il ne correspond pas aux pistes de cet exercice</translation>
    </message>
    <message>
        <source>Your saved draft could not be used (%1). It is kept in %2; you start from the delivered session.</source>
        <translation>Votre brouillon enregistré n&apos;a pas pu être utilisé (%1). Il est conservé dans&#xa0;%2&#xa0;; vous repartez de la session livrée.</translation>
    </message>
    <message>
        <source>Your saved draft could not be used (%1), and no copy could be written to %2. It stays in the database until your next edit; you start from the delivered session.</source>
        <translation>Votre brouillon enregistré n&apos;a pas pu être utilisé (%1), et aucune copie n&apos;a pu être écrite dans&#xa0;%2. Il reste dans la base de données jusqu&apos;à votre prochaine modification&#xa0;; vous repartez de la session livrée.</translation>
    </message>
    <message>
        <source>Some waveforms cannot be drawn: %1</source>
        <translation>Certaines formes d&apos;onde ne peuvent pas être affichées&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Your preparation was not submitted: %1. Your draft is kept.</source>
        <translation>Votre préparation n&apos;a pas été rendue&#xa0;:&#xa0;%1. Votre brouillon est conservé.</translation>
    </message>
    <message>
        <source>the rubric cannot be read: %1</source>
        <translation>la grille d&apos;évaluation ne peut pas être lue&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>Checking attempt %1</source>
        <translation>Vérification de la tentative&#xa0;%1</translation>
    </message>
    <message>
        <source>checking was cancelled.</source>
        <translation>la vérification a été annulée.</translation>
    </message>
    <message>
        <source>the evidence could not be stored: %1</source>
        <translation>les éléments n&apos;ont pas pu être enregistrés&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>prepmark::SubmissionHistoryModel</name>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Adequate (mean %1)</source>
        <translation>Satisfaisant (moyenne&#xa0;%1)</translation>
    </message>
    <message>
        <source>Inadequate — blocked by %1</source>
        <translation>Non satisfaisant — bloqué par&#xa0;%1</translation>
    </message>
    <message>
        <source>Adequate (automatic)</source>
        <translation>Satisfaisant (automatique)</translation>
    </message>
    <message>
        <source>Blocked by %1 (automatic)</source>
        <translation>Bloqué par&#xa0;%1 (automatique)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>not released yet</source>
        <translation>pas encore publié</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Rendu le</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2, attempt %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 —&#xa0;%2, tentative&#xa0;%3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Verdict:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verdict&#xa0;:&lt;/b&gt;&#xa0;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Your lecturer&apos;s feedback&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Retour de votre enseignant&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No written feedback came with this result.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aucun retour écrit n&apos;accompagne ce résultat.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Your lecturer&apos;s feedback appears here once the result is released.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Le retour de votre enseignant apparaîtra ici dès la publication du résultat.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Automatic evidence&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Éléments automatiques&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No automatic evidence is stored with this attempt.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aucun élément automatique n&apos;est enregistré avec cette tentative.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau&#xa0;%1</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>enseignant uniquement</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Your notes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Vos notes&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;aucune&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>checked; your lecturer marks it</source>
        <translation>vérifié&#xa0;; votre enseignant le note</translation>
    </message>
</context>
<context>
    <name>prepmark::SubmissionPageHeader</name>
    <message>
        <source>← &amp;Queue</source>
        <translation>← &amp;File de correction</translation>
    </message>
</context>
<context>
    <name>prepmark::TaskProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>prepmark::TimelineRuler</name>
    <message>
        <source>%1 bpm · %2</source>
        <translation>%1 bpm ·&#xa0;%2</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Marqueurs</translation>
    </message>
    <message>
        <source>Markers (double-click to add)</source>
        <translation>Marqueurs (double-clic pour ajouter)</translation>
    </message>
    <message>
        <source>Rename marker</source>
        <translation>Renommer le marqueur</translation>
    </message>
    <message>
        <source>Section name:</source>
        <translation>Nom de la section&#xa0;:</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section&#xa0;%1</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackEditCommand</name>
    <message>
        <source>Rename %1</source>
        <translation>Renommer&#xa0;%1</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Colorer&#xa0;%1</translation>
    </message>
    <message>
        <source>Set the family of %1</source>
        <translation>Définir la famille de&#xa0;%1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grouper&#xa0;%1</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Router&#xa0;%1</translation>
    </message>
    <message>
        <source>Clip gain of %1</source>
        <translation>Gain de clip de&#xa0;%1</translation>
    </message>
    <message>
        <source>Flip the polarity of %1</source>
        <translation>Inverser la polarité de&#xa0;%1</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>Décaler&#xa0;%1</translation>
    </message>
    <message>
        <source>Fade in %1</source>
        <translation>Fade-in sur&#xa0;%1</translation>
    </message>
    <message>
        <source>Fade out %1</source>
        <translation>Fade-out sur&#xa0;%1</translation>
    </message>
    <message>
        <source>Keep %1 as intended</source>
        <translation>Conserver&#xa0;%1 tel quel</translation>
    </message>
    <message>
        <source>Reason to keep %1</source>
        <translation>Raison de conserver&#xa0;%1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackIssueMap</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackMoveCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Déplacer&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackTableDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(no colour)</source>
        <translation>(aucune couleur)</translation>
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
        <translation> éch.</translation>
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
        <translation>%1 éch. (%2 ms)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 — file %2 (delivered as &quot;%3&quot;)</source>
        <translation>%1 — fichier&#xa0;%2 (livré sous le nom «&#xa0;%3&#xa0;»)</translation>
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
        <translation>Piste</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
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
        <translation>Gain de clip</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
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
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Why it is kept</source>
        <translation>Raison de la conservation</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Mute for playback (not part of the preparation)</source>
        <translation>Mute pour la lecture (ne fait pas partie de la préparation)</translation>
    </message>
    <message>
        <source>Solo for playback (not part of the preparation)</source>
        <translation>Solo pour la lecture (ne fait pas partie de la préparation)</translation>
    </message>
    <message>
        <source>Track name; drag a row to reorder the session</source>
        <translation>Nom de la piste&#xa0;; faites glisser une ligne pour réordonner la session</translation>
    </message>
    <message>
        <source>Instrument family: sets the colour from the family palette</source>
        <translation>Famille d&apos;instruments&#xa0;: définit la couleur d&apos;après la palette de la famille</translation>
    </message>
    <message>
        <source>Track colour</source>
        <translation>Couleur de la piste</translation>
    </message>
    <message>
        <source>Folder or group the track sits in</source>
        <translation>Dossier ou groupe contenant la piste</translation>
    </message>
    <message>
        <source>Bus the track is routed to (empty: the mix bus)</source>
        <translation>Bus vers lequel la piste est routée (vide&#xa0;: le bus de mix)</translation>
    </message>
    <message>
        <source>Polarity flipped</source>
        <translation>Polarité inversée</translation>
    </message>
    <message>
        <source>Clip gain in dB</source>
        <translation>Gain de clip en dB</translation>
    </message>
    <message>
        <source>Time offset in samples (and milliseconds); negative moves earlier</source>
        <translation>Décalage temporel en échantillons (et en millisecondes)&#xa0;; une valeur négative avance la piste</translation>
    </message>
    <message>
        <source>Fade at the start of the audio</source>
        <translation>Fade au début de l&apos;audio</translation>
    </message>
    <message>
        <source>Fade at the end of the audio</source>
        <translation>Fade à la fin de l&apos;audio</translation>
    </message>
    <message>
        <source>Keep — this is intentional (the brief asks for it)</source>
        <translation>Conserver — c&apos;est intentionnel (le brief le demande)</translation>
    </message>
    <message>
        <source>Why the track&apos;s character is kept, for the mix engineer</source>
        <translation>Pourquoi le caractère de la piste est conservé, à l&apos;intention de l&apos;ingénieur de mixage</translation>
    </message>
    <message>
        <source>Removed from the session (empty, duplicate or unused)</source>
        <translation>Supprimée de la session (vide, en double ou inutilisée)</translation>
    </message>
</context>
<context>
    <name>prepmark::WaveformLanes</name>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
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
        <translation>conservée</translation>
    </message>
    <message>
        <source>waveform not loaded</source>
        <translation>forme d&apos;onde non chargée</translation>
    </message>
</context>
</TS>
