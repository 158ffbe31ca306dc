#!/usr/bin/env bash
# Installer test: builds the .deb, installs it with dpkg, checks that `switchboard` is on the PATH
# with its desktop entry and URL handlers, runs the CLI (`contacts list --json`) and the GUI of the
# installed package on temporary profiles, waits for the "Switchboard" window, takes a screenshot
# (installer/out/installed-window.png) and purges the package again. Needs root (dpkg -i).
# Uses $DISPLAY (scripts/test starts Xvfb) or starts its own Xvfb.
# Environment: SWITCHBOARD_BUILD_DIR (package that build instead of app/target, see build.sh),
#   SWITCHBOARD_SKIP_BUILD=1 (test the .deb already in installer/out), SWITCHBOARD_WINDOW_TIMEOUT=30 (s).
set -euo pipefail
log_prefix=test-deb
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

window_timeout=${SWITCHBOARD_WINDOW_TIMEOUT:-30}
fail() { die "FAILED: $*"; }

[ "$(id -u)" -eq 0 ] || fail "must run as root to install the package with dpkg (try: sudo $0)"
for tool in dpkg dpkg-deb apt-get xdotool import xdpyinfo; do
  command -v "$tool" >/dev/null || fail "missing tool '$tool' (run scripts/install-test-deps)"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-test-deb.XXXXXX")
app_pid=""
installed=""
cleanup() {
  local status=$?
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ -n "$installed" ]; then
    dpkg --purge "$app_name" >"$tmp/purge.log" 2>&1 || { cat "$tmp/purge.log" >&2; echo "test-deb: could not purge $app_name" >&2; status=1; }
  fi
  declare -F xvfb_stop >/dev/null && xvfb_stop
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The app runs as an isolated user (env "${as_user[@]}" …, and -Duser.home because Java takes its
# home directory from the password database): nothing of the tester's home is touched.
user_home=$tmp/home
mkdir -p "$user_home"
as_user=(HOME="$user_home" XDG_CONFIG_HOME="$user_home/.config" XDG_DATA_HOME="$user_home/.local/share"
  XDG_CACHE_HOME="$user_home/.cache")

build_deb() { "$installer_dir/build.sh" deb; }
if [ "${SWITCHBOARD_SKIP_BUILD:-0}" = 1 ]; then
  say "SWITCHBOARD_SKIP_BUILD=1: testing the existing package"
else
  step "build .deb" build_deb
fi
deb=$(ls "$out_dir/${app_name}"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no $out_dir/${app_name}_*.deb (did installer/build.sh deb fail?)"
say "package: $deb, $(bytes "$deb") bytes ($(human_size "$deb"))"

# Start from a clean system, then install the package's missing dependencies and the package.
if dpkg-query -W -f='${Status}' "$app_name" 2>/dev/null | grep -q installed; then
  say "removing an earlier installation of $app_name"
  dpkg --purge "$app_name" >/dev/null
fi
install_deps() {
  local dep missing=()
  while IFS= read -r dep; do
    dep=${dep%%|*}; dep=${dep%%(*}; dep=$(echo "$dep" | tr -d ' ')
    [ -n "$dep" ] || continue
    dpkg-query -W -f='${Status}' "$dep" 2>/dev/null | grep -q 'install ok installed' || missing+=("$dep")
  done < <(dpkg-deb -f "$deb" Depends | tr ',' '\n')
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing dependencies: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$tmp/apt.log" 2>&1 \
      || { tail -n 20 "$tmp/apt.log" >&2; fail "apt-get could not install ${missing[*]}"; }
  fi
  mkdir -p /usr/share/applications   # xdg-desktop-menu fails without it (see LIBRARIES.md)
}
dpkg_install() {
  installed=1   # from here on, cleanup purges even a half-installed package
  dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -i $deb failed"; }
  if grep -qi 'warning\|failed' "$tmp/dpkg.log"; then cat "$tmp/dpkg.log" >&2; fi
}
step "install dependencies" install_deps
step "dpkg -i" dpkg_install

check_installation() {
  local cmd desktop
  cmd=$(command -v "$app_name") || fail "'$app_name' is not on the PATH after installing the package"
  [ "$(readlink -f "$cmd")" = "/opt/$app_name/bin/$app_name" ] \
    || fail "'$cmd' does not lead to /opt/$app_name/bin/$app_name"
  desktop=/usr/share/applications/${app_name}-${app_name}.desktop
  [ -f "$desktop" ] || fail "no desktop entry $desktop"
  grep -q '^Name=Switchboard$' "$desktop" || fail "the desktop entry is not named Switchboard"
  grep -q '^Exec=.* %u$' "$desktop" || fail "the desktop entry's Exec line takes no URL (%u)"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
  fi
  if command -v update-desktop-database >/dev/null; then
    grep -q "x-scheme-handler/xmpp=.*${app_name}-${app_name}.desktop" /usr/share/applications/mimeinfo.cache \
      || fail "xmpp: links are not registered to Switchboard (mimeinfo.cache)"
  fi
  say "'$app_name' is $cmd -> $(readlink -f "$cmd"); desktop entry $desktop registered for xmpp:, sip:, sips:, tel: (not mailto: — Switchboard hands mail to the system's mail client)"
}
step "check installation" check_installation

# The CLI of the installed package; its class loading also shows whether the shipped AOT cache
# is accepted at its installed place (/opt/...), not only where it was trained.
run_cli() {
  local status=0
  mkdir -p "$tmp/cli-profile"
  env "${as_user[@]}" JAVA_TOOL_OPTIONS="-Duser.home=$user_home -Xlog:class+load=info:file=$tmp/cli-classes.log" \
    "$app_name" --profile "$tmp/cli-profile" contacts list --json >"$tmp/cli.out" 2>"$tmp/cli.err" || status=$?
  if [ $status -ne 0 ]; then
    cat "$tmp/cli.err" >&2
    if grep -qiE 'unknown|usage|unrecognized|not a command' "$tmp/cli.err" "$tmp/cli.out"; then
      fail "the installed switchboard does not know 'contacts list --json' (exit $status): is the CLI merged into this build?"
    fi
    fail "'switchboard --profile DIR contacts list --json' exited with status $status"
  fi
  [ -s "$tmp/cli.out" ] || fail "'contacts list --json' exited 0 but printed nothing: this build's CLI is still the placeholder (merge the CLI)"
  tr -d ' \n\t\r' <"$tmp/cli.out" | grep -qE '^\[.*\]$' \
    || fail "'contacts list --json' printed no JSON array on an empty profile: $(head -c 300 "$tmp/cli.out")"
  say "CLI: contacts list --json -> $(head -c 200 "$tmp/cli.out" | tr '\n' ' ')"
  local total shared
  total=$(grep -c 'source: ' "$tmp/cli-classes.log" || true)
  shared=$(grep -c 'source: shared objects file' "$tmp/cli-classes.log" || true)
  if [ -f "/opt/$app_name/lib/app/switchboard.aot" ]; then
    [ "${shared:-0}" -gt 0 ] || fail "the installed AOT cache was not used (0 of $total classes from it)"
    say "AOT cache accepted where installed: $shared of $total classes from it"
  else
    say "warning: the package ships no AOT cache (built with SWITCHBOARD_AOT=0?)"
  fi
}
step "CLI contacts list" run_cli

if [ -z "${DISPLAY:-}" ]; then
  source "$repo_root/scripts/lib/xvfb.sh"
  xvfb_start
fi
window_id=""
start_gui() {
  mkdir -p "$tmp/gui-profile"
  env "${as_user[@]}" JAVA_TOOL_OPTIONS="-Duser.home=$user_home" "$app_name" --profile "$tmp/gui-profile" >"$tmp/gui.out" 2>"$tmp/gui.err" &
  app_pid=$!
  local start_ms deadline=$((SECONDS + window_timeout))
  start_ms=$(date +%s%3N)
  while :; do
    window_id=$(xdotool search --onlyvisible --name '^Switchboard$' 2>/dev/null | head -n1 || true)
    [ -n "$window_id" ] && break
    if ! kill -0 "$app_pid" 2>/dev/null; then
      local status=0; wait "$app_pid" || status=$?; app_pid=""
      tail -n 30 "$tmp/gui.err" >&2
      fail "the installed GUI exited with status $status before showing a window titled 'Switchboard'"
    fi
    if [ $SECONDS -ge $deadline ]; then
      tail -n 30 "$tmp/gui.err" >&2
      xwininfo -root -tree 2>/dev/null | grep -E '^\s+0x' | head -n 20 >&2 || true
      fail "no window titled 'Switchboard' within ${window_timeout}s"
    fi
    sleep 0.2
  done
  say "window $window_id 'Switchboard' is up $(( $(date +%s%3N) - start_ms )) ms after the start (polled every 0.2 s)"
  [ ! -d "$user_home/.openjfx" ] || fail "the installed app extracted JavaFX natives to ~/.openjfx"
}
screenshot() {
  sleep 1   # let the first frame paint before the picture
  import -window root "$out_dir/installed-window.png" || fail "import could not take a screenshot"
  say "screenshot: $out_dir/installed-window.png"
}
stop_gui() {
  kill "$app_pid" 2>/dev/null || true
  local deadline=$((SECONDS + 10))
  while kill -0 "$app_pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
  kill -KILL "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
step "GUI window" start_gui
step "screenshot" screenshot
step "stop GUI" stop_gui

purge() {
  dpkg --purge "$app_name" >"$tmp/purge.log" 2>&1 || { cat "$tmp/purge.log" >&2; fail "dpkg --purge $app_name failed"; }
  installed=""
  [ ! -e "/usr/bin/$app_name" ] && [ ! -L "/usr/bin/$app_name" ] || fail "/usr/bin/$app_name is left after purging"
  [ ! -e "/opt/$app_name" ] || fail "/opt/$app_name is left after purging"
  [ ! -e "/usr/share/applications/${app_name}-${app_name}.desktop" ] || fail "the desktop entry is left after purging"
}
step "purge" purge

say "PASSED: the .deb installs, runs its CLI and GUI, and purges cleanly"
printf '  %s\n' "${step_times[@]}" >&2
