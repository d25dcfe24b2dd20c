#include "CheckCatalogue.h"

namespace prepmark {

const QStringList &CheckCatalogue::names()
{
    static const QStringList names {
        // Signal Integrity
        QStringLiteral("clipping_headroom"),
        QStringLiteral("clipping_headroom_foundation"),
        QStringLiteral("polarity_alignment"),
        QStringLiteral("polarity_alignment_foundation"),
        QStringLiteral("noise_hum_dc"),
        QStringLiteral("noise_hum_dc_foundation"),
        QStringLiteral("format_clicks"),
        // Workflow Facilitation
        QStringLiteral("track_naming"),
        QStringLiteral("track_naming_foundation"),
        QStringLiteral("colour_order"),
        QStringLiteral("colour_order_foundation"),
        QStringLiteral("groups_buses"),
        QStringLiteral("section_markers"),
        QStringLiteral("cleanup_consolidation"),
        QStringLiteral("markers_tidy_foundation"),
        // Musical Refinement
        QStringLiteral("fades_edits"),
        QStringLiteral("phrase_cleaning"),
        QStringLiteral("take_choice"),
        // Documentation & Communication
        QStringLiteral("notes_found_fixed_left"),
        QStringLiteral("notes_changes_foundation"),
        QStringLiteral("notes_questions"),
        QStringLiteral("notes_questions_foundation"),
        // Creative Intent
        QStringLiteral("keep_deliberate"),
        QStringLiteral("fix_against_brief"),
        QStringLiteral("fix_reasons_foundation"),
        QStringLiteral("intent_justification"),
    };
    return names;
}

bool CheckCatalogue::isKnown(const QString &name)
{
    return names().contains(name);
}

} // namespace prepmark
