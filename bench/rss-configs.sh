#!/usr/bin/env bash
# Peak RSS (MiB, whole process: bench/peak-rss.py) of `./rewire run CONFIG --set training.epochs=1`
# for every shipped config that reads fsdd-spikes, with the launcher's default heap (REWIRE_JAVA_OPTS,
# JDK_JAVA_OPTIONS and JAVA_TOOL_OPTIONS unset), then of one full run of
# configs/paper/fsdd/routing-aware.yaml and of a 2-worker sweep of the baseline (2 epochs each).
# Run folders go to a temporary folder, removed at the end. Environment: PYTHON (/usr/bin/python3).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-/usr/bin/python3}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
cd "$ROOT"
unset REWIRE_JAVA_OPTS JDK_JAVA_OPTIONS JAVA_TOOL_OPTIONS
./rewire --version >/dev/null 2>&1   # builds the distribution if needed, outside the measurement

measure() {   # LABEL COMMAND...
  local label=$1; shift
  local start=$SECONDS
  "$PYTHON" bench/peak-rss.py --out "$OUT/rss" "$@" >"$OUT/log" 2>&1
  local rc=$?
  echo "$label: exit $rc, peak RSS $(cat "$OUT/rss") MiB, $((SECONDS - start)) s wall"
  ((rc == 0)) || tail -n 3 "$OUT/log"
}

for c in $(grep -l 'fsdd' configs/*.yaml configs/paper/fsdd/*.yaml | grep -v -- '-sweep.yaml'); do
  measure "$c (1 epoch)" ./rewire run "$c" --set training.epochs=1 --output "$OUT/runs"
done
measure "configs/paper/fsdd/routing-aware.yaml (all epochs)" \
  ./rewire run configs/paper/fsdd/routing-aware.yaml --output "$OUT/runs-full"
cat >"$OUT/sweep.yaml" <<EOS
experiment: $ROOT/configs/paper/fsdd/baseline.yaml
name: rss-sweep
grid: {seed: [1, 2], training.epochs: [2]}
workers: 2
EOS
measure "sweep of configs/paper/fsdd/baseline.yaml, 2 workers x 2 epochs" \
  ./rewire sweep "$OUT/sweep.yaml" --output "$OUT/sweeps"
