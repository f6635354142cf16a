#!/usr/bin/env bash
# Times `rewire bench CONFIG` with another Rewire distribution (BEFORE, for example one built from an
# older commit with `./mvnw package -DskipTests` and copied from integration-tests/target/rewire) and
# with this checkout's, RUNS times each, interleaved (before, after, before, after, ...), and prints
# each side's train samples/s per run (per-batch medians after WARMUP untimed batches), the medians
# and their ratio. For any config, such as the dense Mosaic baseline:
#   BEFORE=/path/to/old/rewire CONFIG=configs/mosaic-baseline.yaml bench/before-after.sh
# Environment: BEFORE (required), CONFIG (configs/bench.yaml), RUNS (3), WARMUP (6), BATCHES (10),
# extra arguments go to both sides' `rewire bench` (e.g. --set training.threads=2).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
if [[ -z "${BEFORE:-}" ]]; then
  echo "before-after.sh: set BEFORE to the other distribution folder (with lib/ and plugins/)" >&2
  exit 2
fi
CONFIG=${CONFIG:-configs/bench.yaml}
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-6}
BATCHES=${BATCHES:-10}
cd "$ROOT"
[[ -d "$BEFORE/lib" ]] || { echo "before-after.sh: $BEFORE/lib not found" >&2; exit 2; }
./rewire --version >/dev/null 2>&1   # builds this distribution if needed, outside the timing

rate() { python3 -c 'import json,sys; print(json.loads(sys.stdin.read().strip().splitlines()[-1])["train_samples_per_s"])'; }
before_run() {
  java --add-modules jdk.incubator.vector -Xmx1536m -Drewire.home="$BEFORE" -cp "$BEFORE/lib/*" \
    org.rewire.runtime.cli.Main bench "$CONFIG" --json --warmup "$WARMUP" --batches "$BATCHES" "$@" \
    2>/dev/null | rate
}
after_run() {
  ./rewire bench "$CONFIG" --json --warmup "$WARMUP" --batches "$BATCHES" "$@" 2>/dev/null | rate
}
b=(); a=()
for i in $(seq "$RUNS"); do
  echo "run $i/$RUNS ..." >&2
  b+=("$(before_run "$@")")
  a+=("$(after_run "$@")")
done
python3 - "$CONFIG" "${b[*]}" "${a[*]}" <<'PY'
import statistics as st, sys
config, b, a = sys.argv[1], [float(x) for x in sys.argv[2].split()], [float(x) for x in sys.argv[3].split()]
print(f"{config}: train samples/s per run (median batch after warm-up)")
print("before", [round(x, 1) for x in b], "median", round(st.median(b), 1))
print("after ", [round(x, 1) for x in a], "median", round(st.median(a), 1))
print(f"after/before: {st.median(a) / st.median(b):.2f}x")
PY
