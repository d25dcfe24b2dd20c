#!/usr/bin/env bash
# PrepMark set-up for a fresh Debian (bookworm) machine.
#
#   ./setup.sh run       install what is missing, build, start the app on the demo database
#   ./setup.sh test      install what is missing, build, run the whole test suite
#   ./setup.sh sanitize  install, build and run the tests labelled "sanitize" (the subset CI
#                        runs) under AddressSanitizer and UBSan, in build/asan
#   ./setup.sh server    install and build, start a local PostgreSQL server with the demo
#                        programme in your data folder, print its URL (see README)
#   ./setup.sh deps      only install the Debian packages that are missing
#   ./setup.sh build     install and build, nothing else
#
# PRESET=release|asan picks another CMake preset (default: default = RelWithDebInfo);
# PRESET=asan ./setup.sh test runs the whole suite under the sanitizers.
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

# build [--target <target>]: configure and build $PRESET (everything unless a target is given).
build() {
    log "configuring (preset $PRESET)"
    cmake --preset "$PRESET" >/dev/null
    log "building ${2:-everything} with $(nproc) jobs"
    cmake --build --preset "$PRESET" -j "$(nproc)" "$@"
}

binary_dir() { echo "build/$PRESET"; }

# A PostgreSQL cluster of one's own for trying the department server: in the data folder,
# listening on a Unix socket there and on 127.0.0.1 only, password (SCRAM) sign-in for
# everyone, failed sign-ins delayed (auth_delay) and logged. A department runs the Debian
# cluster instead (README, "Department server").
server() {
    local data="${XDG_DATA_HOME:-$HOME/.local/share}/PrepMark/PrepMark/server"
    local port="${PREPMARK_SERVER_PORT:-5433}"
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -x "$bin/initdb" ] || { log "no PostgreSQL server found under /usr/lib/postgresql"; exit 1; }
    local as=()
    # PostgreSQL never runs as root: the cluster then belongs to the postgres user.
    if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); fi
    mkdir -p "$data"
    chmod 700 "$data"
    [ ${#as[@]} -eq 0 ] || chown postgres: "$data"
    if [ ! -f "$data/cluster/PG_VERSION" ]; then
        log "creating a PostgreSQL cluster in $data/cluster"
        local password
        password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
        umask 077
        printf '%s\n' "$password" > "$data/owner-password"
        [ ${#as[@]} -eq 0 ] || chown postgres: "$data/owner-password"
        "${as[@]}" "$bin/initdb" -D "$data/cluster" -U prepmark_owner --pwfile="$data/owner-password" \
            -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
        cat >> "$data/cluster/postgresql.conf" <<CONF
# PrepMark (./setup.sh server)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
password_encryption = 'scram-sha-256'
shared_preload_libraries = 'auth_delay'
auth_delay.milliseconds = 1000
log_connections = on
CONF
    fi
    if ! "${as[@]}" "$bin/pg_ctl" -D "$data/cluster" status >/dev/null 2>&1; then
        log "starting PostgreSQL on 127.0.0.1:$port and $data"
        "${as[@]}" "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w start >/dev/null
    fi
    local cli
    cli="$(binary_dir)/app/cli/prepmark-cli"
    local owner_url="postgresql://prepmark_owner@/prepmark?host=$data&port=$port"
    export PGPASSWORD
    PGPASSWORD=$(cat "$data/owner-password")
    if ! psql -X -q -h "$data" -p "$port" -U prepmark_owner -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'prepmark'" | grep -q 1; then
        log "creating the database prepmark with the demo programme and a login role per demo account"
        psql -X -q -h "$data" -p "$port" -U prepmark_owner -d postgres -c "CREATE DATABASE prepmark"
        "$cli" demo --db "$owner_url"
    fi
    unset PGPASSWORD
    cat <<TXT

PrepMark's server is running (log: $data/server.log; stop it with
  ${as[*]} $bin/pg_ctl -D $data/cluster stop).

  Sign in from PrepMark ("Server…" in the sign-in dialog) or with --db:
    postgresql://s24001@127.0.0.1:$port/prepmark           (over TCP)
    postgresql://s24001@/prepmark?host=$data&port=$port   (on this machine's socket)
  Demo accounts are PostgreSQL login roles with the password "demo":
    s24001 … (students), mbaker, tnguyen, rsilva, hkhan (lecturers), jahmed (leader), admin.
  The database owner is prepmark_owner; its password is in $data/owner-password.
TXT
}

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
    server)
        install_missing
        build
        server
        ;;
    sanitize)
        PRESET=asan
        install_missing
        build --target prepmark_sanitize_tests
        log "running the tests labelled sanitize under AddressSanitizer and UBSan"
        ctest --preset asan -L sanitize -j "$(nproc)" --output-on-failure
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
        sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
