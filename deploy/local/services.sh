#!/usr/bin/env bash
# Start/stop the chipwire stream workers in the background, logs and pids under var/.
# usage: services.sh start|stop|status [name...]   (names: ingest tagger indexer deals)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VAR=${CHIPWIRE_VAR:-$ROOT/var}
PY=${CHIPWIRE_PYTHON:-$ROOT/.venv/bin/python}
ALL=(ingest tagger indexer deals)
declare -A PORT=([ingest]=${CHIPWIRE_INGEST_PORT:-6066} [tagger]=${CHIPWIRE_TAGGER_PORT:-6067}
                 [indexer]=${CHIPWIRE_INDEXER_PORT:-6068} [deals]=${CHIPWIRE_DEALS_PORT:-6069})
mkdir -p "$VAR/log" "$VAR/run"

pid_of() { local f="$VAR/run/svc-$1.pid"; [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

start_one() {
  local name=$1
  if pid=$(pid_of "$name"); then echo "$name already running (pid $pid)"; return 0; fi
  [[ -f "$ROOT/services/$name/__main__.py" ]] || { echo "$name: not built yet, skipped"; return 0; }
  # exec: the recorded pid is the worker itself, not a subshell that would outlive a stop
  (cd "$ROOT" && CHIPWIRE_DATA_DIR="$VAR/faust" exec nohup "$PY" -m "services.$name" \
      >>"$VAR/log/$name.log" 2>&1 </dev/null) &
  echo $! >"$VAR/run/svc-$name.pid"
  echo "$name started (pid $(cat "$VAR/run/svc-$name.pid"), metrics http://127.0.0.1:${PORT[$name]}/metrics)"
}

wait_ready() {
  local name=$1 deadline=$((SECONDS + ${CHIPWIRE_START_TIMEOUT:-90}))
  [[ -f "$ROOT/services/$name/__main__.py" ]] || return 0
  until curl -sf "http://127.0.0.1:${PORT[$name]}/metrics" >/dev/null; do
    if ! pid_of "$name" >/dev/null; then
      echo "$name exited; last log lines:" >&2; tail -n 30 "$VAR/log/$name.log" >&2; return 1
    fi
    if (( SECONDS > deadline )); then
      echo "$name not ready in time; last log lines:" >&2; tail -n 30 "$VAR/log/$name.log" >&2; return 1
    fi
    sleep 1
  done
}

stop_one() {
  local name=$1 pid
  if ! pid=$(pid_of "$name"); then rm -f "$VAR/run/svc-$name.pid"; return 0; fi
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$VAR/run/svc-$name.pid"
  echo "$name stopped"
}

cmd=${1:-status}; shift || true
names=("$@"); (( ${#names[@]} )) || names=("${ALL[@]}")
case $cmd in
  start) for n in "${names[@]}"; do start_one "$n"; done
         for n in "${names[@]}"; do wait_ready "$n"; done ;;
  stop) for n in "${names[@]}"; do stop_one "$n"; done ;;
  status) for n in "${names[@]}"; do
            if pid=$(pid_of "$n"); then echo "$n running pid=$pid port=${PORT[$n]}"; else echo "$n stopped"; fi
          done ;;
  *) echo "usage: $0 start|stop|status [name...]" >&2; exit 2 ;;
esac
