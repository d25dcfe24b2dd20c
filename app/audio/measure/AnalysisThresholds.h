#pragma once

namespace prepmark {

// Every number that decides whether analysis reports an issue, with its unit and
// the reason for its default. This is the one place defaults live; a JSON file can
// override any field by its name (AnalysisConfig::fromJsonFile, `analyse --config`).
struct AnalysisThresholds
{
    // --- level -------------------------------------------------------------------
    // dBFS. A sample at or above this magnitude is "at full scale". -0.001 dBFS
    // admits the largest positive 16-bit value (32767/32768 = -0.0003 dBFS).
    double clipLevelDbfs = -0.001;
    // samples. Consecutive full-scale samples that count as clipping; one or two
    // can be a legitimately normalised peak, three cannot (common practice of
    // mastering meters and of sox's "clip" count).
    int clipMinRunSamples = 3;
    // samples. Identical consecutive samples below full scale form a flat top
    // (clipped earlier in the chain, then turned down) from this length on. Files
    // of 16 bits or fewer need twice this, because coarse quantisation makes short
    // natural runs at the crest of low-frequency waves.
    int flatTopMinRunSamples = 5;
    // runs. A level is flat-topped only when at least this many runs sit on it: a
    // clipper cuts every crest at the same value, a natural peak happens once.
    int flatTopMinRuns = 5;
    // dB. Flat tops count only within this distance below the track's sample peak,
    // where a clipper leaves them.
    double flatTopPeakMarginDb = 0.1;
    // dBFS. Flat runs quieter than this are ignored (quantised low-level material).
    double flatTopMinLevelDbfs = -40.0;
    // dBTP. A true peak above this leaves no headroom for inter-sample overs in
    // converters and codecs (EBU R 128 / AES TD1004 recommend -1 dBTP).
    double truePeakMaxDbtp = -1.0;
    // dBFS of the mean sample value per channel. 1 % of full scale (-40 dBFS) is
    // where DC starts to cost headroom and to click at edits; the asymmetric
    // waveform of a kick drum track stays well below it.
    double dcOffsetMaxDbfs = -40.0;

    // --- silence -----------------------------------------------------------------
    // dBFS. Samples at or below this magnitude are digital silence (about 8 LSB of
    // 24-bit audio; far below any dither of a real recording).
    double silenceLevelDbfs = -120.0;
    // seconds. Leading digital silence from this length on is reported (info: it is
    // expected in consolidated files, and tells where a part enters).
    double leadingSilenceMinSeconds = 2.0;

    // --- noise -------------------------------------------------------------------
    // seconds. The noise floor is measured over windows of this length...
    double noiseWindowSeconds = 0.05;
    // seconds. ...that stay steady for at least this long: hiss and hum are steady,
    // fades and reverb tails are not.
    double noiseMinStretchSeconds = 1.0;
    // dB. "Steady": the loudest and quietest window of the stretch differ by at
    // most this much.
    double noiseStabilityDb = 4.0;
    // dBFS RMS. A noise floor above this between phrases is audible once the track
    // is compressed and brought up in the mix.
    double noiseFloorMaxDbfs = -60.0;
    // dB. The quietest steady stretch is noise only when it is at least this far
    // below the track's loudest stretch; otherwise it is quiet music.
    double noiseMinContrastDb = 30.0;

    // --- clicks ------------------------------------------------------------------
    // ms. Half-width of the neighbourhood a discontinuity is compared with.
    double clickWindowMs = 2.5;
    // ratio. The jump (second difference) must exceed this many times the mean
    // second difference on each side of it: rejects cymbals, noise and bright
    // sustained sounds, whose second difference is large everywhere.
    double clickLocalRatio = 10.0;
    // ratio. ...and this many times the largest second difference on each side: a
    // click is isolated, while a drum's beater or a consonant is a short burst.
    double clickPeakRatio = 6.0;
    // dB. The jump must also be at least this loud relative to the RMS of the signal
    // around it: rejects the change of slope where a kick or a pluck starts from
    // silence, which is small relative to the note.
    double clickMinRelativeDb = -18.0;
    // dBFS. Jumps quieter than this are inaudible at any sensible monitoring level.
    double clickMinLevelDbfs = -60.0;
    // clicks. Each track reports at most this many click positions (all are counted).
    int maxReportedClicks = 20;

    // --- stereo ------------------------------------------------------------------
    // dB. A stereo file is dual mono when the energy of L-R is this far below the
    // energy of the channels: the same signal twice, which should be a mono file.
    double dualMonoResidualDb = -60.0;
    // dBFS RMS. A channel at or below this while the other is at least 20 dB louder
    // is a silent side (a routing mistake at recording or export).
    double oneSidedSilenceDbfs = -80.0;
    // correlation. L/R correlation at or below this means one side is polarity-
    // inverted; wide reverbs and spaced pairs stay above -0.5.
    double stereoInvertedCorrelation = -0.5;

    // --- related pairs -------------------------------------------------------------
    // seconds. Length of the loudest stretch of a track that pairs are compared on.
    double pairStretchSeconds = 1.5;
    // ms. Largest lag searched for; 50 ms is 17 m of sound travel, more than any
    // room mic distance or plugin latency in a multitrack.
    double pairMaxLagMs = 50.0;
    // ms. A larger lag between related tracks smears transients and combs the sum
    // (0.25 ms = 12 samples at 48 kHz, the first notch at 2 kHz).
    double timeOffsetMinMs = 0.25;
    // correlation. Below this peak magnitude the two tracks are too different (or
    // too full of bleed) for their lag to mean anything; nothing is reported.
    double pairMinCorrelation = 0.2;
    // correlation. A peak of at most minus this is a polarity inversion.
    double polarityMinCorrelation = 0.4;

    // --- session -----------------------------------------------------------------
    // bits. PCM below this is reported: mix preparation delivers 24-bit or float.
    int minBitDepth = 24;
    // seconds. Files consolidated to the same length match to the sample; this
    // tolerance only absorbs rounding between sample rates.
    double lengthToleranceSeconds = 0.001;
    // seconds. Broadcast WAV start times further apart than this do not line up.
    double startToleranceSeconds = 0.001;
};

} // namespace prepmark
