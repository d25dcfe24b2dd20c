#!/usr/bin/env bash
# Draws the two session pictures of exercises/README.md from rendered exercises:
#   docs/images/make-session-images.sh RENDER_DIR
# where RENDER_DIR holds rock-highway-static/ and hiphop-concrete-garden/ from
#   prepmark-cli render rock-highway-static hiphop-concrete-garden --out RENDER_DIR
# Needs ffmpeg (showwavespic), sox (spectrogram) and ImageMagick (convert).
set -euo pipefail
render=${1:?usage: $0 RENDER_DIR}
out=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The delivered Highway Static session as a DAW shows it: one waveform lane per
#    file, in delivered order, with the delivered names, every file at zero on one
#    time scale (the short lead-guitar file is the unconsolidated one).
session="$render/rock-highway-static"
seconds=$(sed -n 's/.*"lengthSamples": \([0-9]*\).*/\1/p' "$session/session.json" | head -1)
rate=$(sed -n 's/^    "sampleRate": \([0-9]*\).*/\1/p' "$session/session.json" | head -1)
seconds=$(echo "scale=3; $seconds / $rate" | bc)
i=0
while IFS= read -r file; do
    name=$(basename "$file" .wav)
    ffmpeg -nostdin -loglevel error -y -i "$session/$file" \
        -filter_complex "aformat=channel_layouts=mono,apad=whole_dur=$seconds,showwavespic=s=1000x44:colors=#2e86c1:scale=sqrt" \
        -frames:v 1 "$work/wave.png"
    convert "$work/wave.png" -background "#f4f4f4" -flatten -gravity east -extent 1190x44 -gravity west \
        -font DejaVu-Sans -pointsize 13 -fill '#222222' -annotate +8+0 "$name" \
        -bordercolor '#cccccc' -border 0x1 "$work/lane-$(printf %02d $i).png"
    i=$((i + 1))
done < <(grep -o '"file": "stems/[^"]*"' "$session/session.json" | sed 's/"file": "//; s/"$//')
convert "$work"/lane-*.png -append -resize 1190x "$out/highway-static-session.png"

# 2. Three Concrete Garden stems as spectrograms: the room mic's 60 Hz hum and its
#    harmonics (a fault to fix), the keys loop's vinyl crackle (to keep), and the
#    rap's clicking punch-ins, with the beat playing under them.
session="$render/hiphop-concrete-garden/stems"
sox "$session/Room mono.wav" "$work/room.wav" trim 0 20
sox "$session/SMPL_loop_final.wav" "$work/keys.wav" remix 1 trim 0 20
sox "$session/KI VERSE main.wav" "$work/rap.wav" trim 0 20
sox -M "$work/room.wav" "$work/keys.wav" "$work/rap.wav" "$work/three.wav"
sox "$work/three.wav" -n rate 16k spectrogram -x 1000 -Y 700 -z 90 \
    -t "Concrete Garden: Room mono (60 Hz hum) / SMPL_loop_final (crackle) / KI VERSE main (edits)" \
    -o "$out/concrete-garden-spectrogram.png"
echo "wrote $out/highway-static-session.png and $out/concrete-garden-spectrogram.png"
