#!/usr/bin/env bash
# Benchmark of `prepmark-cli analyse` against the decode limit, sox and ffmpeg.
#
#   tests/bench/analyse_bench.sh [--runs N] [--threads N] [--long] [--dir DIR]
#
# Builds (once, cached in DIR) a session of 24 mono 48 kHz / 24-bit tracks of 60 to
# 180 s, then times on the same files, page cache warm, best of N runs (default 3):
#   decode   a plain libsndfile read loop, one thread (tests/bench/decode_loop.cpp)
#   analyse  prepmark-cli analyse --json on --threads N (default 2), and on 1 thread
#   sox      sox FILE -n stats, file after file
#   ffmpeg   ffmpeg -af astats,ebur128=peak=true, file after file
# and prints the times, their ratios and the peak memory of each (/usr/bin/time -v).
# --long also analyses 24 tracks of 10 minutes (about 2 GB of WAV) for peak memory.
#
# Environment: BUILD_DIR (default build/default) is built for prepmark-cli and
# prepmark_decode_loop first. Missing tools (sox, ffmpeg, GNU time) are installed
# with apt-get. Not part of CTest: the figures depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=3
THREADS=2
LONG=0
DIR=${TMPDIR:-/tmp}/prepmark-bench
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --long) LONG=1; shift ;;
        --dir) DIR=$2; shift 2 ;;
        *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
    esac
done
BUILD_DIR=${BUILD_DIR:-build/default}

log() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

need() {   # need COMMAND PACKAGE
    command -v "$1" >/dev/null && return
    log "installing $2 (for $1)"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null
}
need sox sox
need ffmpeg ffmpeg
[ -x /usr/bin/time ] || need /usr/bin/time time

log "building prepmark-cli and prepmark_decode_loop in $BUILD_DIR"
cmake --build "$BUILD_DIR" --target prepmark-cli prepmark_decode_loop >/dev/null
CLI=$BUILD_DIR/app/cli/prepmark-cli
DECODE=$BUILD_DIR/tests/bench/prepmark_decode_loop

# make_session FOLDER SECONDS_OF_TRACK_i... : mono 48 kHz 24-bit tracks with music-like
# level changes (pink noise under a slow tremolo, fades), made once. (Mixing a full-
# scale tone into it would make sox clip and leave real glitches in the files.)
make_session() {
    local folder=$1; shift
    mkdir -p "$folder"
    local i=0
    for seconds in "$@"; do
        i=$((i + 1))
        local file
        file=$(printf '%s/track%02d.wav' "$folder" "$i")
        [ -s "$file" ] && continue
        sox -q -n -r 48000 -b 24 -c 1 "$file" synth "$seconds" pinknoise vol 0.4 \
            tremolo 0.$((i % 9 + 1)) 60 fade 0.5 "$seconds" 2
    done
}

# 24 lengths from 60 to 180 s
LENGTHS=()
for i in $(seq 0 23); do LENGTHS+=($((60 + (i * 53) % 121))); done
SESSION=$DIR/session
log "session: 24 tracks of 60-180 s in $SESSION"
make_session "$SESSION" "${LENGTHS[@]}"
FILES=("$SESSION"/track*.wav)
cat "${FILES[@]}" >/dev/null   # warm the page cache

# best_of COMMAND...: best wall time of RUNS runs, in seconds, with the CPU time
# (user + system, s) and the peak RSS (kB) of that run; sets BEST, CPU and RSS.
best_of() {
    BEST=""
    CPU=""
    RSS=""
    local run report wall cpu rss
    for run in $(seq "$RUNS"); do
        report=$(mktemp)
        /usr/bin/time -v -o "$report" "$@" >/dev/null 2>&1 || true
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$report")
        cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$report")
        rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$report")
        rm -f "$report"
        if [ -z "$BEST" ] || awk -v a="$wall" -v b="$BEST" 'BEGIN {exit !(a < b)}'; then
            BEST=$wall
            CPU=$cpu
            RSS=$rss
        fi
    done
}

sox_all() { for f in "$@"; do sox "$f" -n stats 2>/dev/null; done; }
ffmpeg_all() {
    for f in "$@"; do
        ffmpeg -nostdin -hide_banner -nostats -loglevel error -i "$f" -af astats,ebur128=peak=true -f null -
    done
}
export -f sox_all ffmpeg_all

SAMPLES=0
for seconds in "${LENGTHS[@]}"; do SAMPLES=$((SAMPLES + seconds)); done
log "timing on $(nproc) cores, best of $RUNS runs ($SAMPLES s of audio)"
declare -A TIME CPUTIME MEM
measure() {   # measure NAME COMMAND...
    local name=$1; shift
    best_of "$@"
    TIME[$name]=$BEST
    CPUTIME[$name]=$CPU
    MEM[$name]=$RSS
}
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
measure decode "$DECODE" "${FILES[@]}"
measure analyse "$CLI" analyse --json --threads "$THREADS" "${FILES[@]}"
measure analyse1 "$CLI" analyse --json --threads 1 "${FILES[@]}"
measure sox bash -c 'sox_all "$@"' _ "${FILES[@]}"
ORIGINAL_RUNS=$RUNS
RUNS=1   # ffmpeg takes minutes; one run is enough to see the order of magnitude
measure ffmpeg bash -c 'ffmpeg_all "$@"' _ "${FILES[@]}"
RUNS=$ORIGINAL_RUNS
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "24 mono 48 kHz / 24-bit tracks, ${SAMPLES} s of audio; $(nproc) cores; best of $RUNS runs (ffmpeg: 1)"
echo "load average before/after: $LOAD_BEFORE / $LOAD_AFTER (other work on the machine inflates wall times; CPU times are steadier)"
printf '%-50s %8s %9s %9s %9s %8s\n' "" "wall s" "x decode" "CPU s" "x decode" "RSS MB"
row() {
    printf '%-50s %8.2f %9s %9.2f %9s %8d\n' "$1" "${TIME[$2]}" "$(ratio "${TIME[$2]}" "${TIME[decode]}")" \
        "${CPUTIME[$2]}" "$(ratio "${CPUTIME[$2]}" "${CPUTIME[decode]}")" "$(( ${MEM[$2]} / 1024 ))"
}
row "decode limit (libsndfile read loop, 1 thread)" decode
row "prepmark-cli analyse --threads $THREADS" analyse
row "prepmark-cli analyse --threads 1" analyse1
row "sox stats (file after file)" sox
row "ffmpeg astats,ebur128=peak=true (file after file)" ffmpeg
echo
echo "analyse ($THREADS threads) is $(ratio "${TIME[sox]}" "${TIME[analyse]}")x faster than sox stats, $(ratio "${TIME[ffmpeg]}" "${TIME[analyse]}")x faster than ffmpeg"
echo "targets: <= 2x decode on 2 threads, >= 10x faster than ffmpeg, faster than sox stats, < 200 MB"

if [ "$LONG" = 1 ]; then
    LONG_SESSION=$DIR/session-10min
    log "session: 24 tracks of 10 minutes in $LONG_SESSION (about 2 GB)"
    TEN=()
    for i in $(seq 24); do TEN+=(600); done
    make_session "$LONG_SESSION" "${TEN[@]}"
    RUNS=1
    best_of "$CLI" analyse --json --threads "$THREADS" "$LONG_SESSION"/track*.wav
    echo
    printf '24 tracks of 10 minutes: analyse --threads %s took %.2f s, peak RSS %d MB\n' "$THREADS" "$BEST" "$(( RSS / 1024 ))"
fi
