<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FeedbackSheetDocument</name>
    <message>
        <source>Your mean score is %1. It is shown for comparison only: it does not decide the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate. Every dimension meets its threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, threshold %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet adequate. Below threshold: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mean (%1) clears the pass line of %2, but preparation is adequate only when every dimension meets its threshold at the same time: strengths elsewhere do not make up for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback sheet · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean (for comparison only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimensions below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student: %1%2
Cohort: %3
Exercise: %4
Released: %5
Rubric: %6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dimensions against their thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The black mark on each bar is the dimension&apos;s threshold. Bars below their threshold are red, hatched and marked ▼.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecturer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No written feedback was released with this result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence from the automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic evidence was recorded for this submission: it was marked by your lecturers alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension / criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed levels come from the automatic checks; your lecturers decided the final marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackSheetExportAction</name>
    <message>
        <source>Folder for the feedback sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing feedback sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 sheets; the sheets written are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result of this assignment is released yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feedback sheet(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the feedback sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkingTexts</name>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue second marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second mark (blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous submission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeReportDocument</name>
    <message>
        <source>Programme outcome report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: none (no released results yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures are computed. Every figure comes from the released results of assessed assignments: the snapshot a student received, judged against the rubric version it was marked with, so a later change of thresholds never rewrites it. A resubmission counts once, with its latest released result. A result is adequate only when every dimension meets its threshold at the same time (conjunctive rule). Attainment of a dimension is the share of results at or above its threshold. A dimension blocks a result when it is below its threshold; it blocks it alone when it is the only one. A masked failure is an inadequate result whose mean clears the pass line: an averaged grade would have passed it. A learning outcome is attained in a result when every dimension mapped to it meets its threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: page %1 of %2 pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released results of %2 students in assessed assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation is adequate only when every dimension meets its threshold at the same time. This report shows, per cohort and academic year, how often that happened, which dimensions stood in the way, and which failures an averaged grade would have hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequate (every dimension at threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked failures (mean passes, verdict fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students with results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend across academic years: adequacy and attainment per dimension (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate (all dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of results at or above each dimension&apos;s threshold, by academic year. Adequacy needs all of them at once, so it can be no higher than the lowest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results at threshold, by dimension and academic year (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of results at threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many results each dimension blocked (below its threshold), and how many it blocked alone: the fail attribution. A result can be blocked by several dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results blocked by each dimension, by academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: blocks / alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years: blocks / alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked failures: what an averaged grade would have hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by 1 dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by 3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of inadequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A masked failure&apos;s mean clears the pass line while at least one dimension is below its threshold. These are the students a compensatory (averaged) grade would have passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning outcomes and dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has no learning outcomes mapped to rubric dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rubric dimensions evidence each programme learning outcome (✓), and the share of results in which every mapped dimension meets its threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cohort: results at threshold by dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeReportHtml</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequate (every dimension at threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked failures (mean passes, verdict fails)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students with results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend across academic years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cohort and dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning outcomes and dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PrepMark: mix preparation practice and assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database, build every page offscreen, exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the main window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the demo user to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: window size, e.g. 1280x760.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the staff page to show: results, queue, marking, moderation, dashboard or programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --page marking|moderation: the submission to open (default: the first suitable one in the queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --page dashboard: the cohort to show (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language for this run: de, en, es or fr (default: the one chosen in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrepMark cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. In German and French put a space before %.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::BlockingChartView</name>
    <message>
        <source>Students each dimension blocks (of %1 with agreed results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::CohortDashboardPage</name>
    <message>
        <source>&amp;Cohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF feedback sheet for every released submission of this assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on a student to open the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below the threshold (hatched, ▼)  %2 within the near-threshold band above it  %3 %4 above it, deeper further above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequate: every dimension at its threshold (%1 enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked failures: an averaged grade would pass them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed by one dimension alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students near a threshold: second-marking candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdicts another policy would change (compensatory passes %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed results for %1 yet: marking is in progress. %2 students are enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::CohortHeatmapModel</name>
    <message>
        <source>%1 (%2): open the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4 above the threshold %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4 below the threshold %5: blocks adequacy%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (alone: the only dimension below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensatory mean, beside the verdict, never instead of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadequate · masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked failure: the mean clears the pass line, so an averaged grade would pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
≥ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::CohortResultsModel</name>
    <message>
        <source>not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 above the threshold %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 below the threshold %4 — this blocks adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compensatory mean, shown beside the verdict, never instead of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean %1 clears the pass line %2, so an averaged grade would pass this student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::CohortResultsPage</name>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cohort on the left to see its students against every dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cohort has no assignments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students are enrolled in this cohort yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; students have agreed results · &lt;b&gt;%3 adequate&lt;/b&gt; · &lt;b&gt;%4 inadequate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;b&gt;%1 masked failures&lt;/b&gt; (an averaged grade would pass them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students blocked by each dimension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreed results yet: marking is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::CommentBankWidget</name>
    <message>
        <source>&lt;b&gt;Comment bank&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a comment to add it to the remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save remark to &amp;bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the comment bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with every marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to your comment bank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::CriterionComparisonTable</name>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::CriterionPanel</name>
    <message>
        <source>Automatic evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remark for the student on this criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a criterion in the grid.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5a6570&apos;&gt;%1&lt;/span&gt;&lt;br&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;%2&lt;/b&gt; &lt;span style=&apos;color:#5a6570&apos;&gt;· weight %3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look at:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Level %1 · %2&lt;/b&gt;%3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic evidence for this criterion: it is the marker&apos;s judgement alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisional level &lt;b&gt;%1 · %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provisional level: the marker decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✓ Accepted&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;Overridden with level %1: say why in the remark.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Remark&lt;/b&gt; &lt;span style=&apos;color:#a40000&apos;&gt;— required: this overrides the automatic level&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Remark&lt;/b&gt; (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::DashboardDetailTabs</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed by this alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fail attribution&lt;/b&gt; — students failed by one dimension alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Masked failures&lt;/b&gt;: the mean clears the pass line but the verdict is inadequate. An averaged grade would have passed these students.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Near the threshold&lt;/b&gt;: scores within the rubric&apos;s band of the line, closest first — candidates for second marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conjunctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjacent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(2,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean difference from co-marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Marker severity&lt;/b&gt; (negative: stricter than the markers they were paired with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inadequate ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of &lt;b&gt;%1&lt;/b&gt; students with agreed results: &lt;b&gt;%2&lt;/b&gt; adequate under the conjunctive policy (PrepMark&apos;s), &lt;b&gt;%3&lt;/b&gt; under the compensatory mean ≥ %4, &lt;b&gt;%5&lt;/b&gt; under the hybrid policy (mean ≥ %4, every dimension ≥ %6, required: %7). &lt;b&gt;%8&lt;/b&gt; students change verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt of this assignment has two complete markings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over &lt;b&gt;%1&lt;/b&gt; double-marked attempts (pairs of criterion levels per dimension). The markers agree on adequacy in &lt;b&gt;%2&lt;/b&gt; of them (Cohen&apos;s κ %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::DimensionBarsWidget</name>
    <message>
        <source>No scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::LiveVerdictPanel</name>
    <message>
        <source>&lt;b style=&apos;font-size:13pt&apos;&gt;Verdict: not yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 criteria marked; the verdict appears when every dimension has a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;Already below threshold: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:13pt;color:#1b5e20&apos;&gt;✓ Adequate&lt;/b&gt; · mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:13pt;color:#a40000&apos;&gt;✗ Inadequate&lt;/b&gt; — blocked by %1 · mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 criteria marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Masked failure:&lt;/b&gt; the mean clears %1, so an averaged grade would pass this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::LoginDialog</name>
    <message>
        <source>Sign in to PrepMark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;PrepMark&lt;/h2&gt;&lt;p&gt;Mix preparation practice and assessment.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo database. Every demo account&apos;s password is &quot;%1&quot;; double-click an account to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::MainWindow</name>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Released results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lecturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrepMark — %1 (%2) — %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PrepMark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PrepMark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PrepMark %1&lt;/h3&gt;&lt;p&gt;Mix preparation practice and assessment.&lt;/p&gt;&lt;p&gt;Preparation is adequate only when every dimension meets its threshold at the same time. The mean is shown beside the verdict, never instead of it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingPage</name>
    <message>
        <source>← &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall &amp;feedback&lt;/b&gt; for the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the student did well, what blocks adequacy, and what to do next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the marks (Ctrl+Return). Every criterion needs a level, and every override of an automatic level a remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Submission %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3 · &lt;span style=&apos;color:#5a6570&apos;&gt;%4&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second marker · blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first marker&apos;s marks stay hidden until you complete yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved draft could not be read and is kept as it is: %1. Marking here starts a new sheet, which replaces it when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mark sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You completed this marking on %1. It is shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; has no level&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; overrides the automatic level: add a remark saying why&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;and %n more&lt;/li&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not complete yet:&lt;/b&gt;&lt;ul style=&apos;margin:2px 0&apos;&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now waits for the blind second marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markers are within tolerance: agree the scores next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markers differ beyond tolerance or on adequacy: it goes to moderation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice work is marked once: the result is agreed and can be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Marking complete&lt;/b&gt; — %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingQueueModel</name>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (marking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingQueuePage</name>
    <message>
        <source>C&amp;ohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;my tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide student names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous marking. Blind-marked assignments hide names until release anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; submissions · &lt;b&gt;%2&lt;/b&gt; to mark · &lt;b&gt;%3&lt;/b&gt; to moderate · &lt;b&gt;%4&lt;/b&gt; to agree · &lt;b&gt;%5&lt;/b&gt; to release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::ModerationPage</name>
    <message>
        <source>← &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Dimension scores side by side&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion levels and remarks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Markers&apos; feedback&lt;/b&gt; (first · second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict of the agreed scores&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record agreed scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease to the student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no feedback visible yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrepMark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason&lt;/b&gt; for the agreed scores (required; kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt; on the agreement (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record moderated scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their scores differ by more than %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one finds the work adequate and the other does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean of their scores would reverse the verdict they agree on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Moderation needed:&lt;/b&gt; %1. As moderator, record the agreed scores and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the markers disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreed scores recorded.&lt;/b&gt; The result can now be released to the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Released.&lt;/b&gt; The student now sees this result; it is kept as a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::ProgrammeReportPage</name>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as printed: title page, charts, tables, page numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per cohort and dimension, for spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One self-contained web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no programme in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cohorts, %2 released results of assessed assignments, %3 adequate; %4 masked failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme-report-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the programme report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
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
    <name>prepmark::ReportPreviewWidget</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::RubricGridDelegate</name>
    <message>
        <source>AUTO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::RubricGridModel</name>
    <message>
        <source>%1 — not marked yet (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 ▼ below the threshold %3: blocks adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 meets the threshold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides auto %1 — remark needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides auto %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto %1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto suggests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2)
What to look at: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, level %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::ScoreComparisonTable</name>
    <message>
        <source>no marker yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden (blind marking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ⚠ beyond %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed score for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict (every dimension at its threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inadequate ▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::SessionInspectorWidget</name>
    <message>
        <source>&lt;b&gt;Student&apos;s notes for the mix engineer&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waveforms and analysis issues&lt;/b&gt;&lt;br&gt;Not available for this attempt: PrepMark does not yet store the analysed session with a submission, so there are no waveforms or detected issues to show. Listen to the student&apos;s session in your DAW and mark from the rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attempt %1&lt;/b&gt;, submitted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared session&lt;/b&gt;&lt;br&gt;No prepared session is stored with this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared session&lt;/b&gt; (as stored; no track list in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Prepared session&lt;/b&gt;: %n track(s), as stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once; numbers and dates follow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::StaffHomePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not teaching any cohort yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::StandingChartsWidget</name>
    <message>
        <source>most recent score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decaying average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times at threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: points are your scores, the solid line your standing (%2), the dashed line the threshold %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::StudentHomePage</name>
    <message>
        <source>&lt;b&gt;Released results&lt;/b&gt; — select one to see it above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save feedback sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No results have been released to you yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your lecturers release a marked submission, your five dimensions and your verdict appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;%1: Adequate&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dimension meets its threshold. Mean %1, shown for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#a40000&apos;&gt;%1: Inadequate — blocked by %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation is adequate only when every dimension meets its threshold at the same time. Raise %1 to its threshold to become adequate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mean (%1) would pass under an averaged grade, but excellence elsewhere does not make up for this dimension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prepmark::StudentProfilePage</name>
    <message>
        <source>&lt;h2&gt;Your profile&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standing by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decaying average (newest counts 65%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of all results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice at threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No results have been released to you yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile fills in as your lecturers release marked work: where you stand in every dimension, and what, if anything, stands between you and adequacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not enough results yet to have a standing (%2 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: you stand at %2, %3 below its threshold %4 (your last result: %5). What it covers: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this part of the rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;Adequate now&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What blocks your adequacy now:&lt;/b&gt; nothing. Every dimension stands at its threshold at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#a40000&apos;&gt;Not adequate yet — blocked by %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What blocks your adequacy now&lt;/b&gt; (preparation is adequate only when every dimension meets its threshold at the same time; strength elsewhere does not make up for it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
