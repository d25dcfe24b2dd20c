#!/usr/bin/env bash
# Brings translations/prepmark_{de,es,fr}.ts up to date with the sources, e.g. after
# merging a branch that added interface strings.
#
#   translations/update.sh            run lupdate over every library of app/ (the list
#                                     CMake collects), then count what needs translating
#   PRESET=asan translations/update.sh   use another CMake preset's build folder
#
# Then translate what is new with Qt Linguist (linguist translations/prepmark_de.ts ...;
# "Mark as done" on each), and run the check that fails on anything left over:
#   ctest --preset default -R tst_translations --output-on-failure
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET=${PRESET:-default}
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" --target update_translations
status=0
for ts in translations/prepmark_*.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    total=$(grep -c '<source>' "$ts" || true)
    printf '%s: %s messages, %s to translate\n' "$ts" "$total" "$unfinished"
    [ "$unfinished" -eq 0 ] || status=1
done
if [ "$status" -ne 0 ]; then
    echo "Translate the unfinished messages in Qt Linguist (linguist translations/prepmark_*.ts)."
fi
exit $status
