#pragma once

#include "core/ProgressReporter.h"
#include "core/Result.h"

#include <QString>

namespace prepmark {

class Database;

// What the demo programme holds, for messages and tests.
struct DemoSummary
{
    int cohorts = 0;
    int students = 0;
    int lecturers = 0;
    int assignments = 0;
    int submissions = 0;
    int attempts = 0;
    int marks = 0;
    int released = 0;
    int needingModeration = 0;
};

// Fills an empty, migrated database with a believable programme: BA Music Production,
// one mix-preparation module taught over three academic years, three cohorts of
// 22 students, four lecturers, a programme leader and an admin, seven assignments,
// submissions double-marked with realistic disagreement and marker severity, agreed
// and released results, learning outcomes mapped to the rubric's dimensions.
//
// Marking goes through the real workflow (MarkingWorkflow): blind second marking,
// agreement within tolerance or moderation by the programme leader, release. The
// newest cohort's current assignment is still being marked: some submissions not
// marked yet, some first-marked with the second marker's draft under way, some waiting
// for agreement or moderation; its attempts carry stand-in automatic evidence (marked
// as demo data). Every marker has a comment bank.
//
// Students follow profiles — strong all-rounders, solid, near the threshold, weak,
// and "excellent but blocked" by each dimension in turn (the masked failures an
// averaged grade passes) — with per-marker noise, so every number is computed by the
// real marking path (MarkingRepository, VerdictEngine), not written in.
//
// Deterministic: the same seed gives the same database. Every account's password is
// "demo"; demo hashes use libsodium's minimum Argon2id cost so the demo builds fast.
class DemoDataBuilder
{
public:
    explicit DemoDataBuilder(Database &database, quint32 seed = 2026);

    // Fails if the database already holds users. Runs in one transaction: on failure
    // nothing is left behind.
    Result<DemoSummary> build(ProgressReporter &progress = ProgressReporter::none());

    static QString demoPassword() { return QStringLiteral("demo"); }

private:
    Database &m_database;
    quint32 m_seed;
};

} // namespace prepmark
