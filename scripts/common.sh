# Shared by scripts/run, scripts/test and scripts/bench: installs what a fresh Debian 12 machine
# lacks, then configures and builds. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${CHIMEADMIN_BUILD_DIR:-$ROOT/build}"

# Build tools, Qt 6.4 with the HTTP server and keychain, translation tools, and what the tests
# drive: a virtual X server, a Secret Service (gnome-keyring on a D-Bus session), the AWS CLI;
# Qt's SVG image format and icon engine plugins (libqt6svg6) that load the icons, and the
# validators of the desktop entry and AppStream metainfo; what builds and checks the Debian
# package (help2man for the manual pages, dpkg-dev for its dependencies, lintian, man to find
# the installed pages).
PACKAGES=(
    g++ cmake ninja-build pkg-config clang libclang-rt-14-dev
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
    libgl-dev libvulkan-dev
    xvfb xauth x11-utils xdotool imagemagick fonts-dejavu-core fontconfig
    dbus dbus-x11 gnome-keyring libsecret-tools
    awscli python3-boto3 jq
    libqt6svg6 libqt6sql6-sqlite appstream desktop-file-utils
    help2man dpkg-dev file lintian man-db
)

log() { printf '==> %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "need root (or sudo) to run: $*"
        return 1
    fi
}

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# configure_and_build [extra cmake arguments...]
configure_and_build() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${CHIMEADMIN_BUILD_TYPE:-RelWithDebInfo}" "$@"
    elif [ $# -gt 0 ]; then
        cmake "$BUILD_DIR" "$@" >/dev/null
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
