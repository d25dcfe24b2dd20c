#!/usr/bin/env bash
# Fails when a C++ source of app/ or tests/ is not formatted as .clang-format says.
# Run by CTest (format_check) and so by ./setup.sh test and CI. To fix the files:
#   tests/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
command -v "$CLANG_FORMAT" >/dev/null || { echo "check-format: $CLANG_FORMAT not found (setup.sh installs clang-format)" >&2; exit 1; }
mapfile -t files < <(git ls-files -- 'app/*.h' 'app/*.cpp' 'tests/*.h' 'tests/*.cpp' 2>/dev/null \
    || find app tests -name '*.h' -o -name '*.cpp')
if [ "${1:-}" = "--fix" ]; then
    "$CLANG_FORMAT" -i "${files[@]}"
    exit 0
fi
if ! "$CLANG_FORMAT" --dry-run -Werror "${files[@]}" 2>/tmp/check-format.$$; then
    grep -o '^[^:]*:[0-9]*' /tmp/check-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' >&2
    rm -f /tmp/check-format.$$
    echo "check-format: run tests/check-format.sh --fix" >&2
    exit 1
fi
rm -f /tmp/check-format.$$
echo "check-format: ${#files[@]} files formatted as .clang-format says"
