#pragma once

#include <QtGlobal>

#include <vector>

namespace prepmark {

// Fills a stretch of a channel with a continuation of the audio on both sides: an
// autoregressive model (Burg's method) is fitted to the audio just before the stretch
// and predicts forwards, another fitted just after predicts backwards, and the two are
// crossfaded (raised cosine) across the stretch. The fill joins the audio on both
// sides without a step in value or slope, which is what a declicker needs for a
// dropout or an impulse (Godsill and Rayner, "Digital Audio Restoration", ch. 5).
// Deterministic and stateless.
class GapInterpolator
{
public:
    // order: AR model order; contextFrames: audio used on each side to fit it.
    explicit GapInterpolator(int order = 32, qint64 contextFrames = 1024);

    // Replaces samples [start, end) of channel. Context is clipped at the ends of
    // the channel; with fewer than 2 * order context frames on a side, that side
    // holds its last value instead.
    void fill(std::vector<float> &channel, qint64 start, qint64 end) const;

    // Burg's method: coefficients a[1..order] of x[n] = -sum a[k] x[n-k] + e[n]
    // (a[0] = 1 is not stored). Empty when the signal is too short or silent.
    static std::vector<double> burg(const std::vector<double> &signal, int order);

private:
    // Predicts `count` samples following `history` (oldest first).
    std::vector<double> predict(const std::vector<double> &history, qint64 count) const;

    int m_order;
    qint64 m_context;
};

} // namespace prepmark
