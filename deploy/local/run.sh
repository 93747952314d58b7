#!/usr/bin/env bash
# `make run`: the local stack, the workers, the bundled sample wire, a summary, then wait
# for Ctrl-C and stop everything.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
BIN=$ROOT/.venv/bin

stop_all() {
  trap - INT TERM EXIT
  echo; echo "stopping chipwire..."
  bash deploy/local/services.sh stop || true
  bash deploy/local/stack.sh down || true
}
trap stop_all INT TERM EXIT

bash deploy/local/stack.sh up
bash deploy/local/services.sh start
"$BIN/chipwire" publish deploy/samples/wire
"$BIN/chipwire" summary --wait "${CHIPWIRE_RUN_WAIT_S:-120}" --expect-dir deploy/samples/wire
echo
echo "chipwire is running. Ctrl-C stops the workers and the stack."
# sleep in the background and wait: bash runs a trap only between commands, and `wait`
# returns at once on a signal, so Ctrl-C or SIGTERM stops everything without delay
while true; do sleep 3600 & wait $!; done
