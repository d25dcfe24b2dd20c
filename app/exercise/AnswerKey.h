#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace prepmark {

// What a good preparation of one delivered track looks like.
struct ExpectedTrack
{
    QString trackId; // the delivered track (DeliveredTrack::id)
    bool remove = false; // empty, duplicate or unused: should be removed
    QString removeReason; // why, when remove is true
    QString name; // the name it should carry (empty when removed)
    QString family; // InstrumentFamily key (empty when removed)
    QString colour; // "#rrggbb": the family's colour unless the exercise overrides it
    QString group; // folder/group name; empty = top level
    QString bus; // output bus name; empty = straight to the mix bus
    double gainDb = 0.0; // clip gain the reference preparation applies (dB)
};

// Two tracks of one source (kick in/out, DI/amp) and how they relate once prepared.
// The delivered relation follows from the planted Polarity and Delay faults.
struct ExpectedPair
{
    QString a; // track ids
    QString b;
    bool inverted = false; // polarity of b against a after preparation (normally false)
    double lagMs = 0.0; // lag of b behind a after preparation (normally 0)
    double toleranceMs = 0.25; // |measured lag - lagMs| allowed
};

// Something good session notes say. kind says where it belongs in the notes.
struct NoteTopic
{
    enum class Kind { Found, Fixed, Kept, Question, Reference };

    QString id;
    Kind kind = Kind::Found;
    QString text; // the point, as a reference answer would write it
    // Notes cover the topic when, for every inner list, they contain at least one of
    // its words (case-insensitive): {{"bass"}, {"clip", "clipped", "distorted"}}.
    QVector<QStringList> keywords;
};

QString noteTopicKindKey(NoteTopic::Kind kind);
std::optional<NoteTopic::Kind> noteTopicKindFromKey(const QString &key);

// The lecturer's side of an exercise. Expected markers are the exercise's sections;
// the faults to fix and to keep are the planted faults with their intent
// (Exercise::plantedFaults()). Everything here refers to tracks by their id.
class AnswerKey
{
public:
    QVector<ExpectedTrack> tracks; // every delivered track once, in the expected order
    QVector<ExpectedPair> pairs;
    QVector<NoteTopic> topics;
    QString comp; // how takes should be comped, for the lecturer

    const ExpectedTrack *forTrack(const QString &trackId) const;
    // Ids of the tracks that stay, in the expected order.
    QStringList expectedOrder() const;
    // Group and bus names in order of first use.
    QStringList groups() const;
    QStringList buses() const;
    // Members of a group or bus, in the expected order.
    QStringList groupMembers(const QString &group) const;
    QStringList busMembers(const QString &bus) const;
    QVector<NoteTopic> topicsOfKind(NoteTopic::Kind kind) const;
};

} // namespace prepmark
