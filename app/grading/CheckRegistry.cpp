#include "CheckRegistry.h"

#include "grading/checks/CleanupConsolidationCheck.h"
#include "grading/checks/ClippingHeadroomCheck.h"
#include "grading/checks/ColourOrderCheck.h"
#include "grading/checks/FadesEditsCheck.h"
#include "grading/checks/FixAgainstBriefCheck.h"
#include "grading/checks/FormatClicksCheck.h"
#include "grading/checks/GroupsBusesCheck.h"
#include "grading/checks/IntentJustificationCheck.h"
#include "grading/checks/KeepDeliberateCheck.h"
#include "grading/checks/MarkersTidyFoundationCheck.h"
#include "grading/checks/NoiseHumDcCheck.h"
#include "grading/checks/NotesTopicsCheck.h"
#include "grading/checks/PhraseCleaningCheck.h"
#include "grading/checks/PolarityAlignmentCheck.h"
#include "grading/checks/SectionMarkersCheck.h"
#include "grading/checks/TakeChoiceCheck.h"
#include "grading/checks/TrackNamingCheck.h"

#include <QMap>

#include <memory>

namespace prepmark {
namespace {

using Checks = QMap<QString, std::shared_ptr<const GradingCheck>>;

const Checks &checks()
{
    static const Checks all = [] {
        Checks c;
        auto add = [&](const char *name, const GradingCheck *check) {
            c.insert(QString::fromLatin1(name), std::shared_ptr<const GradingCheck>(check));
        };
        add("clipping_headroom", new ClippingHeadroomCheck(ClippingHeadroomCheck::Variant::Default));
        add("clipping_headroom_foundation", new ClippingHeadroomCheck(ClippingHeadroomCheck::Variant::Foundation));
        add("polarity_alignment", new PolarityAlignmentCheck(PolarityAlignmentCheck::Variant::Default));
        add("polarity_alignment_foundation", new PolarityAlignmentCheck(PolarityAlignmentCheck::Variant::Foundation));
        add("noise_hum_dc", new NoiseHumDcCheck(NoiseHumDcCheck::Variant::Default));
        add("noise_hum_dc_foundation", new NoiseHumDcCheck(NoiseHumDcCheck::Variant::Foundation));
        add("format_clicks", new FormatClicksCheck);
        add("track_naming", new TrackNamingCheck(TrackNamingCheck::Variant::Default));
        add("track_naming_foundation", new TrackNamingCheck(TrackNamingCheck::Variant::Foundation));
        add("colour_order", new ColourOrderCheck(ColourOrderCheck::Variant::Default));
        add("colour_order_foundation", new ColourOrderCheck(ColourOrderCheck::Variant::Foundation));
        add("groups_buses", new GroupsBusesCheck);
        add("section_markers", new SectionMarkersCheck);
        add("cleanup_consolidation", new CleanupConsolidationCheck);
        add("markers_tidy_foundation", new MarkersTidyFoundationCheck);
        add("fades_edits", new FadesEditsCheck);
        add("phrase_cleaning", new PhraseCleaningCheck);
        add("take_choice", new TakeChoiceCheck);
        add("notes_found_fixed_left", new NotesTopicsCheck(NotesTopicsCheck::Variant::FoundFixedLeft));
        add("notes_changes_foundation", new NotesTopicsCheck(NotesTopicsCheck::Variant::ChangesFoundation));
        add("notes_questions", new NotesTopicsCheck(NotesTopicsCheck::Variant::Questions));
        add("notes_questions_foundation", new NotesTopicsCheck(NotesTopicsCheck::Variant::QuestionsFoundation));
        add("keep_deliberate", new KeepDeliberateCheck);
        add("fix_against_brief", new FixAgainstBriefCheck(FixAgainstBriefCheck::Variant::Default));
        add("fix_reasons_foundation", new FixAgainstBriefCheck(FixAgainstBriefCheck::Variant::FoundationReasons));
        add("intent_justification", new IntentJustificationCheck);
        return c;
    }();
    return all;
}

} // namespace

const GradingCheck *CheckRegistry::find(const QString &name)
{
    const auto it = checks().constFind(name);
    return it == checks().constEnd() ? nullptr : it->get();
}

QStringList CheckRegistry::names()
{
    return checks().keys();
}

} // namespace prepmark
