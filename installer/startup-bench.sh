#!/usr/bin/env bash
# Measures start-up of the packaged app with and without its AOT cache (prints figures, asserts
# nothing): wall time of `switchboard contacts list --json` and, when the build has the start-up
# probe, the GUI's SWITCHBOARD_READY time and the wall time until it exits. Medians of RUNS runs,
# each on a fresh temporary profile. "without" is -XX:AOTMode=off: the jlinked runtime has no
# default CDS archive, so that is the package as it would be without the cache.
# Usage: installer/startup-bench.sh [APP_IMAGE (default installer/out/image/switchboard)] [RUNS (default 5)]
set -euo pipefail
log_prefix=startup-bench
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

image=${1:-$out_dir/image/$app_name}
runs=${2:-5}
launcher=$image/bin/$app_name
[ -x "$launcher" ] || die "no app-image at $image (run installer/build.sh app-image)"
[ -f "$image/lib/app/switchboard.aot" ] || say "warning: $image has no AOT cache; both columns measure the same thing"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-bench.XXXXXX")
cleanup() { local s=$?; declare -F xvfb_stop >/dev/null && xvfb_stop; rm -rf "$tmp"; exit "$s"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  source "$repo_root/scripts/lib/xvfb.sh"
  xvfb_start
fi

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'; }

# run_once "JVM OPTIONS" ARGS...: prints "WALL_MS READY_MS" (READY_MS "-" without a probe line).
run_once() {
  local jvm=$1; shift
  rm -rf "$tmp/profile" "$tmp/home"; mkdir -p "$tmp/profile" "$tmp/home"
  local t0 t1 ready
  t0=$(date +%s%3N)
  env HOME="$tmp/home" JAVA_TOOL_OPTIONS="$jvm" timeout 60 "$launcher" --profile "$tmp/profile" "$@" \
    >"$tmp/out" 2>"$tmp/err" || true
  t1=$(date +%s%3N)
  ready=$(sed -n 's/^SWITCHBOARD_READY \([0-9]*\).*/\1/p' "$tmp/out" | head -n1)
  echo "$((t1 - t0)) ${ready:--}"
}

probe="-Dswitchboard.startupProbe=true -Dswitchboard.startupProbe.exit=true"
has_probe=""
run_once "$probe" >/dev/null   # warm the file cache; also tells whether the probe exists
grep -q '^SWITCHBOARD_READY' "$tmp/out" && has_probe=1

printf '%-8s %-26s %10s %10s\n' cache workload "wall ms" "ready ms"
for mode in with without; do
  extra=""; [ $mode = without ] && extra="-XX:AOTMode=off"
  : >"$tmp/cli"
  for _ in $(seq "$runs"); do run_once "$extra" contacts list --json >>"$tmp/cli"; done
  printf '%-8s %-26s %10s %10s\n' $mode "contacts list --json" "$(cut -d' ' -f1 "$tmp/cli" | median)" -
  if [ -n "$has_probe" ]; then
    : >"$tmp/gui"
    for _ in $(seq "$runs"); do run_once "$extra $probe" >>"$tmp/gui"; done
    printf '%-8s %-26s %10s %10s\n' $mode "GUI to SWITCHBOARD_READY" \
      "$(cut -d' ' -f1 "$tmp/gui" | median)" "$(cut -d' ' -f2 "$tmp/gui" | grep -v - | median)"
  fi
done
[ -n "$has_probe" ] || say "this build prints no SWITCHBOARD_READY: GUI start-up not measured"
