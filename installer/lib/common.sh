# Sourced by the installer scripts: paths, logging, step timing and the shared JVM options.
installer_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo_root=$(cd "$installer_dir/.." && pwd)
out_dir=${SWITCHBOARD_INSTALLER_OUT:-$installer_dir/out}
jvm_options_file=$repo_root/app/src/main/launcher/jvm-options
app_name=switchboard

say() { echo "${log_prefix:-installer}: $*" >&2; }
die() { echo "${log_prefix:-installer}: ERROR: $*" >&2; exit 1; }

# step NAME COMMAND...: runs COMMAND, then prints and records how long it took.
step() {
  local name=$1 start end; shift
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  local secs; secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  say "step '$name' took ${secs}s"
  step_times+=("$name: ${secs}s")
}
step_times=()

# The JVM options of app/src/main/launcher/jvm-options, one per array element (comments dropped).
read_jvm_options() {
  jvm_options=()
  local line
  [ -f "$jvm_options_file" ] || die "missing $jvm_options_file"
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) ;; *) jvm_options+=("$line") ;; esac
  done < "$jvm_options_file"
}

# The Debian architecture name and the directory names the native-library jars use for it.
native_arch() {
  case "$(uname -m)" in
    x86_64) deb_arch=amd64 sqlite_arch=x86_64 jna_arch=linux-x86-64 ;;
    aarch64) deb_arch=arm64 sqlite_arch=aarch64 jna_arch=linux-aarch64 ;;
    *) die "unsupported machine $(uname -m)" ;;
  esac
}

human_size() { du -sh --apparent-size "$1" | cut -f1; }
bytes() { du -sb --apparent-size "$1" | cut -f1; }
