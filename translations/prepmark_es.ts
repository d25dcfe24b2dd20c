<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>FeedbackSheetDocument</name>
    <message>
        <source>Your mean score is %1. It is shown for comparison only: it does not decide the verdict.</source>
        <translation>Su puntuación media es %1. Se muestra solo a modo de comparación: no decide el veredicto.</translation>
    </message>
    <message>
        <source>Adequate. Every dimension meets its threshold.</source>
        <translation>Adecuado. Todas las dimensiones alcanzan su umbral.</translation>
    </message>
    <message>
        <source>%1 (%2, threshold %3)</source>
        <translation>%1 (%2, umbral %3)</translation>
    </message>
    <message>
        <source>Not yet adequate. Below threshold: %1.</source>
        <translation>Aún no adecuado. Por debajo del umbral: %1.</translation>
    </message>
    <message>
        <source>Your mean (%1) clears the pass line of %2, but preparation is adequate only when every dimension meets its threshold at the same time: strengths elsewhere do not make up for this.</source>
        <translation>Su media (%1) supera la nota de aprobado de %2, pero la preparación solo es adecuada cuando todas las dimensiones alcanzan su umbral a la vez: los puntos fuertes en otras dimensiones no lo compensan.</translation>
    </message>
    <message>
        <source>Feedback sheet · %1 · %2</source>
        <translation>Hoja de retroalimentación · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Feedback: %1</source>
        <translation>Retroalimentación: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuado</translation>
    </message>
    <message>
        <source>Not yet adequate</source>
        <translation>Aún no adecuado</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredicto</translation>
    </message>
    <message>
        <source>mean (for comparison only)</source>
        <translation>media (solo a modo de comparación)</translation>
    </message>
    <message>
        <source>dimensions below threshold</source>
        <translation>dimensiones por debajo del umbral</translation>
    </message>
    <message>
        <source>Student: %1%2
Cohort: %3
Exercise: %4
Released: %5
Rubric: %6 (%7)</source>
        <translation>Estudiante: %1%2
Cohorte: %3
Ejercicio: %4
Publicado: %5
Rúbrica: %6 (%7)</translation>
    </message>
    <message>
        <source>Your dimensions against their thresholds</source>
        <translation>Sus dimensiones frente a sus umbrales</translation>
    </message>
    <message>
        <source>The black mark on each bar is the dimension&apos;s threshold. Bars below their threshold are red, hatched and marked ▼.</source>
        <translation>La marca negra de cada barra es el umbral de la dimensión. Las barras por debajo de su umbral aparecen en rojo, rayadas y marcadas con ▼.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>meets threshold</source>
        <translation>alcanza el umbral</translation>
    </message>
    <message>
        <source>below threshold</source>
        <translation>por debajo del umbral</translation>
    </message>
    <message>
        <source>Lecturer feedback</source>
        <translation>Retroalimentación del profesor</translation>
    </message>
    <message>
        <source>No written feedback was released with this result.</source>
        <translation>No se publicó retroalimentación escrita con este resultado.</translation>
    </message>
    <message>
        <source>Evidence from the automatic checks</source>
        <translation>Evidencias de las comprobaciones automáticas</translation>
    </message>
    <message>
        <source>No automatic evidence was recorded for this submission: it was marked by your lecturers alone.</source>
        <translation>No se registraron evidencias automáticas para esta entrega: la corrigieron únicamente sus profesores.</translation>
    </message>
    <message>
        <source>Dimension / criterion</source>
        <translation>Dimensión / criterio</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Nivel propuesto</translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation>Lo que detectaron las comprobaciones</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>solo el profesor</translation>
    </message>
    <message>
        <source>Proposed levels come from the automatic checks; your lecturers decided the final marks.</source>
        <translation>Los niveles propuestos proceden de las comprobaciones automáticas; sus profesores decidieron las calificaciones finales.</translation>
    </message>
</context>
<context>
    <name>FeedbackSheetExportAction</name>
    <message>
        <source>Folder for the feedback sheets</source>
        <translation>Carpeta para las hojas de retroalimentación</translation>
    </message>
    <message>
        <source>Writing feedback sheets…</source>
        <translation>Escribiendo las hojas de retroalimentación…</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Hojas de retroalimentación</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 sheets; the sheets written are complete.</source>
        <translation>Cancelado tras %1 de %2 hojas; las hojas ya escritas están completas.</translation>
    </message>
    <message>
        <source>No result of this assignment is released yet.</source>
        <translation>Todavía no se ha publicado ningún resultado de esta tarea.</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback sheet(s) written to %1.</source>
        <translation>
            <numerusform>%n hoja de retroalimentación escrita en %1.</numerusform>
            <numerusform>%n hojas de retroalimentación escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback sheet</source>
        <translation>Hoja de retroalimentación</translation>
    </message>
    <message>
        <source>Save the feedback sheet</source>
        <translation>Guardar la hoja de retroalimentación</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>MarkingTexts</name>
    <message>
        <source>Continue marking</source>
        <translation>Continuar la corrección</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Continue second marking</source>
        <translation>Continuar la segunda corrección</translation>
    </message>
    <message>
        <source>Second mark (blind)</source>
        <translation>Segunda corrección (ciega)</translation>
    </message>
    <message>
        <source>Agree scores</source>
        <translation>Acordar puntuaciones</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderar</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Anonymous submission %1</source>
        <translation>Entrega anónima %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>first marker</source>
        <translation>primer corrector</translation>
    </message>
    <message>
        <source>second marker</source>
        <translation>segundo corrector</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
</context>
<context>
    <name>ProgrammeReportDocument</name>
    <message>
        <source>Programme outcome report</source>
        <translation>Informe de resultados del programa</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, versión %3)</translation>
    </message>
    <message>
        <source>Rubric: none (no released results yet)</source>
        <translation>Rúbrica: ninguna (aún no hay resultados publicados)</translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation>Rúbrica: %1</translation>
    </message>
    <message>
        <source>How the figures are computed. Every figure comes from the released results of assessed assignments: the snapshot a student received, judged against the rubric version it was marked with, so a later change of thresholds never rewrites it. A resubmission counts once, with its latest released result. A result is adequate only when every dimension meets its threshold at the same time (conjunctive rule). Attainment of a dimension is the share of results at or above its threshold. A dimension blocks a result when it is below its threshold; it blocks it alone when it is the only one. A masked failure is an inadequate result whose mean clears the pass line: an averaged grade would have passed it. A learning outcome is attained in a result when every dimension mapped to it meets its threshold.</source>
        <translation>Cómo se calculan las cifras. Todas las cifras proceden de los resultados publicados de tareas evaluables: la instantánea que recibió el estudiante, valorada con la versión de la rúbrica con la que se corrigió, de modo que un cambio posterior de umbrales nunca la reescribe. Una reentrega cuenta una sola vez, con su último resultado publicado. Un resultado es adecuado solo cuando todas las dimensiones alcanzan su umbral a la vez (regla conjuntiva). El logro de una dimensión es la proporción de resultados que alcanzan o superan su umbral. Una dimensión bloquea un resultado cuando está por debajo de su umbral; lo bloquea en solitario cuando es la única. Un suspenso enmascarado es un resultado no adecuado cuya media supera la nota de aprobado: una nota promediada lo habría aprobado. Un resultado de aprendizaje se logra en un resultado cuando todas las dimensiones asociadas a él alcanzan su umbral.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer: page %1 of %2 pages.</extracomment>
        <translation>Página %1 de %2</translation>
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
        <translation>Cohortes: %1</translation>
    </message>
    <message>
        <source>%1 released results of %2 students in assessed assignments</source>
        <translation>%1 resultados publicados de %2 estudiantes en tareas evaluables</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Preparation is adequate only when every dimension meets its threshold at the same time. This report shows, per cohort and academic year, how often that happened, which dimensions stood in the way, and which failures an averaged grade would have hidden.</source>
        <translation>La preparación solo es adecuada cuando todas las dimensiones alcanzan su umbral a la vez. Este informe muestra, por cohorte y curso académico, con qué frecuencia ocurrió, qué dimensiones lo impidieron y qué suspensos habría ocultado una nota promediada.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>released results</source>
        <translation>resultados publicados</translation>
    </message>
    <message>
        <source>adequate (every dimension at threshold)</source>
        <translation>adecuados (todas las dimensiones en su umbral)</translation>
    </message>
    <message>
        <source>masked failures (mean passes, verdict fails)</source>
        <translation>suspensos enmascarados (la media aprueba, el veredicto suspende)</translation>
    </message>
    <message>
        <source>students with results</source>
        <translation>estudiantes con resultados</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Curso académico</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuados</translation>
    </message>
    <message>
        <source>Adequacy rate</source>
        <translation>Tasa de adecuación</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Suspensos enmascarados</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>Trend across academic years: adequacy and attainment per dimension (%)</source>
        <translation>Evolución por cursos académicos: adecuación y logro por dimensión (%)</translation>
    </message>
    <message>
        <source>Adequate (all dimensions)</source>
        <translation>Adecuados (todas las dimensiones)</translation>
    </message>
    <message>
        <source>% of results</source>
        <translation>% de resultados</translation>
    </message>
    <message>
        <source>Attainment per dimension</source>
        <translation>Logro por dimensión</translation>
    </message>
    <message>
        <source>The share of results at or above each dimension&apos;s threshold, by academic year. Adequacy needs all of them at once, so it can be no higher than the lowest.</source>
        <translation>La proporción de resultados que alcanzan o superan el umbral de cada dimensión, por curso académico. La adecuación exige todas a la vez, por lo que no puede ser mayor que la más baja.</translation>
    </message>
    <message>
        <source>Results at threshold, by dimension and academic year (%)</source>
        <translation>Resultados en el umbral, por dimensión y curso académico (%)</translation>
    </message>
    <message>
        <source>% of results at threshold</source>
        <translation>% de resultados en el umbral</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>What blocks adequacy</source>
        <translation>Qué bloquea la adecuación</translation>
    </message>
    <message>
        <source>How many results each dimension blocked (below its threshold), and how many it blocked alone: the fail attribution. A result can be blocked by several dimensions.</source>
        <translation>Cuántos resultados bloqueó cada dimensión (por debajo de su umbral) y cuántos bloqueó en solitario: la atribución del suspenso. Un resultado puede estar bloqueado por varias dimensiones.</translation>
    </message>
    <message>
        <source>Results blocked by each dimension, by academic year</source>
        <translation>Resultados bloqueados por cada dimensión, por curso académico</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>%1: blocks / alone</source>
        <translation>%1: bloqueos / en solitario</translation>
    </message>
    <message>
        <source>All years: blocks / alone</source>
        <translation>Todos los cursos: bloqueos / en solitario</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Masked failures: what an averaged grade would have hidden</source>
        <translation>Suspensos enmascarados: lo que una nota promediada habría ocultado</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>No adecuados</translation>
    </message>
    <message>
        <source>Blocked by 1 dimension</source>
        <translation>Bloqueados por 1 dimensión</translation>
    </message>
    <message>
        <source>by 2</source>
        <translation>por 2</translation>
    </message>
    <message>
        <source>by 3 or more</source>
        <translation>por 3 o más</translation>
    </message>
    <message>
        <source>Share of inadequate</source>
        <translation>Proporción de no adecuados</translation>
    </message>
    <message>
        <source>A masked failure&apos;s mean clears the pass line while at least one dimension is below its threshold. These are the students a compensatory (averaged) grade would have passed.</source>
        <translation>En un suspenso enmascarado, la media supera la nota de aprobado mientras al menos una dimensión está por debajo de su umbral. Son los estudiantes que una nota compensatoria (promediada) habría aprobado.</translation>
    </message>
    <message>
        <source>Learning outcomes and dimensions</source>
        <translation>Resultados de aprendizaje y dimensiones</translation>
    </message>
    <message>
        <source>The programme has no learning outcomes mapped to rubric dimensions.</source>
        <translation>El programa no tiene resultados de aprendizaje asociados a dimensiones de la rúbrica.</translation>
    </message>
    <message>
        <source>Which rubric dimensions evidence each programme learning outcome (✓), and the share of results in which every mapped dimension meets its threshold.</source>
        <translation>Qué dimensiones de la rúbrica evidencian cada resultado de aprendizaje del programa (✓) y la proporción de resultados en los que todas las dimensiones asociadas alcanzan su umbral.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado de aprendizaje</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Per cohort: results at threshold by dimension</source>
        <translation>Por cohorte: resultados en el umbral por dimensión</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
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
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>released results</source>
        <translation>resultados publicados</translation>
    </message>
    <message>
        <source>adequate (every dimension at threshold)</source>
        <translation>adecuados (todas las dimensiones en su umbral)</translation>
    </message>
    <message>
        <source>masked failures (mean passes, verdict fails)</source>
        <translation>suspensos enmascarados (la media aprueba, el veredicto suspende)</translation>
    </message>
    <message>
        <source>students with results</source>
        <translation>estudiantes con resultados</translation>
    </message>
    <message>
        <source>Trend across academic years</source>
        <translation>Evolución por cursos académicos</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Curso académico</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuados</translation>
    </message>
    <message>
        <source>Adequacy rate</source>
        <translation>Tasa de adecuación</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Suspensos enmascarados</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los cursos</translation>
    </message>
    <message>
        <source>Per cohort and dimension</source>
        <translation>Por cohorte y dimensión</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>At threshold</source>
        <translation>En el umbral</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Blocks alone</source>
        <translation>Bloqueos en solitario</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>Learning outcomes and dimensions</source>
        <translation>Resultados de aprendizaje y dimensiones</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado de aprendizaje</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensiones</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>PrepMark: mix preparation practice and assessment.</source>
        <translation>PrepMark: práctica y evaluación de la preparación para mezcla.</translation>
    </message>
    <message>
        <source>Open the database, build every page offscreen, exit.</source>
        <translation>Abrir la base de datos, construir todas las páginas fuera de pantalla y salir.</translation>
    </message>
    <message>
        <source>Save a screenshot of the main window and exit.</source>
        <translation>Guardar una captura de pantalla de la ventana principal y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: window size, e.g. 1280x760.</source>
        <translation>Con --screenshot: tamaño de la ventana, p. ej., 1280x760.</translation>
    </message>
    <message>
        <source>With --page marking|moderation: the submission to open (default: the first suitable one in the queue).</source>
        <translation>Con --page marking|moderation: la entrega que se abre (predeterminado: la primera apropiada de la cola).</translation>
    </message>
    <message>
        <source>With --page dashboard: the cohort to show (default: the first).</source>
        <translation>Con --page dashboard: la cohorte que se muestra (predeterminado: la primera).</translation>
    </message>
    <message>
        <source>The interface language for this run: de, en, es or fr (default: the one chosen in Settings).</source>
        <translation>El idioma de la interfaz para esta ejecución: de, en, es o fr (predeterminado: el elegido en Configuración).</translation>
    </message>
    <message>
        <source>PrepMark cannot open its database</source>
        <translation>PrepMark no puede abrir su base de datos</translation>
    </message>
    <message>
        <source>With --page exercise|workbench: the exercise to open (default: rock-highway-static).</source>
        <translation>Con --page exercise|workbench: el ejercicio que se abre (predeterminado: rock-highway-static).</translation>
    </message>
    <message>
        <source>With --page workbench: render only BARS bars of every section.</source>
        <translation>Con --page workbench: renderizar solo BARS compases de cada sección.</translation>
    </message>
    <message>
        <source>The database: a file (default: %1) or a department server, postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>La base de datos: un archivo (predeterminado: %1) o un servidor del departamento, postgresql://USER@HOST:PORT/DBNAME.</translation>
    </message>
    <message>
        <source>With --screenshot: the demo user to sign in as (with --page signin: the user name typed).</source>
        <translation>Con --screenshot: el usuario de demostración con el que iniciar sesión (con --page signin: el nombre de usuario escrito).</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show; signin: the sign-in dialog; staff: results, queue, marking, moderation, dashboard, programme or accounts; students: exercises, exercise, workbench, profile or results.</source>
        <translation>Con --screenshot: la página que se muestra; signin: el diálogo de inicio de sesión; profesorado: results, queue, marking, moderation, dashboard, programme o accounts; estudiantes: exercises, exercise, workbench, profile o results.</translation>
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
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>lecturer</source>
        <translation>profesor</translation>
    </message>
    <message>
        <source>programme leader</source>
        <translation>coordinador del programa</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>SignInText</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask your PrepMark administrator to enable it.</source>
        <translation>La cuenta «%1» está desactivada. Pida a su administrador de PrepMark que la active.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this user name: it may sign in again at %1.</source>
        <translation>Demasiados intentos fallidos con este nombre de usuario: podrá volver a iniciar sesión a las %1.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may sign in to the server, but the database %2 has no PrepMark account for it. Ask your PrepMark administrator to create the account.</source>
        <translation>«%1» puede iniciar sesión en el servidor, pero la base de datos %2 no tiene ninguna cuenta de PrepMark para ese usuario. Pida a su administrador de PrepMark que cree la cuenta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not use the database %2 on this server. Ask your PrepMark administrator to create your account there.</source>
        <translation>«%1» no puede usar la base de datos %2 de este servidor. Pida a su administrador de PrepMark que cree allí su cuenta.</translation>
    </message>
    <message>
        <source>The database %1 is older than this PrepMark and must be migrated before anyone can use it. Ask the server&apos;s administrator to run `prepmark-cli db migrate`. (%2)</source>
        <translation>La base de datos %1 es más antigua que este PrepMark y debe migrarse antes de que nadie pueda usarla. Pida al administrador del servidor que ejecute `prepmark-cli db migrate`. (%2)</translation>
    </message>
    <message>
        <source>The database %1 is newer than this PrepMark: install the PrepMark version your department uses. (%2)</source>
        <translation>La base de datos %1 es más reciente que este PrepMark: instale la versión de PrepMark que usa su departamento. (%2)</translation>
    </message>
    <message>
        <source>The server has no database &quot;%1&quot;. Check the database name under Server….</source>
        <translation>El servidor no tiene ninguna base de datos «%1». Compruebe el nombre de la base de datos en «Servidor…».</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer. Ask its administrator. (%2)</source>
        <translation>El servidor %1 no acepta conexiones desde este equipo. Consulte a su administrador. (%2)</translation>
    </message>
    <message>
        <source>This PrepMark cannot sign in to servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Este PrepMark no puede iniciar sesión en servidores: falta el controlador PostgreSQL de Qt (paquete de Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the server %1. Check the host, port or socket folder under Server…, and that this computer&apos;s network may reach it. (%2)</source>
        <translation>No se puede acceder al servidor %1. Compruebe el host, el puerto o la carpeta del socket en «Servidor…» y que la red de este equipo pueda llegar a él. (%2)</translation>
    </message>
    <message>
        <source>Cannot sign in to %1: %2</source>
        <translation>No se puede iniciar sesión en %1: %2</translation>
    </message>
</context>
<context>
    <name>SubmissionStatusText</name>
    <message>
        <source>not marked</source>
        <translation>sin corregir</translation>
    </message>
    <message>
        <source>in marking</source>
        <translation>en corrección</translation>
    </message>
    <message>
        <source>first marked</source>
        <translation>primera corrección hecha</translation>
    </message>
    <message>
        <source>second marked</source>
        <translation>segunda corrección hecha</translation>
    </message>
    <message>
        <source>needs moderation</source>
        <translation>requiere moderación</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordado</translation>
    </message>
    <message>
        <source>released</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Sin entregar</translation>
    </message>
    <message>
        <source>Result released</source>
        <translation>Resultado publicado</translation>
    </message>
    <message>
        <source>Submitted, waiting for marking</source>
        <translation>Entregado, pendiente de corrección</translation>
    </message>
    <message>
        <source>Submitted, being marked</source>
        <translation>Entregado, en corrección</translation>
    </message>
</context>
<context>
    <name>prepmark</name>
    <message>
        <source>clipping</source>
        <translation>clipping</translation>
    </message>
    <message>
        <source>true peak over</source>
        <translation>true peak excedido</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>DC offset</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>polaridad</translation>
    </message>
    <message>
        <source>time offset</source>
        <translation>desfase temporal</translation>
    </message>
    <message>
        <source>sample rate</source>
        <translation>frecuencia de muestreo</translation>
    </message>
    <message>
        <source>bit depth</source>
        <translation>profundidad de bits</translation>
    </message>
    <message>
        <source>low bit depth</source>
        <translation>profundidad de bits baja</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>silencio inicial</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <source>click</source>
        <translation>clic</translation>
    </message>
    <message>
        <source>dual mono</source>
        <translation>mono dual</translation>
    </message>
    <message>
        <source>one side silent</source>
        <translation>un canal en silencio</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
</context>
<context>
    <name>prepmark::AccountsModel</name>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
</context>
<context>
    <name>prepmark::AccountsPage</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>user name, name, role, email or student number</source>
        <translation>nombre de usuario, nombre, rol, correo electrónico o número de estudiante</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>Cuenta &amp;nueva…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Establecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de clase…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot;.</source>
        <translation>Se ha creado la cuenta «%1».</translation>
    </message>
    <message>
        <source>Created the account &quot;%1&quot;; it cannot sign in until a password is set.</source>
        <translation>Se ha creado la cuenta «%1»; no podrá iniciar sesión hasta que se establezca una contraseña.</translation>
    </message>
    <message>
        <source>Set a new password for &quot;%1&quot;.</source>
        <translation>Se ha establecido una nueva contraseña para «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not changed: %2</source>
        <translation>La cuenta «%1» no se ha modificado: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may sign in again.</source>
        <translation>La cuenta «%1» puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is disabled and can no longer sign in.</source>
        <translation>La cuenta «%1» está desactivada y ya no puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>prepmark::AssignedExercisesModel</name>
    <message>
        <source>Assessed</source>
        <translation>Evaluable</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de entrega</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>not released yet</source>
        <translation>aún no publicado</translation>
    </message>
    <message>
        <source>Adequate (mean %1)</source>
        <translation>Adecuado (media %1)</translation>
    </message>
    <message>
        <source>Inadequate — blocked by %1</source>
        <translation>No adecuado — bloqueado por %1</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Latest verdict</source>
        <translation>Último veredicto</translation>
    </message>
</context>
<context>
    <name>prepmark::AttemptFeedbackPage</name>
    <message>
        <source>%1 of %2 tracks renamed, %3 coloured</source>
        <translation>%1 de %2 pistas renombradas, %3 coloreadas</translation>
    </message>
    <message>
        <source>Tracks reordered</source>
        <translation>Pistas reordenadas</translation>
    </message>
    <message>
        <source>Track order as delivered</source>
        <translation>Orden de pistas tal como se entregó</translation>
    </message>
    <message>
        <source>%1 in folders, %2 routed to buses</source>
        <translation>%1 en carpetas, %2 enrutadas a buses</translation>
    </message>
    <message numerus="yes">
        <source>%n polarity flip(s)</source>
        <translation>
            <numerusform>%n inversión de polaridad</numerusform>
            <numerusform>%n inversiones de polaridad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 clip gain change(s), %2 time offset(s), %3 track(s) with fades</source>
        <translation>%1 cambio(s) de ganancia de clip, %2 desplazamiento(s) temporal(es), %3 pista(s) con fades</translation>
    </message>
    <message>
        <source>%1 track(s) removed, %2 kept as intended</source>
        <translation>%1 pista(s) eliminada(s), %2 conservada(s) de forma intencionada</translation>
    </message>
    <message numerus="yes">
        <source>%n section marker(s)</source>
        <translation>
            <numerusform>%n marcador de sección</numerusform>
            <numerusform>%n marcadores de sección</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes: %1 of 5 sections written</source>
        <translation>Notas: %1 de 5 apartados redactados</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Submitted: attempt %1 of %2&lt;/h2&gt;&lt;p&gt;Your prepared session and notes are stored and sent to your lecturer for marking. The result appears in your profile once it is released.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Entregado: intento %1 de %2&lt;/h2&gt;&lt;p&gt;Su sesión preparada y sus notas se han guardado y enviado a su profesor para su corrección. El resultado aparecerá en su perfil cuando se publique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Attempt %1 of %2 is stored&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;El intento %1 de %2 se ha guardado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What your preparation changes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Qué cambia su preparación&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your notes for the mix engineer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sus notas para el ingeniero de mezcla&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No notes were written.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No se redactaron notas.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back to &amp;exercises</source>
        <translation>Volver a los &amp;ejercicios</translation>
    </message>
    <message>
        <source>&amp;Keep preparing</source>
        <translation>&amp;Seguir preparando</translation>
    </message>
    <message>
        <source>Open the workbench again from this attempt</source>
        <translation>Volver a abrir la mesa de trabajo a partir de este intento</translation>
    </message>
    <message>
        <source>provisional level %1 of %2</source>
        <translation>nivel provisional %1 de %2</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>solo el profesor</translation>
    </message>
    <message>
        <source>&lt;p&gt;No dimension could be judged automatically: your lecturer judges every criterion.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se pudo valorar automáticamente ninguna dimensión: su profesor valora todos los criterios.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1e6b34&apos;&gt;Every automatically judged dimension meets its threshold&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1e6b34&apos;&gt;Todas las dimensiones valoradas automáticamente alcanzan su umbral&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 (%2, threshold %3)</source>
        <translation>%1 (%2, umbral %3)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Not adequate yet: %n dimension(s) block adequacy&lt;/h3&gt;&lt;p&gt;%1. Preparation is adequate only when every dimension meets its threshold at the same time; a strong dimension does not make up for a weak one.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Aún no adecuado: %n dimensión bloquea la adecuación&lt;/h3&gt;&lt;p&gt;%1. La preparación solo es adecuada cuando todas las dimensiones alcanzan su umbral a la vez; una dimensión fuerte no compensa una débil.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3 style=&apos;color:#8a1c1c&apos;&gt;Aún no adecuado: %n dimensiones bloquean la adecuación&lt;/h3&gt;&lt;p&gt;%1. La preparación solo es adecuada cuando todas las dimensiones alcanzan su umbral a la vez; una dimensión fuerte no compensa una débil.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Dimension&lt;/th&gt;&lt;th&gt;Provisional score&lt;/th&gt;&lt;th&gt;Threshold&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=&apos;left&apos;&gt;Dimensión&lt;/th&gt;&lt;th&gt;Puntuación provisional&lt;/th&gt;&lt;th&gt;Umbral&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>meets it</source>
        <translation>lo alcanza</translation>
    </message>
    <message>
        <source>blocks adequacy</source>
        <translation>bloquea la adecuación</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=&apos;center&apos; colspan=&apos;2&apos;&gt;lecturer only&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=&apos;center&apos; colspan=&apos;2&apos;&gt;solo el profesor&lt;/td&gt;&lt;td&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you missed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Lo que ha pasado por alto&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing: every judged criterion is at its dimension&apos;s threshold.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Nada: todos los criterios valorados alcanzan el umbral de su dimensión.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What you fixed&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Lo que ha corregido&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No judged criterion reaches its dimension&apos;s threshold yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ningún criterio valorado alcanza todavía el umbral de su dimensión.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lecturer only&lt;/h3&gt;&lt;p&gt;No automatic check can judge these; your lecturer marks them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Solo el profesor&lt;/h3&gt;&lt;p&gt;Ninguna comprobación automática puede valorar estos criterios; los corrige su profesor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking your preparation…&lt;/b&gt; PrepMark renders your prepared stems, analyses them and grades them against the rubric.</source>
        <translation>&lt;b&gt;Comprobando su preparación…&lt;/b&gt; PrepMark renderiza sus stems preparados, los analiza y los califica según la rúbrica.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic evidence stored for your lecturer.&lt;/b&gt; %1 criteria were checked automatically and %2 are left to your lecturer; the evidence is stored with your submission and shown on the marking page. Your result appears in your profile once it is released.</source>
        <translation>&lt;b&gt;Evidencias automáticas guardadas para su profesor.&lt;/b&gt; Se comprobaron automáticamente %1 criterios y %2 quedan a cargo de su profesor; las evidencias se guardan con su entrega y se muestran en la página de corrección. Su resultado aparecerá en su perfil cuando se publique.</translation>
    </message>
    <message>
        <source>no dimension could be judged automatically</source>
        <translation>no se pudo valorar automáticamente ninguna dimensión</translation>
    </message>
    <message>
        <source>every automatically judged dimension meets its threshold</source>
        <translation>todas las dimensiones valoradas automáticamente alcanzan su umbral</translation>
    </message>
    <message>
        <source>not adequate yet</source>
        <translation>aún no adecuado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checked: %1.&lt;/b&gt; %2 criteria judged automatically (provisional levels, not a mark), %3 lecturer only.</source>
        <translation>&lt;b&gt;Comprobado: %1.&lt;/b&gt; %2 criterios valorados automáticamente (niveles provisionales, no una calificación), %3 solo por el profesor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your attempt is stored, but it was not checked automatically:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Su intento se ha guardado, pero no se comprobó automáticamente:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>prepmark::BlockingChartView</name>
    <message>
        <source>Students each dimension blocks (of %1 with agreed results)</source>
        <translation>Estudiantes que bloquea cada dimensión (de %1 con resultados acordados)</translation>
    </message>
    <message>
        <source>Blocks adequacy</source>
        <translation>Bloquea la adecuación</translation>
    </message>
    <message>
        <source>Blocks it alone</source>
        <translation>La bloquea en solitario</translation>
    </message>
    <message>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortDashboardPage</name>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Feedback sheets…</source>
        <translation>&amp;Hojas de retroalimentación…</translation>
    </message>
    <message>
        <source>A PDF feedback sheet for every released submission of this assignment.</source>
        <translation>Una hoja de retroalimentación en PDF por cada entrega publicada de esta tarea.</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a student to open the submission.</source>
        <translation>Haga doble clic o pulse Intro sobre un estudiante para abrir la entrega.</translation>
    </message>
    <message>
        <source>%1 below the threshold (hatched, ▼)  %2 within the near-threshold band above it  %3 %4 above it, deeper further above</source>
        <translation>%1 por debajo del umbral (rayado, ▼)  %2 dentro de la franja cercana por encima del umbral  %3 %4 por encima, más intenso cuanto más por encima</translation>
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
        <translation>adecuados: todas las dimensiones en su umbral (%1 matriculados)</translation>
    </message>
    <message>
        <source>masked failures: an averaged grade would pass them</source>
        <translation>suspensos enmascarados: una nota promediada los aprobaría</translation>
    </message>
    <message>
        <source>failed by one dimension alone</source>
        <translation>suspendidos por una sola dimensión</translation>
    </message>
    <message>
        <source>students near a threshold: second-marking candidates</source>
        <translation>estudiantes cerca de un umbral: candidatos a segunda corrección</translation>
    </message>
    <message>
        <source>verdicts another policy would change (compensatory passes %1)</source>
        <translation>veredictos que otra política cambiaría (la compensatoria aprueba %1)</translation>
    </message>
    <message>
        <source>No agreed results for %1 yet: marking is in progress. %2 students are enrolled.</source>
        <translation>Aún no hay resultados acordados para %1: la corrección está en curso. Hay %2 estudiantes matriculados.</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortHeatmapModel</name>
    <message>
        <source>%1 (%2): open the submission</source>
        <translation>%1 (%2): abrir la entrega</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4 above the threshold %5</source>
        <translation>%1 — %2: %3, %4 por encima del umbral %5</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4 below the threshold %5: blocks adequacy%6</source>
        <translation>%1 — %2: %3, %4 por debajo del umbral %5: bloquea la adecuación%6</translation>
    </message>
    <message>
        <source> (alone: the only dimension below)</source>
        <translation> (en solitario: la única dimensión por debajo)</translation>
    </message>
    <message>
        <source>The compensatory mean, beside the verdict, never instead of it.</source>
        <translation>La media compensatoria, junto al veredicto, nunca en su lugar.</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuado</translation>
    </message>
    <message>
        <source>Inadequate · masked</source>
        <translation>No adecuado · enmascarado</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>No adecuado</translation>
    </message>
    <message>
        <source>Masked failure: the mean clears the pass line, so an averaged grade would pass.</source>
        <translation>Suspenso enmascarado: la media supera la nota de aprobado, así que una nota promediada aprobaría.</translation>
    </message>
    <message>
        <source>%1 — threshold %2</source>
        <translation>%1 — umbral %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>%1
≥ %2</source>
        <translation>%1
≥ %2</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortResultsModel</name>
    <message>
        <source>not submitted</source>
        <translation>sin entregar</translation>
    </message>
    <message>
        <source>%1: %2, %3 above the threshold %4</source>
        <translation>%1: %2, %3 por encima del umbral %4</translation>
    </message>
    <message>
        <source>%1: %2, %3 below the threshold %4 — this blocks adequacy</source>
        <translation>%1: %2, %3 por debajo del umbral %4 — esto bloquea la adecuación</translation>
    </message>
    <message>
        <source>The compensatory mean, shown beside the verdict, never instead of it.</source>
        <translation>La media compensatoria, mostrada junto al veredicto, nunca en su lugar.</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuado</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>No adecuado</translation>
    </message>
    <message>
        <source>masked</source>
        <translation>enmascarado</translation>
    </message>
    <message>
        <source>The mean %1 clears the pass line %2, so an averaged grade would pass this student.</source>
        <translation>La media %1 supera la nota de aprobado %2, así que una nota promediada aprobaría a este estudiante.</translation>
    </message>
    <message>
        <source>%1 — threshold %2</source>
        <translation>%1 — umbral %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqueado por</translation>
    </message>
    <message>
        <source>Masked</source>
        <translation>Enmascarado</translation>
    </message>
    <message>
        <source>hidden until release (blind marking)</source>
        <translation>oculto hasta la publicación (corrección ciega)</translation>
    </message>
</context>
<context>
    <name>prepmark::CohortResultsPage</name>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>Choose a cohort on the left to see its students against every dimension.</source>
        <translation>Elija una cohorte a la izquierda para ver a sus estudiantes en cada dimensión.</translation>
    </message>
    <message>
        <source>This cohort has no assignments yet.</source>
        <translation>Esta cohorte aún no tiene tareas.</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de entrega</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (entrega: %2)</translation>
    </message>
    <message>
        <source>No students are enrolled in this cohort yet.</source>
        <translation>Aún no hay estudiantes matriculados en esta cohorte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; students have agreed results · &lt;b&gt;%3 adequate&lt;/b&gt; · &lt;b&gt;%4 inadequate&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 de %2&lt;/b&gt; estudiantes tienen resultados acordados · &lt;b&gt;%3 adecuados&lt;/b&gt; · &lt;b&gt;%4 no adecuados&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;b&gt;%1 masked failures&lt;/b&gt; (an averaged grade would pass them)</source>
        <translation> · &lt;b&gt;%1 suspensos enmascarados&lt;/b&gt; (una nota promediada los aprobaría)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Students blocked by each dimension: %1</source>
        <translation>Estudiantes bloqueados por cada dimensión: %1</translation>
    </message>
    <message>
        <source>No agreed results yet: marking is in progress.</source>
        <translation>Aún no hay resultados acordados: la corrección está en curso.</translation>
    </message>
</context>
<context>
    <name>prepmark::CommentBankWidget</name>
    <message>
        <source>&lt;b&gt;Comment bank&lt;/b&gt;</source>
        <translation>&lt;b&gt;Banco de comentarios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click a comment to add it to the remark.</source>
        <translation>Haga doble clic en un comentario para añadirlo a la observación.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>Save remark to &amp;bank</source>
        <translation>Guardar observación en el &amp;banco</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Removed from the comment bank.</source>
        <translation>Eliminado del banco de comentarios.</translation>
    </message>
    <message>
        <source>Shared with every marker</source>
        <translation>Compartido con todos los correctores</translation>
    </message>
    <message>
        <source>Your own comment</source>
        <translation>Comentario propio</translation>
    </message>
    <message>
        <source>Saved to your comment bank.</source>
        <translation>Guardado en su banco de comentarios.</translation>
    </message>
</context>
<context>
    <name>prepmark::ConflictBar</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation>La de la otra persona (guardada ahora)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Su versión (sin guardar)</translation>
    </message>
    <message>
        <source>&amp;Reload (take theirs)</source>
        <translation>&amp;Recargar (tomar la otra)</translation>
    </message>
    <message>
        <source>Show what is stored now; your unsaved change is dropped.</source>
        <translation>Muestra lo que está guardado ahora; su cambio sin guardar se descarta.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar la mía</translation>
    </message>
    <message>
        <source>Write your version over theirs. The overwrite is recorded in the audit log with your name.</source>
        <translation>Escribir su versión sobre la otra. La sobrescritura queda registrada en el registro de auditoría con su nombre.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>&lt;b&gt;You saved a newer version of this on %1&lt;/b&gt;, in another window or on another computer. Nothing was saved here.</source>
        <translation>&lt;b&gt;Usted guardó una versión más reciente el %1&lt;/b&gt;, en otra ventana o en otro ordenador. Aquí no se guardó nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed this on %2&lt;/b&gt;, after you opened it. Nothing was saved here.</source>
        <translation>&lt;b&gt;%1 cambió esto el %2&lt;/b&gt;, después de que usted lo abriera. Aquí no se guardó nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you opened was removed&lt;/b&gt; (last saved by %1 on %2). Nothing was saved here.</source>
        <translation>&lt;b&gt;Lo que usted abrió fue eliminado&lt;/b&gt; (guardado por última vez por %1 el %2). Aquí no se guardó nada.</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>corrector</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is already the %2&lt;/b&gt; of this submission (since %3). Your sheet was not saved.</source>
        <translation>&lt;b&gt;%1 ya es %2&lt;/b&gt; de esta entrega (desde %3). Su hoja no se guardó.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You completed this marking on %1&lt;/b&gt;, in another window or on another computer. Nothing was saved here.</source>
        <translation>&lt;b&gt;Usted completó esta corrección el %1&lt;/b&gt;, en otra ventana o en otro ordenador. Aquí no se guardó nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 completed this marking on %2.&lt;/b&gt; Nothing was saved here.</source>
        <translation>&lt;b&gt;%1 completó esta corrección el %2.&lt;/b&gt; Aquí no se guardó nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The student handed in a new attempt&lt;/b&gt; on %1; this page shows the earlier one. Nothing was saved here.</source>
        <translation>&lt;b&gt;El estudiante entregó un nuevo intento&lt;/b&gt; el %1; esta página muestra el anterior. Aquí no se guardó nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 released this result on %2.&lt;/b&gt; A released result is a snapshot; nothing was saved here.</source>
        <translation>&lt;b&gt;%1 publicó este resultado el %2.&lt;/b&gt; Un resultado publicado es una instantánea; aquí no se guardó nada.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
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
        <translation>Criterio</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segunda</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1st: %1</source>
        <translation>1.ª: %1</translation>
    </message>
    <message>
        <source>2nd: %1</source>
        <translation>2.ª: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::CriterionPanel</name>
    <message>
        <source>Automatic evidence</source>
        <translation>Evidencias automáticas</translation>
    </message>
    <message>
        <source>A remark for the student on this criterion…</source>
        <translation>Una observación para el estudiante sobre este criterio…</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a criterion in the grid.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija un criterio en la cuadrícula.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5a6570&apos;&gt;%1&lt;/span&gt;&lt;br&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;%2&lt;/b&gt; &lt;span style=&apos;color:#5a6570&apos;&gt;· weight %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5a6570&apos;&gt;%1&lt;/span&gt;&lt;br&gt;&lt;b style=&apos;font-size:13pt&apos;&gt;%2&lt;/b&gt; &lt;span style=&apos;color:#5a6570&apos;&gt;· peso %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to look at:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Qué observar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level %1 · %2&lt;/b&gt;%3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Nivel %1 · %2&lt;/b&gt;%3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source> — given</source>
        <translation> — asignado</translation>
    </message>
    <message>
        <source>No automatic evidence for this criterion: it is the marker&apos;s judgement alone.</source>
        <translation>No hay evidencias automáticas para este criterio: depende únicamente del juicio del corrector.</translation>
    </message>
    <message>
        <source>Provisional level &lt;b&gt;%1 · %2&lt;/b&gt;</source>
        <translation>Nivel provisional &lt;b&gt;%1 · %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No provisional level: the marker decides.</source>
        <translation>Sin nivel provisional: decide el corrector.</translation>
    </message>
    <message>
        <source>&amp;Accept level %1</source>
        <translation>&amp;Aceptar el nivel %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✓ Accepted&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;✓ Aceptado&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;Overridden with level %1: say why in the remark.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a40000&apos;&gt;Sustituido por el nivel %1: explique el motivo en la observación.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Aún sin decidir.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Remark&lt;/b&gt; &lt;span style=&apos;color:#a40000&apos;&gt;— required: this overrides the automatic level&lt;/span&gt;</source>
        <translation>&lt;b&gt;&amp;Observación&lt;/b&gt; &lt;span style=&apos;color:#a40000&apos;&gt;— obligatoria: sustituye al nivel automático&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Remark&lt;/b&gt; (optional)</source>
        <translation>&lt;b&gt;&amp;Observación&lt;/b&gt; (opcional)</translation>
    </message>
</context>
<context>
    <name>prepmark::DashboardDetailTabs</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Failed by this alone</source>
        <translation>Suspendido solo por esta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Below by</source>
        <translation>Por debajo en</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fail attribution&lt;/b&gt; — students failed by one dimension alone:</source>
        <translation>&lt;b&gt;Atribución del suspenso&lt;/b&gt; — estudiantes suspendidos por una sola dimensión:</translation>
    </message>
    <message>
        <source>What blocks</source>
        <translation>Qué bloquea</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqueado por</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masked failures&lt;/b&gt;: the mean clears the pass line but the verdict is inadequate. An averaged grade would have passed these students.</source>
        <translation>&lt;b&gt;Suspensos enmascarados&lt;/b&gt;: la media supera la nota de aprobado, pero el veredicto es no adecuado. Una nota promediada habría aprobado a estos estudiantes.</translation>
    </message>
    <message>
        <source>Masked failures</source>
        <translation>Suspensos enmascarados</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Near the threshold&lt;/b&gt;: scores within the rubric&apos;s band of the line, closest first — candidates for second marking.</source>
        <translation>&lt;b&gt;Cerca del umbral&lt;/b&gt;: puntuaciones dentro de la franja de la rúbrica en torno al umbral, las más cercanas primero — candidatos a segunda corrección.</translation>
    </message>
    <message>
        <source>Near threshold</source>
        <translation>Cerca del umbral</translation>
    </message>
    <message>
        <source>Conjunctive</source>
        <translation>Conjuntiva</translation>
    </message>
    <message>
        <source>Compensatory</source>
        <translation>Compensatoria</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation>Comparación de políticas</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacta</translation>
    </message>
    <message>
        <source>Adjacent</source>
        <translation>Adyacente</translation>
    </message>
    <message>
        <source>Weighted κ</source>
        <translation>κ ponderada</translation>
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
        <translation>Corrector</translation>
    </message>
    <message>
        <source>Double-marked</source>
        <translation>Con doble corrección</translation>
    </message>
    <message>
        <source>Mean difference from co-marker</source>
        <translation>Diferencia media con el otro corrector</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marker severity&lt;/b&gt; (negative: stricter than the markers they were paired with)</source>
        <translation>&lt;b&gt;Severidad del corrector&lt;/b&gt; (negativa: más estricto que los correctores con los que se emparejó)</translation>
    </message>
    <message>
        <source>Marker agreement</source>
        <translation>Concordancia entre correctores</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>adecuado</translation>
    </message>
    <message>
        <source>inadequate ▼</source>
        <translation>no adecuado ▼</translation>
    </message>
    <message>
        <source>Of &lt;b&gt;%1&lt;/b&gt; students with agreed results: &lt;b&gt;%2&lt;/b&gt; adequate under the conjunctive policy (PrepMark&apos;s), &lt;b&gt;%3&lt;/b&gt; under the compensatory mean ≥ %4, &lt;b&gt;%5&lt;/b&gt; under the hybrid policy (mean ≥ %4, every dimension ≥ %6, required: %7). &lt;b&gt;%8&lt;/b&gt; students change verdict:</source>
        <translation>De &lt;b&gt;%1&lt;/b&gt; estudiantes con resultados acordados: &lt;b&gt;%2&lt;/b&gt; adecuados con la política conjuntiva (la de PrepMark), &lt;b&gt;%3&lt;/b&gt; con la media compensatoria ≥ %4, &lt;b&gt;%5&lt;/b&gt; con la política híbrida (media ≥ %4, todas las dimensiones ≥ %6, obligatorias: %7). &lt;b&gt;%8&lt;/b&gt; estudiantes cambian de veredicto:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1%2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>No attempt of this assignment has two complete markings yet.</source>
        <translation>Ningún intento de esta tarea tiene aún dos correcciones completas.</translation>
    </message>
    <message>
        <source>Over &lt;b&gt;%1&lt;/b&gt; double-marked attempts (pairs of criterion levels per dimension). The markers agree on adequacy in &lt;b&gt;%2&lt;/b&gt; of them (Cohen&apos;s κ %3).</source>
        <translation>En &lt;b&gt;%1&lt;/b&gt; intentos con doble corrección (pares de niveles de criterio por dimensión). Los correctores coinciden en la adecuación en &lt;b&gt;%2&lt;/b&gt; de ellos (κ de Cohen %3).</translation>
    </message>
</context>
<context>
    <name>prepmark::DimensionBarsWidget</name>
    <message>
        <source>No scores yet</source>
        <translation>Aún no hay puntuaciones</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloquea</translation>
    </message>
</context>
<context>
    <name>prepmark::ExerciseLibraryModel</name>
    <message>
        <source>Not tried yet</source>
        <translation>Aún sin intentar</translation>
    </message>
    <message>
        <source>Submitted, not graded</source>
        <translation>Entregado, sin calificar</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuado</translation>
    </message>
    <message>
        <source>Blocked by %1</source>
        <translation>Bloqueado por %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Difficulty %1 of 3</source>
        <translation>Dificultad %1 de 3</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Su progreso</translation>
    </message>
</context>
<context>
    <name>prepmark::ExercisePage</name>
    <message>
        <source>← &amp;Exercises</source>
        <translation>← &amp;Ejercicios</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 · %3 · difficulty %4 of 3 · %5 bpm %6 · %7 · %n track(s) delivered&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 · %3 · dificultad %4 de 3 · %5 bpm %6 · %7 · %n pista entregada&lt;/p&gt;</numerusform>
            <numerusform>&lt;h2 style=&apos;margin-bottom:0&apos;&gt;%1&lt;/h2&gt;&lt;p style=&apos;color:#5a6570; margin-top:2px&apos;&gt;%2 · %3 · dificultad %4 de 3 · %5 bpm %6 · %7 · %n pistas entregadas&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice.&lt;/b&gt; Submit as often as you like: each attempt is checked at once and shows what you fixed, what you missed, and which dimension blocks adequacy.</source>
        <translation>&lt;b&gt;Práctica.&lt;/b&gt; Entregue tantas veces como quiera: cada intento se comprueba al momento y muestra lo que ha corregido, lo que ha pasado por alto y qué dimensión bloquea la adecuación.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>entrega: %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de entrega</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assessed: %1&lt;/b&gt; (%2). Your submission and its automatic evidence go to your lecturer; the result appears in your profile once it is released.</source>
        <translation>&lt;b&gt;Evaluable: %1&lt;/b&gt; (%2). Su entrega y sus evidencias automáticas se envían a su profesor; el resultado aparecerá en su perfil cuando se publique.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assignment: %1&lt;/b&gt; (%2).</source>
        <translation>&lt;b&gt;Tarea: %1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The artist&apos;s brief&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;El encargo del artista&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Artist&apos;s notes&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Notas del artista&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>%1 (bar %2)</source>
        <translation>%1 (compás %2)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Arrangement&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Arreglo&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Delivered files&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Archivos entregados&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open the session in the workbench</source>
        <translation>&amp;Abrir la sesión en la mesa de trabajo</translation>
    </message>
    <message>
        <source>Renders the session the first time (a few seconds), then opens it from the cache</source>
        <translation>Renderiza la sesión la primera vez (unos segundos) y después la abre desde la caché</translation>
    </message>
    <message>
        <source>Preparing the session of %1</source>
        <translation>Preparando la sesión de %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: open the session again when you are ready.</source>
        <translation>Cancelado. No se ha perdido nada: vuelva a abrir la sesión cuando esté preparado.</translation>
    </message>
    <message>
        <source>The session could not be prepared: %1</source>
        <translation>No se pudo preparar la sesión: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::ExerciseSessionLoader</name>
    <message>
        <source>Rendering the session of %1…</source>
        <translation>Renderizando la sesión de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n stem(s)…</source>
        <translation>
            <numerusform>Analizando %n stem…</numerusform>
            <numerusform>Analizando %n stems…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the waveforms…</source>
        <translation>Leyendo las formas de onda…</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled</source>
        <translation>Se canceló la carga de %1</translation>
    </message>
</context>
<context>
    <name>prepmark::FindingsList</name>
    <message>
        <source>whole file</source>
        <translation>todo el archivo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Where (file time)</source>
        <translation>Dónde (tiempo del archivo)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n finding(s))</source>
        <translation>
            <numerusform>%1 (%n hallazgo)</numerusform>
            <numerusform>%1 (%n hallazgos)</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and at</source>
        <translation>  … y en</translation>
    </message>
    <message>
        <source>The analysis found nothing to point at.</source>
        <translation>El análisis no encontró nada que señalar.</translation>
    </message>
</context>
<context>
    <name>prepmark::IssueLegend</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hover a mark for details</source>
        <translation>Pase el puntero sobre una marca para ver los detalles</translation>
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
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Pair: polarity / offset</source>
        <translation>Par: polaridad / desfase</translation>
    </message>
    <message>
        <source>Noise between phrases</source>
        <translation>Ruido entre frases</translation>
    </message>
    <message>
        <source>Whole-file finding</source>
        <translation>Hallazgo en todo el archivo</translation>
    </message>
</context>
<context>
    <name>prepmark::LiveVerdictPanel</name>
    <message>
        <source>&lt;b style=&apos;font-size:13pt&apos;&gt;Verdict: not yet&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;font-size:13pt&apos;&gt;Veredicto: todavía no&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 criteria marked; the verdict appears when every dimension has a mark.</source>
        <translation>%1 de %2 criterios corregidos; el veredicto aparece cuando todas las dimensiones tienen calificación.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;Already below threshold: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a40000&apos;&gt;Ya por debajo del umbral: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:13pt;color:#1b5e20&apos;&gt;✓ Adequate&lt;/b&gt; · mean %1</source>
        <translation>&lt;b style=&apos;font-size:13pt;color:#1b5e20&apos;&gt;✓ Adecuado&lt;/b&gt; · media %1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:13pt;color:#a40000&apos;&gt;✗ Inadequate&lt;/b&gt; — blocked by %1 · mean %2</source>
        <translation>&lt;b style=&apos;font-size:13pt;color:#a40000&apos;&gt;✗ No adecuado&lt;/b&gt; — bloqueado por %1 · media %2</translation>
    </message>
    <message>
        <source>%1 of %2 criteria marked.</source>
        <translation>%1 de %2 criterios corregidos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masked failure:&lt;/b&gt; the mean clears %1, so an averaged grade would pass this.</source>
        <translation>&lt;b&gt;Suspenso enmascarado:&lt;/b&gt; la media supera %1, así que una nota promediada lo aprobaría.</translation>
    </message>
</context>
<context>
    <name>prepmark::LoginDialog</name>
    <message>
        <source>Sign in to PrepMark</source>
        <translation>Iniciar sesión en PrepMark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PrepMark&lt;/h2&gt;&lt;p&gt;Mix preparation practice and assessment.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;PrepMark&lt;/h2&gt;&lt;p&gt;Práctica y evaluación de la preparación para mezcla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>This is the demo database. Every demo account&apos;s password is &quot;%1&quot;; double-click an account to use it.</source>
        <translation>Esta es la base de datos de demostración. La contraseña de todas las cuentas de demostración es «%1»; haga doble clic en una cuenta para usarla.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Servidor…</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Este &amp;equipo</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>Creando la base de datos de demostración…</translation>
    </message>
    <message>
        <source>Signs in to the demo database on this computer: %1</source>
        <translation>Inicia sesión en la base de datos de demostración de este equipo: %1</translation>
    </message>
    <message>
        <source>Signs in to the database on this computer: %1</source>
        <translation>Inicia sesión en la base de datos de este equipo: %1</translation>
    </message>
    <message>
        <source>Signs in to the server %1</source>
        <translation>Inicia sesión en el servidor %1</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
</context>
<context>
    <name>prepmark::MainWindow</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Released results</source>
        <translation>&amp;Resultados publicados</translation>
    </message>
    <message>
        <source>demo database</source>
        <translation>base de datos de demostración</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>PrepMark — %1 (%2) — %3 %4</source>
        <translation>PrepMark — %1 (%2) — %3 %4</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2: %3</source>
        <translation>Sesión iniciada como %1 · %2: %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About PrepMark</source>
        <translation>&amp;Acerca de PrepMark</translation>
    </message>
    <message>
        <source>About PrepMark</source>
        <translation>Acerca de PrepMark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PrepMark %1&lt;/h3&gt;&lt;p&gt;Mix preparation practice and assessment.&lt;/p&gt;&lt;p&gt;Preparation is adequate only when every dimension meets its threshold at the same time. The mean is shown beside the verdict, never instead of it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PrepMark %1&lt;/h3&gt;&lt;p&gt;Práctica y evaluación de la preparación para mezcla.&lt;/p&gt;&lt;p&gt;La preparación solo es adecuada cuando todas las dimensiones alcanzan su umbral a la vez. La media se muestra junto al veredicto, nunca en su lugar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Ejercicios</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi con&amp;traseña…</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Se ha cambiado su contraseña.</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingPage</name>
    <message>
        <source>&lt;b&gt;Overall &amp;feedback&lt;/b&gt; for the student</source>
        <translation>&lt;b&gt;&amp;Retroalimentación general&lt;/b&gt; para el estudiante</translation>
    </message>
    <message>
        <source>What the student did well, what blocks adequacy, and what to do next…</source>
        <translation>Lo que el estudiante hizo bien, lo que bloquea la adecuación y qué hacer a continuación…</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Complete marking</source>
        <translation>&amp;Finalizar la corrección</translation>
    </message>
    <message>
        <source>Store the marks (Ctrl+Return). Every criterion needs a level, and every override of an automatic level a remark.</source>
        <translation>Guardar las calificaciones (Ctrl+Return). Cada criterio necesita un nivel, y cada sustitución de un nivel automático, una observación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submission %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entrega %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3 · &lt;span style=&apos;color:#5a6570&apos;&gt;%4&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · intento %3 · &lt;span style=&apos;color:#5a6570&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>First marker</source>
        <translation>Primer corrector</translation>
    </message>
    <message>
        <source>Second marker · blind</source>
        <translation>Segundo corrector · corrección ciega</translation>
    </message>
    <message>
        <source>The first marker&apos;s marks stay hidden until you complete yours.</source>
        <translation>Las calificaciones del primer corrector permanecen ocultas hasta que usted complete las suyas.</translation>
    </message>
    <message>
        <source>Your saved draft could not be read and is kept as it is: %1. Marking here starts a new sheet, which replaces it when it is saved.</source>
        <translation>No se pudo leer su borrador guardado y se conserva tal cual: %1. Corregir aquí inicia una hoja nueva, que lo sustituirá al guardarse.</translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation>Borrador del %1</translation>
    </message>
    <message>
        <source>New mark sheet</source>
        <translation>Hoja de corrección nueva</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Usted: %1</translation>
    </message>
    <message>
        <source>You completed this marking on %1. It is shown read-only.</source>
        <translation>Completó esta corrección el %1. Se muestra en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Cambios sin guardar…</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Borrador no guardado</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Borrador guardado a las %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; has no level&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; no tiene nivel&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; overrides the automatic level: add a remark saying why&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; sustituye al nivel automático: añada una observación que explique el motivo&lt;/li&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;li&gt;and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;y %n más&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;y %n más&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not complete yet:&lt;/b&gt;&lt;ul style=&apos;margin:2px 0&apos;&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Aún no está completa:&lt;/b&gt;&lt;ul style=&apos;margin:2px 0&apos;&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>It now waits for the blind second marking.</source>
        <translation>Ahora queda a la espera de la segunda corrección ciega.</translation>
    </message>
    <message>
        <source>The markers are within tolerance: agree the scores next.</source>
        <translation>Los correctores están dentro de la tolerancia: acuerde ahora las puntuaciones.</translation>
    </message>
    <message>
        <source>The markers differ beyond tolerance or on adequacy: it goes to moderation.</source>
        <translation>Los correctores difieren más allá de la tolerancia o en la adecuación: pasa a moderación.</translation>
    </message>
    <message>
        <source>Practice work is marked once: the result is agreed and can be released.</source>
        <translation>Los trabajos de práctica se corrigen una sola vez: el resultado queda acordado y se puede publicar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marking complete&lt;/b&gt; — %1. %2</source>
        <translation>&lt;b&gt;Corrección completada&lt;/b&gt; — %1. %2</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Sin guardar: cambiado en otro lugar</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Recargado</translation>
    </message>
    <message>
        <source>Your sheet could not be kept: %1</source>
        <translation>Su hoja no se pudo conservar: %1</translation>
    </message>
    <message>
        <source>Your draft kept %1</source>
        <translation>Su borrador se conservó a las %1</translation>
    </message>
    <message>
        <source>Your sheet was kept over the other one; the audit log records the overwrite.</source>
        <translation>Su hoja se conservó sobre la otra; el registro de auditoría recoge la sobrescritura.</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingQueueModel</name>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 (marking)</source>
        <translation>%1 (corrigiendo)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>First marker</source>
        <translation>Primer corrector</translation>
    </message>
    <message>
        <source>Second marker</source>
        <translation>Segundo corrector</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Su tarea pendiente</translation>
    </message>
</context>
<context>
    <name>prepmark::MarkingQueuePage</name>
    <message>
        <source>C&amp;ohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>A&amp;ssignment:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Only &amp;my tasks</source>
        <translation>Solo &amp;mis tareas pendientes</translation>
    </message>
    <message>
        <source>&amp;Hide student names</source>
        <translation>&amp;Ocultar los nombres de los estudiantes</translation>
    </message>
    <message>
        <source>Anonymous marking. Blind-marked assignments hide names until release anyway.</source>
        <translation>Corrección anónima. Las tareas con corrección ciega ocultan los nombres hasta la publicación en cualquier caso.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>All my cohorts</source>
        <translation>Todas mis cohortes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All assignments</source>
        <translation>Todas las tareas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; submissions · &lt;b&gt;%2&lt;/b&gt; to mark · &lt;b&gt;%3&lt;/b&gt; to moderate · &lt;b&gt;%4&lt;/b&gt; to agree · &lt;b&gt;%5&lt;/b&gt; to release</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; entregas · &lt;b&gt;%2&lt;/b&gt; por corregir · &lt;b&gt;%3&lt;/b&gt; por moderar · &lt;b&gt;%4&lt;/b&gt; por acordar · &lt;b&gt;%5&lt;/b&gt; por publicar</translation>
    </message>
</context>
<context>
    <name>prepmark::ModerationPage</name>
    <message>
        <source>&lt;b&gt;Dimension scores side by side&lt;/b&gt;</source>
        <translation>&lt;b&gt;Puntuaciones de las dimensiones en paralelo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion levels and remarks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Niveles de los criterios y observaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Markers&apos; feedback&lt;/b&gt; (first · second)</source>
        <translation>&lt;b&gt;Retroalimentación de los correctores&lt;/b&gt; (primero · segundo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdict of the agreed scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veredicto de las puntuaciones acordadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Record agreed scores</source>
        <translation>&amp;Registrar las puntuaciones acordadas</translation>
    </message>
    <message>
        <source>Re&amp;lease to the student</source>
        <translation>&amp;Publicar para el estudiante</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · attempt %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · intento %3</translation>
    </message>
    <message>
        <source>%1: no feedback visible yet</source>
        <translation>%1: aún no hay retroalimentación visible</translation>
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
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Marked once</source>
        <translation>Corregido una vez</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2, %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; por %2, %3: %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason&lt;/b&gt; for the agreed scores (required; kept in the audit log)</source>
        <translation>&lt;b&gt;Motivo&lt;/b&gt; de las puntuaciones acordadas (obligatorio; se conserva en el registro de auditoría)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note&lt;/b&gt; on the agreement (optional)</source>
        <translation>&lt;b&gt;Nota&lt;/b&gt; sobre el acuerdo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Record moderated scores</source>
        <translation>&amp;Registrar las puntuaciones moderadas</translation>
    </message>
    <message>
        <source>their scores differ by more than %1 on %2</source>
        <translation>sus puntuaciones difieren en más de %1 en %2</translation>
    </message>
    <message>
        <source>one finds the work adequate and the other does not</source>
        <translation>uno considera el trabajo adecuado y el otro no</translation>
    </message>
    <message>
        <source>the mean of their scores would reverse the verdict they agree on</source>
        <translation>la media de sus puntuaciones invertiría el veredicto en el que coinciden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Moderation needed:&lt;/b&gt; %1. As moderator, record the agreed scores and why.</source>
        <translation>&lt;b&gt;Se requiere moderación:&lt;/b&gt; %1. Como moderador, registre las puntuaciones acordadas y el motivo.</translation>
    </message>
    <message>
        <source>the markers disagree</source>
        <translation>los correctores discrepan</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreed scores recorded.&lt;/b&gt; The result can now be released to the student.</source>
        <translation>&lt;b&gt;Puntuaciones acordadas registradas.&lt;/b&gt; Ya se puede publicar el resultado para el estudiante.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Released.&lt;/b&gt; The student now sees this result; it is kept as a snapshot.</source>
        <translation>&lt;b&gt;Publicado.&lt;/b&gt; El estudiante ya ve este resultado; se conserva como instantánea.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your agreed scores were kept&lt;/b&gt; over the other decision; the audit log records the overwrite. The result can now be released to the student.</source>
        <translation>&lt;b&gt;Sus puntuaciones acordadas se conservaron&lt;/b&gt; sobre la otra decisión; el registro de auditoría recoge la sobrescritura. Ya se puede publicar el resultado al estudiante.</translation>
    </message>
</context>
<context>
    <name>prepmark::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Student number:</source>
        <translation>Número de &amp;estudiante:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Repetir co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>On a server the user name is also the account&apos;s sign-in name there: lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>En un servidor, el nombre de usuario es también el nombre con el que la cuenta inicia sesión allí: letras minúsculas, dígitos, «.», «_» o «-».</translation>
    </message>
    <message>
        <source>Leave both passwords empty to create an account that cannot sign in until a password is set.</source>
        <translation>Deje vacías las dos contraseñas para crear una cuenta que no podrá iniciar sesión hasta que se establezca una contraseña.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduzca el nombre de la persona.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>The account was not created: %1</source>
        <translation>No se ha creado la cuenta: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::NotesEditCommand</name>
    <message>
        <source>Edit the notes</source>
        <translation>Editar las notas</translation>
    </message>
</context>
<context>
    <name>prepmark::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>Change the password of your account &quot;%1&quot;.</source>
        <translation>Cambie la contraseña de su cuenta «%1».</translation>
    </message>
    <message>
        <source>Set a new password for &quot;%1&quot;. Tell them the password in person or by a channel only they read.</source>
        <translation>Establezca una nueva contraseña para «%1». Comuníquesela en persona o por un canal que solo esa persona lea.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Repetir la contraseña nueva:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The current password could not be checked: %1</source>
        <translation>No se pudo comprobar la contraseña actual: %1</translation>
    </message>
    <message>
        <source>Too many wrong passwords: try again after %1.</source>
        <translation>Demasiadas contraseñas incorrectas: vuelva a intentarlo después de las %1.</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>Introduzca la contraseña nueva.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>No se ha cambiado la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::PlaybackController</name>
    <message>
        <source>Playback is off: this computer has no audio output. Everything else in the workbench works.</source>
        <translation>La reproducción está desactivada: este equipo no tiene salida de audio. Todo lo demás de la mesa de trabajo funciona.</translation>
    </message>
    <message>
        <source>Some stems cannot be played: %1</source>
        <translation>Algunos stems no se pueden reproducir: %1</translation>
    </message>
    <message>
        <source>The audio output %1 cannot play %2 Hz stereo floating point.</source>
        <translation>La salida de audio %1 no puede reproducir audio estéreo en coma flotante a %2 Hz.</translation>
    </message>
</context>
<context>
    <name>prepmark::PrepWorkbench</name>
    <message>
        <source>Analysis of the delivered session</source>
        <translation>Análisis de la sesión entregada</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Cambios sin guardar…</translation>
    </message>
    <message>
        <source>← &amp;Exercise</source>
        <translation>← &amp;Ejercicio</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Assessed: %1</source>
        <translation>Evaluable: %1</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Tarea: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#5a6570&apos;&gt;%2 · %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:15px&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; &amp;nbsp;&lt;span style=&apos;color:#5a6570&apos;&gt;%2 · %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove empty tracks</source>
        <translation>Eliminar pistas vacías</translation>
    </message>
    <message>
        <source>Mark every track the analysis found to hold only silence as removed</source>
        <translation>Marcar como eliminadas todas las pistas que, según el análisis, solo contienen silencio</translation>
    </message>
    <message>
        <source>No empty track is left in the session.</source>
        <translation>No queda ninguna pista vacía en la sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n empty track(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Se eliminó %n pista vacía. Deshaga con Ctrl+Z.</numerusform>
            <numerusform>Se eliminaron %n pistas vacías. Deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>▶ &amp;Play</source>
        <translation>▶ Re&amp;producir</translation>
    </message>
    <message>
        <source>Play the prepared session from the playhead (Space)</source>
        <translation>Reproducir la sesión preparada desde el cursor de reproducción (Espacio)</translation>
    </message>
    <message>
        <source>■ &amp;Stop</source>
        <translation>■ De&amp;tener</translation>
    </message>
    <message>
        <source>No audio output — playback off</source>
        <translation>Sin salida de audio — reproducción desactivada</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Aún no hay cambios</translation>
    </message>
    <message>
        <source>&amp;Submit to lecturer…</source>
        <translation>Entre&amp;gar al profesor…</translation>
    </message>
    <message>
        <source>&amp;Submit and check…</source>
        <translation>Entre&amp;gar y comprobar…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Artist&apos;s notes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Notas del artista&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>F&amp;indings (%1)</source>
        <translation>&amp;Hallazgos (%1)</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>Enc&amp;argo</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Borrador no guardado</translation>
    </message>
    <message>
        <source>Your draft could not be saved: %1</source>
        <translation>No se pudo guardar su borrador: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>Borrador guardado a las %1</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
</context>
<context>
    <name>prepmark::ProgrammeReportPage</name>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exportar &amp;HTML…</translation>
    </message>
    <message>
        <source>The report as printed: title page, charts, tables, page numbers.</source>
        <translation>El informe tal como se imprime: portada, gráficos, tablas y números de página.</translation>
    </message>
    <message>
        <source>One row per cohort and dimension, for spreadsheets.</source>
        <translation>Una fila por cohorte y dimensión, para hojas de cálculo.</translation>
    </message>
    <message>
        <source>One self-contained web page.</source>
        <translation>Una única página web autónoma.</translation>
    </message>
    <message>
        <source>There is no programme in this database yet.</source>
        <translation>Aún no hay ningún programa en esta base de datos.</translation>
    </message>
    <message>
        <source>%1 cohorts, %2 released results of assessed assignments, %3 adequate; %4 masked failures.</source>
        <translation>%1 cohortes, %2 resultados publicados de tareas evaluables, %3 adecuados; %4 suspensos enmascarados.</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>No hay ningún informe que exportar.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>programme-report-%1</source>
        <translation>informe-programa-%1</translation>
    </message>
    <message>
        <source>Export the programme report</source>
        <translation>Exportar el informe del programa</translation>
    </message>
    <message>
        <source>Writing the programme report…</source>
        <translation>Escribiendo el informe del programa…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>prepmark::ProgressDialogReporter</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>prepmark::ReleasedResultsPage</name>
    <message>
        <source>&lt;b&gt;Released results&lt;/b&gt; — select one to see it above</source>
        <translation>&lt;b&gt;Resultados publicados&lt;/b&gt; — seleccione uno para verlo arriba</translation>
    </message>
    <message>
        <source>&amp;Save feedback sheet (PDF)…</source>
        <translation>&amp;Guardar la hoja de retroalimentación (PDF)…</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>Bloqueado por</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuado</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>No adecuado</translation>
    </message>
    <message>
        <source>&lt;p&gt;No results have been released to you yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no se le ha publicado ningún resultado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When your lecturers release a marked submission, your five dimensions and your verdict appear here.</source>
        <translation>Cuando sus profesores publiquen una entrega corregida, sus cinco dimensiones y su veredicto aparecerán aquí.</translation>
    </message>
    <message>
        <source>This result cannot be shown: %1</source>
        <translation>No se puede mostrar este resultado: %1</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;%1: Adequate&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;%1: Adecuado&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Every dimension meets its threshold. Mean %1, shown for reference.</source>
        <translation>Todas las dimensiones alcanzan su umbral. Media %1, mostrada como referencia.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#a40000&apos;&gt;%1: Inadequate — blocked by %2&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#a40000&apos;&gt;%1: No adecuado — bloqueado por %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Preparation is adequate only when every dimension meets its threshold at the same time. Raise %1 to its threshold to become adequate.</source>
        <translation>La preparación solo es adecuada cuando todas las dimensiones alcanzan su umbral a la vez. Eleve %1 hasta su umbral para que sea adecuada.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Your mean (%1) would pass under an averaged grade, but excellence elsewhere does not make up for this dimension.</source>
        <translation>Su media (%1) aprobaría con una nota promediada, pero la excelencia en otras dimensiones no compensa esta.</translation>
    </message>
</context>
<context>
    <name>prepmark::ReportPreviewWidget</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>prepmark::RosterImportDialog</name>
    <message>
        <source>new account</source>
        <translation>cuenta nueva</translation>
    </message>
    <message>
        <source>enrol existing account</source>
        <translation>matricular una cuenta existente</translation>
    </message>
    <message>
        <source>already enrolled</source>
        <translation>ya matriculado</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>omitir</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importar lista de clase</translation>
    </message>
    <message>
        <source>Creates student accounts from a Moodle or Canvas user list (CSV) and enrols them in a cohort. Check the file first: nothing changes until you import it, and one error in the file imports nothing. New accounts have no password until one is set.</source>
        <translation>Crea cuentas de estudiante a partir de una lista de usuarios de Moodle o Canvas (CSV) y las matricula en una cohorte. Compruebe primero el archivo: nada cambia hasta que lo importe, y un solo error en el archivo impide importar nada. Las cuentas nuevas no tienen contraseña hasta que se establezca una.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Com&amp;probar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>There is no cohort to import into yet.</source>
        <translation>Aún no hay ninguna cohorte en la que importar.</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Archivo de lista de clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the roster file.</source>
        <translation>Elija el archivo de la lista de clase.</translation>
    </message>
    <message>
        <source>Choose the cohort.</source>
        <translation>Elija la cohorte.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, columna %2</translation>
    </message>
    <message>
        <source>%1 (%2): new accounts: %3, to enrol: %4, already enrolled: %5, skipped: %6, errors: %7.</source>
        <translation>%1 (%2): cuentas nuevas: %3, por matricular: %4, ya matriculadas: %5, omitidas: %6, errores: %7.</translation>
    </message>
    <message>
        <source>%1 Correct the file and check it again: nothing is imported while it has errors.</source>
        <translation>%1 Corrija el archivo y vuelva a comprobarlo: no se importa nada mientras tenga errores.</translation>
    </message>
    <message>
        <source>%1 Nothing has changed yet: Import does it.</source>
        <translation>%1 Todavía no ha cambiado nada: los cambios se hacen con «Importar».</translation>
    </message>
    <message>
        <source>Imported into %1. %2</source>
        <translation>Importado en %1. %2</translation>
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
        <translation>%1 — aún sin corregir (umbral %2)</translation>
    </message>
    <message>
        <source>%1 — %2 ▼ below the threshold %3: blocks adequacy</source>
        <translation>%1 — %2 ▼ por debajo del umbral %3: bloquea la adecuación</translation>
    </message>
    <message>
        <source>%1 — %2 meets the threshold %3</source>
        <translation>%1 — %2 alcanza el umbral %3</translation>
    </message>
    <message>
        <source>overrides auto %1 — remark needed</source>
        <translation>sustituye al automático %1 — requiere observación</translation>
    </message>
    <message>
        <source>overrides auto %1</source>
        <translation>sustituye al automático %1</translation>
    </message>
    <message>
        <source>auto %1 accepted</source>
        <translation>automático %1 aceptado</translation>
    </message>
    <message>
        <source>auto suggests %1</source>
        <translation>el automático sugiere %1</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin corregir</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>%1 (weight %2)
What to look at: %3</source>
        <translation>%1 (peso %2)
Qué observar: %3</translation>
    </message>
    <message>
        <source>Level %1 — %2: %3</source>
        <translation>Nivel %1 — %2: %3</translation>
    </message>
    <message>
        <source>%1, level %2%3</source>
        <translation>%1, nivel %2%3</translation>
    </message>
    <message>
        <source>, chosen</source>
        <translation>, elegido</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
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
        <translation>aún sin corrector</translation>
    </message>
    <message>
        <source>hidden (blind marking)</source>
        <translation>oculto (corrección ciega)</translation>
    </message>
    <message>
        <source>marking under way</source>
        <translation>corrección en curso</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Primera: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Second: %1</source>
        <translation>Segunda: %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>%1  ⚠ beyond %2</source>
        <translation>%1  ⚠ supera %2</translation>
    </message>
    <message>
        <source>Agreed score for %1</source>
        <translation>Puntuación acordada para %1</translation>
    </message>
    <message>
        <source>Verdict (every dimension at its threshold)</source>
        <translation>Veredicto (todas las dimensiones en su umbral)</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>adecuado</translation>
    </message>
    <message>
        <source>inadequate ▼</source>
        <translation>no adecuado ▼</translation>
    </message>
    <message>
        <source>⚠ disagree</source>
        <translation>⚠ discrepan</translation>
    </message>
</context>
<context>
    <name>prepmark::ServerDialog</name>
    <message>
        <source>Department server</source>
        <translation>Servidor del departamento</translation>
    </message>
    <message>
        <source>Sign in to your department&apos;s PrepMark server. Its administrator tells you the server&apos;s name, port and database.</source>
        <translation>Inicie sesión en el servidor de PrepMark de su departamento. Su administrador le indicará el nombre del servidor, el puerto y la base de datos.</translation>
    </message>
    <message>
        <source>prepmark.example.ac.uk, or a socket folder such as /run/postgresql</source>
        <translation>prepmark.example.ac.uk, o una carpeta de socket como /run/postgresql</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pr&amp;obar</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name (or the folder of its socket).</source>
        <translation>Introduzca el nombre del servidor (o la carpeta de su socket).</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Introduzca el nombre de la base de datos del servidor.</translation>
    </message>
    <message>
        <source>The server answers. Type your user name and password in the sign-in dialog and test again to check your account.</source>
        <translation>El servidor responde. Escriba su nombre de usuario y su contraseña en el diálogo de inicio de sesión y vuelva a probar para comprobar su cuenta.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2): this server works for you.</source>
        <translation>Sesión iniciada como %1 (%2): este servidor funciona para usted.</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionDocument</name>
    <message>
        <source>Set the family of %1</source>
        <translation>Asignar la familia de %1</translation>
    </message>
    <message>
        <source>Add marker %1</source>
        <translation>Añadir el marcador %1</translation>
    </message>
    <message>
        <source>Rename marker %1 to %2</source>
        <translation>Renombrar el marcador %1 como %2</translation>
    </message>
    <message>
        <source>Move marker %1</source>
        <translation>Mover el marcador %1</translation>
    </message>
    <message>
        <source>Remove marker %1</source>
        <translation>Eliminar el marcador %1</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionInspectorWidget</name>
    <message>
        <source>&lt;b&gt;Student&apos;s notes for the mix engineer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notas del estudiante para el ingeniero de mezcla&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show &amp;waveforms and findings</source>
        <translation>Mostrar &amp;formas de onda y hallazgos</translation>
    </message>
    <message>
        <source>Renders the exercise&apos;s session the first time (a few seconds), analyses it and draws it with the student&apos;s preparation</source>
        <translation>Renderiza la sesión del ejercicio la primera vez (unos segundos), la analiza y la dibuja con la preparación del estudiante</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attempt %1&lt;/b&gt;, submitted %2</source>
        <translation>&lt;b&gt;Intento %1&lt;/b&gt;, entregado el %2</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(sin notas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared session&lt;/b&gt;&lt;br&gt;No prepared session is stored with this attempt.</source>
        <translation>&lt;b&gt;Sesión preparada&lt;/b&gt;&lt;br&gt;No hay ninguna sesión preparada guardada con este intento.</translation>
    </message>
    <message>
        <source>the session stored with attempt %1</source>
        <translation>la sesión guardada con el intento %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prepared session&lt;/b&gt;&lt;br&gt;It cannot be shown: %1</source>
        <translation>&lt;b&gt;Sesión preparada&lt;/b&gt;&lt;br&gt;No se puede mostrar: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Prepared session&lt;/b&gt;: %n track(s), %1 section marker(s), as submitted.</source>
        <translation>
            <numerusform>&lt;b&gt;Sesión preparada&lt;/b&gt;: %n pista, %1 marcador(es) de sección, tal como se entregó.</numerusform>
            <numerusform>&lt;b&gt;Sesión preparada&lt;/b&gt;: %n pistas, %1 marcador(es) de sección, tal como se entregó.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Waveforms&lt;/b&gt;: exercise %1 cannot be opened: %2</source>
        <translation>&lt;b&gt;Formas de onda&lt;/b&gt;: no se puede abrir el ejercicio %1: %2</translation>
    </message>
    <message>
        <source>Rendering and analysing %1</source>
        <translation>Renderizando y analizando %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waveforms&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Formas de onda&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Analysis of the delivered session</source>
        <translation>Análisis de la sesión entregada</translation>
    </message>
</context>
<context>
    <name>prepmark::SessionNotesEditor</name>
    <message>
        <source>What I found</source>
        <translation>Lo que encontré</translation>
    </message>
    <message>
        <source>Every problem you heard or measured, on which track and where…</source>
        <translation>Cada problema que oyó o midió, en qué pista y dónde…</translation>
    </message>
    <message>
        <source>What I fixed, and how</source>
        <translation>Lo que corregí y cómo</translation>
    </message>
    <message>
        <source>Polarity flips, offsets, gain changes, fades, cuts…</source>
        <translation>Inversiones de polaridad, desplazamientos, cambios de ganancia, fades, cortes…</translation>
    </message>
    <message>
        <source>What I left, and why</source>
        <translation>Lo que dejé y por qué</translation>
    </message>
    <message>
        <source>What the brief asks to keep, and what is the mix engineer&apos;s call…</source>
        <translation>Lo que el encargo pide conservar y lo que debe decidir el ingeniero de mezcla…</translation>
    </message>
    <message>
        <source>Questions for the artist</source>
        <translation>Preguntas para el artista</translation>
    </message>
    <message>
        <source>Which take, which part, what is deliberate…</source>
        <translation>Qué toma, qué parte, qué es intencionado…</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Reference tracks and what to listen for…</source>
        <translation>Temas de referencia y qué escuchar en ellos…</translation>
    </message>
</context>
<context>
    <name>prepmark::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes at once; numbers and dates follow it.</source>
        <translation>El idioma cambia de inmediato; los números y las fechas se adaptan a él.</translation>
    </message>
</context>
<context>
    <name>prepmark::StaffHomePage</name>
    <message>
        <source>&lt;b&gt;Cohorts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cohortes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cohort &amp;results</source>
        <translation>&amp;Resultados de la cohorte</translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation>&amp;Corrección</translation>
    </message>
    <message>
        <source>Threshold &amp;dashboard</source>
        <translation>&amp;Panel de umbrales</translation>
    </message>
    <message>
        <source>&amp;Programme report</source>
        <translation>&amp;Informe del programa</translation>
    </message>
    <message>
        <source>You are not teaching any cohort yet.</source>
        <translation>Aún no imparte docencia en ninguna cohorte.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;uentas</translation>
    </message>
</context>
<context>
    <name>prepmark::StandingChartsWidget</name>
    <message>
        <source>most recent score</source>
        <translation>puntuación más reciente</translation>
    </message>
    <message>
        <source>decaying average</source>
        <translation>media ponderada decreciente</translation>
    </message>
    <message>
        <source>highest score</source>
        <translation>puntuación más alta</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>puntuación media</translation>
    </message>
    <message>
        <source>times at threshold</source>
        <translation>veces en el umbral</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>intento</translation>
    </message>
    <message>
        <source>%1: points are your scores, the solid line your standing (%2), the dashed line the threshold %3.</source>
        <translation>%1: los puntos son sus puntuaciones, la línea continua su situación (%2) y la línea discontinua el umbral %3.</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentExercisesPage</name>
    <message>
        <source>&lt;h2&gt;Your exercises&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sus ejercicios&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assigned to you&lt;/b&gt; — double-click to open the exercise</source>
        <translation>&lt;b&gt;Asignados a usted&lt;/b&gt; — haga doble clic para abrir el ejercicio</translation>
    </message>
    <message>
        <source>No assignments yet. When your lecturers set one, it appears here with its due date; meanwhile, practise on any exercise below.</source>
        <translation>Aún no hay tareas. Cuando sus profesores asignen una, aparecerá aquí con su fecha de entrega; mientras tanto, practique con cualquiera de los ejercicios de abajo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Practice library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteca de prácticas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Genre:</source>
        <translation>&amp;Género:</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Todos los géneros</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Dificultad:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>1 — introductory</source>
        <translation>1 — inicial</translation>
    </message>
    <message>
        <source>2 — intermediate</source>
        <translation>2 — intermedio</translation>
    </message>
    <message>
        <source>3 — advanced</source>
        <translation>3 — avanzado</translation>
    </message>
    <message>
        <source>&amp;Open exercise</source>
        <translation>&amp;Abrir ejercicio</translation>
    </message>
    <message>
        <source>The bundled exercises cannot be read: %1</source>
        <translation>No se pueden leer los ejercicios incluidos: %1</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adecuado</translation>
    </message>
    <message>
        <source>showing %1 of %2 · %3 tried · %4 adequate</source>
        <translation>mostrando %1 de %2 · %3 intentados · %4 adecuados</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentProfilePage</name>
    <message>
        <source>&lt;h2&gt;Your profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Su perfil&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Standing by:</source>
        <translation>&amp;Situación según:</translation>
    </message>
    <message>
        <source>Decaying average (newest counts 65%)</source>
        <translation>Media ponderada decreciente (el más reciente cuenta un 65 %)</translation>
    </message>
    <message>
        <source>Most recent result</source>
        <translation>Resultado más reciente</translation>
    </message>
    <message>
        <source>Highest result</source>
        <translation>Resultado más alto</translation>
    </message>
    <message>
        <source>Mean of all results</source>
        <translation>Media de todos los resultados</translation>
    </message>
    <message>
        <source>Twice at threshold</source>
        <translation>Dos veces en el umbral</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Submission history&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Historial de entregas&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Your history cannot be read: %1</source>
        <translation>No se puede leer su historial: %1</translation>
    </message>
    <message>
        <source>Nothing submitted yet. Open an exercise under Exercises, prepare it and submit: every attempt is listed here with its evidence.</source>
        <translation>Aún no ha entregado nada. Abra un ejercicio en Ejercicios, prepárelo y entréguelo: cada intento aparece aquí con sus evidencias.</translation>
    </message>
    <message>
        <source>Select an attempt to read its automatic evidence, your notes and, once released, your lecturer&apos;s feedback.</source>
        <translation>Seleccione un intento para leer sus evidencias automáticas, sus notas y, una vez publicada, la retroalimentación de su profesor.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No results have been released to you yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no se le ha publicado ningún resultado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your profile fills in as your lecturers release marked work: where you stand in every dimension, and what, if anything, stands between you and adequacy.</source>
        <translation>Su perfil se va completando a medida que sus profesores publican trabajos corregidos: su situación en cada dimensión y qué le separa, si es el caso, de la adecuación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: not enough results yet to have a standing (%2 so far).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: aún no hay resultados suficientes para tener una situación (%2 hasta ahora).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: you stand at %2, %3 below its threshold %4 (your last result: %5). What it covers: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: su situación es %2, %3 por debajo de su umbral %4 (su último resultado: %5). Qué abarca: %6</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>this part of the rubric.</source>
        <translation>esta parte de la rúbrica.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;Adequate now&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#1b5e20&apos;&gt;Adecuado ahora&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What blocks your adequacy now:&lt;/b&gt; nothing. Every dimension stands at its threshold at the same time.</source>
        <translation>&lt;b&gt;Qué bloquea ahora su adecuación:&lt;/b&gt; nada. Todas las dimensiones están en su umbral a la vez.</translation>
    </message>
    <message>
        <source>&lt;h3 style=&apos;color:#a40000&apos;&gt;Not adequate yet — blocked by %1&lt;/h3&gt;</source>
        <translation>&lt;h3 style=&apos;color:#a40000&apos;&gt;Aún no adecuado — bloqueado por %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What blocks your adequacy now&lt;/b&gt; (preparation is adequate only when every dimension meets its threshold at the same time; strength elsewhere does not make up for it):</source>
        <translation>&lt;b&gt;Qué bloquea ahora su adecuación&lt;/b&gt; (la preparación solo es adecuada cuando todas las dimensiones alcanzan su umbral a la vez; los puntos fuertes en otras dimensiones no lo compensan):</translation>
    </message>
</context>
<context>
    <name>prepmark::StudentScene</name>
    <message>
        <source>First pass: named, coloured and grouped every track, set the section markers. Now working through the findings.</source>
        <translation>Primera pasada: todas las pistas nombradas, coloreadas y agrupadas, y los marcadores de sección colocados. Ahora, revisando los hallazgos.</translation>
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
        <translation>No hay ningún ejercicio incluido llamado «%1».</translation>
    </message>
    <message>
        <source>Assignment &quot;%1&quot; uses exercise %2, which cannot be opened: %3</source>
        <translation>La tarea «%1» usa el ejercicio %2, que no se puede abrir: %3</translation>
    </message>
    <message>
        <source>Your draft could not be read from the database (%1). You start from the delivered session.</source>
        <translation>No se pudo leer su borrador de la base de datos (%1). Empieza desde la sesión entregada.</translation>
    </message>
    <message>
        <source>your draft of %1</source>
        <translation>su borrador de %1</translation>
    </message>
    <message>
        <source>Restored your draft from %1.</source>
        <translation>Se restauró su borrador del %1.</translation>
    </message>
    <message>
        <source>it does not match this exercise&apos;s tracks</source>
        <translation>no coincide con las pistas de este ejercicio</translation>
    </message>
    <message>
        <source>Your saved draft could not be used (%1). It is kept in %2; you start from the delivered session.</source>
        <translation>No se pudo usar su borrador guardado (%1). Se conserva en %2; empieza desde la sesión entregada.</translation>
    </message>
    <message>
        <source>Your saved draft could not be used (%1), and no copy could be written to %2. It stays in the database until your next edit; you start from the delivered session.</source>
        <translation>No se pudo usar su borrador guardado (%1) ni escribir una copia en %2. Permanece en la base de datos hasta su próxima edición; empieza desde la sesión entregada.</translation>
    </message>
    <message>
        <source>Some waveforms cannot be drawn: %1</source>
        <translation>Algunas formas de onda no se pueden dibujar: %1</translation>
    </message>
    <message>
        <source>Your preparation was not submitted: %1. Your draft is kept.</source>
        <translation>Su preparación no se entregó: %1. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>the rubric cannot be read: %1</source>
        <translation>no se puede leer la rúbrica: %1</translation>
    </message>
    <message>
        <source>Checking attempt %1</source>
        <translation>Comprobando el intento %1</translation>
    </message>
    <message>
        <source>checking was cancelled.</source>
        <translation>se canceló la comprobación.</translation>
    </message>
    <message>
        <source>the evidence could not be stored: %1</source>
        <translation>no se pudieron guardar las evidencias: %1</translation>
    </message>
</context>
<context>
    <name>prepmark::SubmissionHistoryModel</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Adequate (mean %1)</source>
        <translation>Adecuado (media %1)</translation>
    </message>
    <message>
        <source>Inadequate — blocked by %1</source>
        <translation>No adecuado — bloqueado por %1</translation>
    </message>
    <message>
        <source>Adequate (automatic)</source>
        <translation>Adecuado (automático)</translation>
    </message>
    <message>
        <source>Blocked by %1 (automatic)</source>
        <translation>Bloqueado por %1 (automático)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>not released yet</source>
        <translation>aún no publicado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 — %2, attempt %3&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 — %2, intento %3&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Verdict:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Veredicto:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Your lecturer&apos;s feedback&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Retroalimentación de su profesor&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No written feedback came with this result.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Este resultado no incluye retroalimentación escrita.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Your lecturer&apos;s feedback appears here once the result is released.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;La retroalimentación de su profesor aparecerá aquí cuando se publique el resultado.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Automatic evidence&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Evidencias automáticas&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No automatic evidence is stored with this attempt.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No hay evidencias automáticas guardadas con este intento.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>lecturer only</source>
        <translation>solo el profesor</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Your notes&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Sus notas&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;none&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;ninguna&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>checked; your lecturer marks it</source>
        <translation>comprobado; lo corrige su profesor</translation>
    </message>
</context>
<context>
    <name>prepmark::SubmissionPageHeader</name>
    <message>
        <source>← &amp;Queue</source>
        <translation>← &amp;Cola</translation>
    </message>
</context>
<context>
    <name>prepmark::TaskProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>prepmark::TimelineRuler</name>
    <message>
        <source>%1 bpm · %2</source>
        <translation>%1 bpm · %2</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Markers (double-click to add)</source>
        <translation>Marcadores (doble clic para añadir)</translation>
    </message>
    <message>
        <source>Rename marker</source>
        <translation>Renombrar marcador</translation>
    </message>
    <message>
        <source>Section name:</source>
        <translation>Nombre de la sección:</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackEditCommand</name>
    <message>
        <source>Rename %1</source>
        <translation>Renombrar %1</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Colorear %1</translation>
    </message>
    <message>
        <source>Set the family of %1</source>
        <translation>Asignar la familia de %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Agrupar %1</translation>
    </message>
    <message>
        <source>Route %1</source>
        <translation>Enrutar %1</translation>
    </message>
    <message>
        <source>Clip gain of %1</source>
        <translation>Ganancia de clip de %1</translation>
    </message>
    <message>
        <source>Flip the polarity of %1</source>
        <translation>Invertir la polaridad de %1</translation>
    </message>
    <message>
        <source>Offset %1</source>
        <translation>Desplazar %1</translation>
    </message>
    <message>
        <source>Fade in %1</source>
        <translation>Fade in en %1</translation>
    </message>
    <message>
        <source>Fade out %1</source>
        <translation>Fade out en %1</translation>
    </message>
    <message>
        <source>Keep %1 as intended</source>
        <translation>Conservar %1 como intencionado</translation>
    </message>
    <message>
        <source>Reason to keep %1</source>
        <translation>Motivo para conservar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eliminar %1</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackIssueMap</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackMoveCommand</name>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
</context>
<context>
    <name>prepmark::TrackTableDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(no colour)</source>
        <translation>(sin color)</translation>
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
        <translation> muestras</translation>
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
        <translation>%1 muestras (%2 ms)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 — file %2 (delivered as &quot;%3&quot;)</source>
        <translation>%1 — archivo %2 (entregado como «%3»)</translation>
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
        <translation>Pista</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
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
        <translation>Ganancia de clip</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desplazamiento</translation>
    </message>
    <message>
        <source>Fade in</source>
        <translation>Fade in</translation>
    </message>
    <message>
        <source>Fade out</source>
        <translation>Fade out</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Why it is kept</source>
        <translation>Por qué se conserva</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Mute for playback (not part of the preparation)</source>
        <translation>Silenciar en la reproducción (no forma parte de la preparación)</translation>
    </message>
    <message>
        <source>Solo for playback (not part of the preparation)</source>
        <translation>Solo en la reproducción (no forma parte de la preparación)</translation>
    </message>
    <message>
        <source>Track name; drag a row to reorder the session</source>
        <translation>Nombre de la pista; arrastre una fila para reordenar la sesión</translation>
    </message>
    <message>
        <source>Instrument family: sets the colour from the family palette</source>
        <translation>Familia de instrumentos: asigna el color a partir de la paleta de la familia</translation>
    </message>
    <message>
        <source>Track colour</source>
        <translation>Color de la pista</translation>
    </message>
    <message>
        <source>Folder or group the track sits in</source>
        <translation>Carpeta o grupo en el que está la pista</translation>
    </message>
    <message>
        <source>Bus the track is routed to (empty: the mix bus)</source>
        <translation>Bus al que se enruta la pista (vacío: el bus de mezcla)</translation>
    </message>
    <message>
        <source>Polarity flipped</source>
        <translation>Polaridad invertida</translation>
    </message>
    <message>
        <source>Clip gain in dB</source>
        <translation>Ganancia de clip en dB</translation>
    </message>
    <message>
        <source>Time offset in samples (and milliseconds); negative moves earlier</source>
        <translation>Desplazamiento temporal en muestras (y milisegundos); un valor negativo adelanta la pista</translation>
    </message>
    <message>
        <source>Fade at the start of the audio</source>
        <translation>Fade al inicio del audio</translation>
    </message>
    <message>
        <source>Fade at the end of the audio</source>
        <translation>Fade al final del audio</translation>
    </message>
    <message>
        <source>Keep — this is intentional (the brief asks for it)</source>
        <translation>Conservar — es intencionado (lo pide el encargo)</translation>
    </message>
    <message>
        <source>Why the track&apos;s character is kept, for the mix engineer</source>
        <translation>Por qué se conserva el carácter de la pista, para el ingeniero de mezcla</translation>
    </message>
    <message>
        <source>Removed from the session (empty, duplicate or unused)</source>
        <translation>Eliminada de la sesión (vacía, duplicada o sin usar)</translation>
    </message>
</context>
<context>
    <name>prepmark::WaveformLanes</name>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
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
        <translation>conservada</translation>
    </message>
    <message>
        <source>waveform not loaded</source>
        <translation>forma de onda no cargada</translation>
    </message>
</context>
</TS>
