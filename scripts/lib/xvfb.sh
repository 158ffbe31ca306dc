# Sourced: xvfb_start starts a private Xvfb on a free display and exports DISPLAY; xvfb_stop ends it.
xvfb_start() {
  local d
  for d in $(seq 91 120); do
    [ -e "/tmp/.X11-unix/X$d" ] || [ -e "/tmp/.X$d-lock" ] || break
  done
  Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
  XVFB_PID=$!
  export DISPLAY=":$d"
  local deadline=$((SECONDS + 10))
  until xdpyinfo >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "$XVFB_PID" 2>/dev/null; then
      echo "xvfb: Xvfb did not start on $DISPLAY (is the xvfb package installed?)" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "xvfb: running on $DISPLAY (pid $XVFB_PID)" >&2
}

xvfb_stop() {
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
  return 0
}
