# Sourced by the project's scripts: selects a JDK >= 25 and exports JAVA_HOME, or fails clearly.
# Looks at $JAVA_HOME, then every JDK under /usr/lib/jvm (and /opt, ~/.sdkman), then `java` on PATH.
switchboard_java_major() { # JAVA_HOME_CANDIDATE -> major version on stdout, empty if not a JDK
  local home=$1 v=""
  [ -x "$home/bin/javac" ] || return 0
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  echo "$v"
}

switchboard_select_jdk() {
  local min=25 cand major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for cand in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$cand" ] && candidates+=("$cand")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  local best="" best_major=0
  for cand in "${candidates[@]}"; do
    major=$(switchboard_java_major "$cand")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best=$cand best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "switchboard: no JDK $min or newer found (looked at \$JAVA_HOME, /usr/lib/jvm, /opt, PATH)." >&2
    echo "switchboard: install one, e.g. Temurin 25 (apt-get install temurin-25-jdk from Adoptium's repository), and/or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}
