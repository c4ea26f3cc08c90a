# build-on-first-use.sh — sourced (not run) by scripts/paridx and scripts/test: makes sure the
# Debian packages paridx needs are installed, then configures (first use only) and builds a
# CMake build directory, keeping all apt and compiler chatter in <build-dir>/setup.log.
# Provides: px_setup BUILD_DIR [EXTRA_PACKAGE...] [-- CMAKE_OPTION...]
#   px_up_to_date BUILD_DIR: true when its last good build is newer than every source and every
#     static archive it linked (BUILD_DIR/linked-archives, written by CMake)
#   PX_STAMP: the name of that build's stamp inside BUILD_DIR
#   exits 2 (with one message naming the packages) when packages are missing and cannot be
#   installed, 6 (with the log's tail) when installing, configuring or building fails.
# Uses: bash, dpkg-query, apt-get (as root, else through `sudo -n`), cmake, flock if present.
# Expects PX_ROOT (the repository root) to be set by the sourcing script.
# shellcheck shell=bash

PX_PACKAGES=(liblua5.4-dev libsqlite3-dev libpcre2-dev libutf8proc-dev nettle-dev libcmocka-dev
             libxlsxwriter-dev libzip-dev libexpat1-dev libedit-dev
             gettext      # msgfmt builds po/vi.po's catalogue; xgettext, msgmerge check it (tests)
             libc-l10n)   # the C library's own messages ("No space left on device") in Vietnamese
# Tools count as present when their command is, wherever it came from.
PX_TOOLS=(pkg-config:pkg-config cmake:cmake make:make cc:gcc)

px_log=/dev/null

# Prints the tail of the setup log on stderr and exits with status $1.
px_fail() {
    echo "paridx: $2 (last lines of $px_log follow)" >&2
    tail -n 40 "$px_log" >&2
    exit "$1"
}

px_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

# Prints the names of the missing packages among the required ones and those given.
px_missing_packages() {
    local pkg tool
    for pkg in "${PX_PACKAGES[@]}" "$@"; do
        px_installed "$pkg" || echo "$pkg"
    done
    for tool in "${PX_TOOLS[@]}"; do
        command -v "${tool%%:*}" >/dev/null || px_installed "${tool#*:}" || echo "${tool#*:}"
    done
}

# Installs packages "$@" with apt-get as root or through passwordless sudo; exits 2 when
# neither is possible.
px_install_packages() {
    local -a apt
    if [ "$(id -u)" = 0 ]; then
        apt=(env DEBIAN_FRONTEND=noninteractive apt-get)
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        apt=(sudo -n env DEBIAN_FRONTEND=noninteractive apt-get)
    else
        echo "paridx: missing Debian packages: $*; install them with: sudo apt-get install $*" >&2
        exit 2
    fi
    echo "paridx: installing Debian packages: $* (log in $px_log)" >&2
    local updated=no
    if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
        "${apt[@]}" update >>"$px_log" 2>&1 || px_fail 6 "apt-get update failed"
        updated=yes
    fi
    if ! "${apt[@]}" install -y --no-install-recommends "$@" >>"$px_log" 2>&1; then
        [ "$updated" = no ] || px_fail 6 "apt-get install $* failed"
        "${apt[@]}" update >>"$px_log" 2>&1 || px_fail 6 "apt-get update failed"
        "${apt[@]}" install -y --no-install-recommends "$@" >>"$px_log" 2>&1 ||
            px_fail 6 "apt-get install $* failed"
    fi
}

# The stamp of the last good build, BUILD_DIR/$PX_STAMP: taken before the build starts, so a
# source edited during the build is still newer than it.
PX_STAMP=.built

# True when BUILD_DIR/paridx exists and nothing the binary is built from (core/, db/, po/, the
# CMakeLists.txt files) is newer than the last good build: every file and folder under them
# (a folder is newer when a file in it was added or removed), each compared by bash itself.
# No other program: `find` in a subshell took 9.6 ms a call here, bash's own walk 4.0 ms
# (medians of 20); no dpkg, no cmake.  The caller's shell options are left as they were.
px_up_to_date() {
    local stamp=$1/$PX_STAMP f i options=() archives=() files=()
    [ -x "$1/paridx" ] && [ -f "$stamp" ] || return 1
    [ -f "$1/linked-archives" ] && mapfile -t archives <"$1/linked-archives"
    for f in globstar dotglob nullglob; do # set for the walk, then as they were
        if shopt -q "$f"; then options+=(-s "$f"); else options+=(-u "$f"); fi
    done
    shopt -s globstar dotglob nullglob
    files=("$PX_ROOT"/core/** "$PX_ROOT"/db/** "$PX_ROOT"/po/**)
    for ((i = 0; i < ${#options[@]}; i += 2)); do shopt "${options[i]}" "${options[i + 1]}"; done
    for f in "${files[@]}" "$PX_ROOT/CMakeLists.txt" "$PX_ROOT/tests/CMakeLists.txt" \
        "${archives[@]}"; do
        [[ $f -nt $stamp ]] && return 1
    done
    return 0
}

px_setup() {
    local dir=$1 extra=() cmake_options=()
    shift
    while [ $# -gt 0 ] && [ "$1" != -- ]; do extra+=("$1"); shift; done
    [ $# -eq 0 ] || { shift; cmake_options=("$@"); }

    mkdir -p "$dir" || exit 6
    px_log=$dir/setup.log
    : >"$px_log" || exit 6
    exec 9>"$dir/.setup.lock" || exit 6
    if command -v flock >/dev/null; then
        flock 9 # one set-up at a time per build directory
    fi

    if command -v dpkg-query >/dev/null; then
        local missing
        missing=$(px_missing_packages "${extra[@]}")
        # shellcheck disable=SC2086  # one package name per word
        [ -z "$missing" ] || px_install_packages $missing
    fi

    if [ ! -f "$dir/CMakeCache.txt" ]; then
        echo "paridx: building $dir (first use; log in $px_log)" >&2
        if ! cmake -S "$PX_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            "${cmake_options[@]}" >>"$px_log" 2>&1; then
            rm -f "$dir/CMakeCache.txt"
            px_fail 6 "configuring $dir failed"
        fi
    fi
    local stamp=$dir/$PX_STAMP
    touch "$stamp.new" || exit 6
    cmake --build "$dir" -j2 >>"$px_log" 2>&1 || px_fail 6 "building $dir failed"
    mv -f "$stamp.new" "$stamp" || exit 6
    exec 9>&-
}
