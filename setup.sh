#!/usr/bin/env bash
# PrepMark set-up for a fresh Debian (bookworm) machine.
#
#   ./setup.sh run     install what is missing, build, start the app on the demo database
#   ./setup.sh test    install what is missing, build, run the whole test suite
#   ./setup.sh deps    only install the Debian packages that are missing
#   ./setup.sh build   install and build, nothing else
#
# PRESET=release|asan picks another CMake preset (default: default = RelWithDebInfo).
# Works as root and as a user with sudo; installs only packages that are missing.
set -euo pipefail
cd "$(dirname "$0")"

PRESET=${PRESET:-default}
# Clones in other folders share the compiler cache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"

# Everything PrepMark needs to build, test and render, from Debian's archive.
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git clang-format
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-multimedia-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6-dev libqt6opengl6-dev libgl-dev
    libpq-dev postgresql postgresql-client
    libsndfile1-dev libebur128-dev libfftw3-dev libsodium-dev
    libfluidsynth-dev timgm6mb-soundfont espeak-ng
    libquazip1-qt6-dev
    fonts-dejavu-core
    poppler-utils
)

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

install_missing() {
    local missing=()
    for package in "${PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "all ${#PACKAGES[@]} Debian packages are installed"
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { log "need root or sudo to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    log "installing ${#missing[@]} missing packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    log "configuring (preset $PRESET)"
    cmake --preset "$PRESET" >/dev/null
    log "building with $(nproc) jobs"
    cmake --build --preset "$PRESET" -j "$(nproc)"
}

binary_dir() { echo "build/$PRESET"; }

case "${1:-}" in
    deps)
        install_missing
        ;;
    build)
        install_missing
        build
        ;;
    test)
        install_missing
        build
        log "running the test suite"
        ctest --preset "$PRESET" -j "$(nproc)" --output-on-failure
        ;;
    run)
        install_missing
        build
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            log "no display found: set DISPLAY (or run under xvfb-run) to see the window"
        fi
        log "starting PrepMark (first start builds the demo database in your data folder)"
        exec "$(binary_dir)/app/prepmark" "${@:2}"
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
