#!/usr/bin/env bash
# Trains the AOT cache (JDK 25: JEP 483/514/515) of a Switchboard build with one start-up run,
# then checks that the JVM accepts the cache.
# Usage: installer/train-aot.sh BUILD_DIR
#   BUILD_DIR is a development build (app/target: switchboard-app.jar + lib/), which gets
#   switchboard.aot + switchboard.aot.stamp used by switchboard-launch, or a jpackage app-image
#   (…/switchboard: bin/switchboard, lib/app/), which gets lib/app/switchboard.aot and
#   -XX:AOTCache in its launcher configuration.
# The training run goes through the same launcher as every later start (same JVM, options and
# class path). Workload: the GUI start-up probe (-Dswitchboard.startupProbe=true
# -Dswitchboard.startupProbe.exit=true, under Xvfb when DISPLAY is unset) if the build prints
# SWITCHBOARD_READY, otherwise `contacts list --json`; always on a temporary profile and HOME.
# Environment: SWITCHBOARD_AOT_WORKLOAD=auto|gui|cli (default auto), SWITCHBOARD_AOT_TIMEOUT=120 (s).
set -euo pipefail
log_prefix=train-aot
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$repo_root/scripts/lib/jdk.sh"

[ $# -eq 1 ] || die "usage: $0 BUILD_DIR"
build=$(cd "$1" 2>/dev/null && pwd) || die "no such directory: $1"
workload=${SWITCHBOARD_AOT_WORKLOAD:-auto}
timeout_s=${SWITCHBOARD_AOT_TIMEOUT:-120}
launch_script=$repo_root/app/src/main/launcher/switchboard-launch

if [ -f "$build/switchboard-app.jar" ]; then
  layout=dev
  switchboard_select_jdk
  cache=$build/switchboard.aot
elif [ -x "$build/bin/$app_name" ] && [ -f "$build/lib/app/$app_name.cfg" ]; then
  layout=image
  cache=$build/lib/app/switchboard.aot
  cfg=$build/lib/app/$app_name.cfg
else
  die "$build is neither a build directory (switchboard-app.jar) nor a Switchboard app-image (bin/$app_name)"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-aot.XXXXXX")
cleanup() {
  local status=$?
  declare -F xvfb_stop >/dev/null && xvfb_stop
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# run_app OUTPUT_PREFIX "JVM OPTIONS" ARGS...: one start through the real launcher, isolated
# from the user's files, on a fresh profile holding the sample address book (sample_vcards);
# stdout/stderr to OUTPUT_PREFIX.out/.err; returns the exit status.
run_app() {
  local prefix=$1 jvm=$2; shift 2
  local home=$tmp/home
  rm -rf "$home" "$tmp/profile"
  mkdir -p "$home" "$tmp/profile"
  # the address book is imported without recording: the cache is trained on the start that shows it
  launch "$prefix.import" "" contacts import "$tmp/sample.vcf" \
    || say "warning: the sample address book was not imported ($(tail -n1 "$prefix.import.err")); training on an empty one"
  launch "$prefix" "$jvm" "$@"
}

# sample_vcards N: N vCards with the fields a start-up shows (names, organisations, every address kind),
# so that the list's cells and their classes are part of the training run.
sample_vcards() {
  local i
  for ((i = 1; i <= $1; i++)); do
    printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sample Person %d\r\nN:Person %d;Sample;;;\r\nORG:Example %d GmbH\r\n' "$i" "$i" $((i % 7))
    printf 'EMAIL:person%d@example.org\r\nTEL:+49 170 %07d\r\nIMPP:xmpp:person%d@chat.example.org\r\nIMPP:sip:person%d@voip.example.org\r\nEND:VCARD\r\n' "$i" "$i" "$i" "$i"
  done
}

# launch OUTPUT_PREFIX "JVM OPTIONS" ARGS...: the launcher on the current profile.
launch() {
  local prefix=$1 jvm=$2; shift 2
  local home=$tmp/home
  local status=0
  jvm="-Duser.home=$home $jvm"   # Java takes user.home from the password database, not $HOME
  if [ $layout = dev ]; then
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache \
      SWITCHBOARD_JAVA_OPTS="$jvm" timeout --kill-after=5 "$timeout_s" \
      "$launch_script" "$build" --profile "$tmp/profile" "$@" >"$prefix.out" 2>"$prefix.err" || status=$?
  else
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache \
      JAVA_TOOL_OPTIONS="$jvm" timeout --kill-after=5 "$timeout_s" \
      "$build/bin/$app_name" --profile "$tmp/profile" "$@" >"$prefix.out" 2>"$prefix.err" || status=$?
    if [ -d "$home/.openjfx" ]; then
      die "the app-image extracted JavaFX natives to ~/.openjfx: they are not loaded from lib/app/lib"
    fi
  fi
  return $status
}

probe_props="-Dswitchboard.startupProbe=true -Dswitchboard.startupProbe.exit=true"
sample_vcards 200 >"$tmp/sample.vcf"

# Leave no old cache in the way: the JVM refuses -XX:AOTCache together with -XX:AOTCacheOutput.
rm -f "$cache" "$cache.stamp"
if [ $layout = image ]; then
  # Until a new cache is verified the launcher runs without one (the old cache is gone).
  grep -v -e '^java-options=-XX:AOTCache=' -e '^java-options=-Xlog:aot' "$cfg" >"$tmp/cfg.noaot" || true
  cp "$tmp/cfg.noaot" "$cfg"
fi

if [ "$workload" != cli ] && [ -z "${DISPLAY:-}" ]; then
  source "$repo_root/scripts/lib/xvfb.sh"
  xvfb_start
fi

trained=""
out=$tmp/train.aot
# The cache holds classes, not method profiles: the app runs C1 only (ADR 0011), which never reads them, and every
# start mapped and touched them (0.9 MB of RSS in the connected start).
record="-XX:AOTCacheOutput=$out -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
if [ "$workload" != cli ]; then
  say "training run: GUI start-up probe (timeout ${timeout_s}s)"
  status=0
  run_app "$tmp/gui" "$record $probe_props" || status=$?
  if grep -q '^SWITCHBOARD_READY' "$tmp/gui.out"; then
    trained=gui
    say "GUI probe: $(grep '^SWITCHBOARD_READY' "$tmp/gui.out" | head -n1)"
  elif [ "$workload" = gui ]; then
    tail -n 20 "$tmp/gui.err" >&2
    die "the GUI printed no SWITCHBOARD_READY (exit status $status): does this build support -Dswitchboard.startupProbe?"
  else
    say "the GUI printed no SWITCHBOARD_READY (exit status $status; no start-up probe in this build?): training on the CLI instead"
    rm -f "$out"
  fi
fi
if [ -z "$trained" ]; then
  say "training run: switchboard contacts list --json"
  status=0
  run_app "$tmp/cli" "$record" contacts list --json || status=$?
  [ $status -eq 0 ] || say "warning: the CLI exited with status $status during training ($(tail -n1 "$tmp/cli.err"))"
  trained=cli
fi
[ -s "$out" ] || { cat "$tmp/$trained.err" >&2; die "the training run wrote no AOT cache"; }

mv "$out" "$cache"
if [ $layout = dev ]; then
  source "$repo_root/app/src/main/launcher/aot-stamp"
  aot_stamp_write "$cache" "$build"
else
  # Use the cache from now on; AOT/CDS messages never go to stdout, which carries --json output.
  awk '{ print } /^\[JavaOptions\]$/ {
             print "java-options=-XX:AOTCache=$APPDIR/switchboard.aot"
             print "java-options=-Xlog:aot*=off,cds*=off"
             print "java-options=-Xlog:aot*=warning,cds*=warning:stderr" }' "$tmp/cfg.noaot" >"$cfg"
  grep -q '^java-options=-XX:AOTCache=' "$cfg" || die "$cfg has no [JavaOptions] section"
fi
say "wrote $cache ($(human_size "$cache"), trained on the $trained start-up)"

# Check with the same workload that the JVM maps the cache and loads our classes from it.
verify_opts="-Xlog:aot*=info,cds*=info:file=$tmp/aot.log -Xlog:class+load=info:file=$tmp/classes.log"
if [ $trained = gui ]; then
  run_app "$tmp/verify" "$verify_opts $probe_props" || true
else
  run_app "$tmp/verify" "$verify_opts" contacts list --json || true
fi
total=$(grep -c 'source: ' "$tmp/classes.log" || true)
shared=$(grep -c 'source: shared objects file' "$tmp/classes.log" || true)
ours=$(grep -c 'org\.switchboard\..* source: shared objects file' "$tmp/classes.log" || true)
if [ "${shared:-0}" -eq 0 ] || ! grep -q 'Using AOT-linked classes: true' "$tmp/aot.log"; then
  grep -iE 'warning|error|mismatch|disab' "$tmp/aot.log" | head -n 20 >&2 || true
  rm -f "$cache" "$cache.stamp"
  [ $layout = image ] && cp "$tmp/cfg.noaot" "$cfg"
  die "the JVM rejected the fresh AOT cache (see the messages above); removed it"
fi
say "verified: $shared of $total classes came from the AOT cache ($ours of them Switchboard's)"
