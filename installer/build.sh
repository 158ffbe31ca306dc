#!/usr/bin/env bash
# Builds Switchboard's Linux app-image and .deb with the jpackage of a JDK >= 25.
# Usage: installer/build.sh [app-image|deb|all]      (default: all; deb includes the app-image)
# Output (installer/out/): image/switchboard/ (the app-image, with its AOT cache), the .deb,
# build-report.txt (sizes and step times).
# Environment:
#   SWITCHBOARD_BUILD_DIR=DIR  package DIR (switchboard-app.jar + lib/) instead of building app/target
#   SWITCHBOARD_AOT=0          no AOT training run (the app then starts without a cache)
#   SWITCHBOARD_INSTALLER_OUT  output directory instead of installer/out
set -euo pipefail
log_prefix=build
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$repo_root/scripts/lib/jdk.sh"

target=${1:-all}
case "$target" in
  app-image|deb|all) ;;
  -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
  *) die "unknown target '$target' (use app-image, deb or all)" ;;
esac

switchboard_select_jdk
jpackage=$JAVA_HOME/bin/jpackage
[ -x "$jpackage" ] || die "$JAVA_HOME has no bin/jpackage (a full JDK >= 25 is needed, not a JRE)"
java_major=$(switchboard_java_major "$JAVA_HOME")
native_arch
read_jvm_options

work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-build.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$out_dir"
image_parent=$out_dir/image
image=$image_parent/$app_name

pom_version=$(sed -n '/<artifactId>switchboard-parent<\/artifactId>/,/<version>/ s:.*<version>\(.*\)</version>.*:\1:p' \
  "$repo_root/pom.xml" | head -n1)
[ -n "$pom_version" ] || die "cannot read the project version from pom.xml"
app_version=${pom_version%-SNAPSHOT}   # jpackage takes only digits and dots

# Project metadata, shared by the app-image and the package.
meta=(--name "$app_name" --app-version "$app_version" --vendor "Switchboard"
  --description "Address book that shows how each person can be reached right now"
  --copyright "Copyright the Switchboard authors" --icon "$installer_dir/icon/switchboard.png")

# Locale data for these languages only (saves ~9 MB of jdk.localedata).
locales=en,de,fr,es,it,pt,nl,sv,da,nb,nn,fi,is,pl,cs,sk,sl,hr,hu,ro,bg,el,ru,uk,tr,ja,zh,ko
jlink_options="--strip-debug --no-man-pages --no-header-files --compress=zip-6 --include-locales=$locales"

# Modules jdeps cannot see (service providers, reflection, locale data) on top of what it finds.
base_modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.security.sasl,java.sql,java.xml,jdk.unsupported,jdk.naming.dns,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.cryptoki,jdk.jfr,jdk.management,jdk.net

maven_build() {
  (cd "$repo_root" && ./mvnw -B -q -DskipTests -pl app -am package) \
    || die "the Maven build failed; run ./mvnw -B -pl app -am package to see why"
}

# The jpackage --input directory: the app jar, lib/*.jar and the Linux natives of those jars
# unpacked into lib/, so that nothing is extracted to ~/.openjfx or /tmp at run time.
stage_input() {
  local input=$work/input jar
  mkdir -p "$input/lib"
  cp "$build_dir/switchboard-app.jar" "$input/"
  cp "$build_dir"/lib/*.jar "$input/lib/"
  for jar in "$input"/lib/*.jar; do
    case "$(basename "$jar")" in
      javafx-*-linux*.jar) # JavaFX loads its natives from the directory of its jars first
        unzip -q -o -j "$jar" '*.so' -x '*/*' -d "$input/lib" 2>/dev/null || [ $? -eq 11 ] ;;
      sqlite-jdbc-*.jar) # found through -Dorg.sqlite.lib.path/name
        unzip -q -o -j "$jar" "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" -d "$input/lib" \
          || die "$(basename "$jar") has no Linux $sqlite_arch native library" ;;
      *) # JNA-style natives (libjitsi and friends): found on java.library.path. Not shipped: libjitsi's
         # PortAudio (kills the JVM on Linux; PulseAudio is used) and its video and screen-capture natives.
        if unzip -Z1 "$jar" 2>/dev/null | grep -q "^$jna_arch/[^/]*\.so"; then
          unzip -q -o -j "$jar" "$jna_arch/*.so" -x "$jna_arch/*/*" "$jna_arch/libjnportaudio.so" "$jna_arch/libjnvpx.so" \
            "$jna_arch/libjnvideo4linux2.so" "$jna_arch/libjnscreencapture.so" "$jna_arch/libjnawtrenderer.so" -d "$input/lib"
        fi ;;
    esac
  done
  ls "$input"/lib/libglass*.so >/dev/null 2>&1 \
    || die "no JavaFX natives found (is javafx-graphics-*-linux.jar among the runtime dependencies?)"
  say "staged $(ls "$input"/lib/*.jar | wc -l) jars and $(ls "$input"/lib/*.so | wc -l) native libraries"
}

find_modules() {
  local found
  if found=$("$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$java_major" \
      --class-path "$work/input/lib/*" "$work/input/switchboard-app.jar" "$work/input"/lib/*.jar 2>"$work/jdeps.err"); then
    found=$(tail -n1 <<<"$found")
  else
    say "warning: jdeps failed ($(tail -n1 "$work/jdeps.err")); using the base module list only"
    found=""
  fi
  modules=$(tr ',' '\n' <<<"$base_modules,$found" | sed '/^$/d' | sort -u | paste -sd, -)
  say "runtime modules: $modules"
}

make_app_image() {
  local java_opts=() opt
  # The shared JVM options (app/src/main/launcher/jvm-options), then what only the package needs.
  for opt in "${jvm_options[@]}" \
      '-Djava.library.path=$APPDIR/lib' \
      '-Dorg.sqlite.lib.path=$APPDIR/lib' \
      '-Dorg.sqlite.lib.name=libsqlitejdbc.so'; do
    java_opts+=(--java-options "$opt")
  done
  rm -rf "$image_parent"
  "$jpackage" --type app-image --dest "$image_parent" "${meta[@]}" \
    --input "$work/input" --main-jar switchboard-app.jar \
    --add-modules "$modules" \
    --jlink-options "$jlink_options" \
    "${java_opts[@]}" >"$work/jpackage-image.log" 2>&1 \
    || { cat "$work/jpackage-image.log" >&2; die "jpackage could not build the app-image"; }
  [ -x "$image/bin/$app_name" ] || die "jpackage wrote no launcher $image/bin/$app_name"
  # The runtime keeps bin/java: the one-step AOT training forks it to write the cache.
  [ -x "$image/lib/runtime/bin/java" ] || die "the jlinked runtime has no bin/java"
}

make_deb() {
  # jpackage adds the libraries the bundled .so files link to (GTK 3, GL, X11, …); these are
  # what is loaded without being linked: font configuration, a font, and libsecret (the passwords'
  # way to the Secret Service; without it the app falls back to java-keyring's slower D-Bus client).
  local deps="fontconfig, fonts-dejavu-core | fonts-liberation2 | fonts-noto-core, libsecret-1-0"
  if ls "$image/lib/app/lib"/libjitsi-*.jar >/dev/null 2>&1; then
    deps="$deps, libpulse0"   # libjitsi's PulseAudio backend
  fi
  rm -rf "$work/deb"
  "$jpackage" --type deb --dest "$work/deb" --app-image "$image" "${meta[@]}" \
    --linux-package-name "$app_name" \
    --linux-deb-maintainer "switchboard@example.org" \
    --linux-app-category net \
    --linux-menu-group "Network;InstantMessaging;Telephony;ContactManagement;" \
    --linux-shortcut \
    --linux-package-deps "$deps" \
    --resource-dir "$installer_dir/resources/deb" \
    --verbose >"$work/jpackage-deb.log" 2>&1 \
    || { tail -n 40 "$work/jpackage-deb.log" >&2; die "jpackage could not build the .deb (needs fakeroot and dpkg-deb)"; }
  local built
  built=$(ls "$work"/deb/*.deb 2>/dev/null | head -n1)
  [ -n "$built" ] || die "jpackage wrote no .deb"
  rm -f "$out_dir"/"$app_name"_*.deb
  deb=$out_dir/$(basename "$built")
  mv "$built" "$deb"
}

if [ -n "${SWITCHBOARD_BUILD_DIR:-}" ]; then
  build_dir=$(cd "$SWITCHBOARD_BUILD_DIR" && pwd)
  say "packaging the build in $build_dir"
else
  build_dir=$repo_root/app/target
  step "maven package" maven_build
fi
[ -f "$build_dir/switchboard-app.jar" ] && [ -d "$build_dir/lib" ] \
  || die "$build_dir holds no switchboard-app.jar and lib/ (build app first)"

step "stage input" stage_input
step "find modules" find_modules
step "jpackage app-image" make_app_image
if [ "${SWITCHBOARD_AOT:-1}" != 0 ]; then
  step "AOT training" "$installer_dir/train-aot.sh" "$image"
else
  say "SWITCHBOARD_AOT=0: no AOT cache"
fi
say "app-image: $image ($(human_size "$image"))"

deb=""
if [ "$target" != app-image ]; then
  step "jpackage deb" make_deb
  say "deb: $deb ($(human_size "$deb"))"
fi

{
  echo "Switchboard installer build, $(date -u +%Y-%m-%dT%H:%M:%SZ), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
  echo "app-image: $image $(bytes "$image") bytes ($(human_size "$image"))"
  echo "  runtime: $(human_size "$image/lib/runtime"), app: $(human_size "$image/lib/app")"
  [ -f "$image/lib/app/switchboard.aot" ] && echo "  AOT cache: $(human_size "$image/lib/app/switchboard.aot")"
  [ -n "$deb" ] && echo "deb: $deb $(bytes "$deb") bytes ($(human_size "$deb"))"
  echo "modules: $modules"
  printf 'step %s\n' "${step_times[@]}"
} | tee "$out_dir/build-report.txt" >&2
