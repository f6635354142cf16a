#!/usr/bin/env bash
# Trains the paper's network (5x5 tiles of 32 neurons, 128 inputs, 10 classes, 100 steps,
# batch 256, p1 = 1.0, p3 = 0.1) with the PyTorch reference and with the Rewire engine, RUNS
# times each, interleaved (torch first in odd runs, Rewire first in even ones), and prints the
# train samples/s of every run after warm-up, the medians, their ratio and each side's peak RSS.
#
# Warm-up, both sides untimed, then timed batches measured the same way (samples / wall time of
# the timed training steps together, like one epoch):
#   torch:  `torch_reference.py --epochs 2 --max-batches TORCH_BATCHES`; epoch 1 is the warm-up,
#           epoch 2 is timed (the reference times each epoch's training loop, test pass excluded).
#   Rewire: `rewire bench --warmup JAVA_WARMUP --batches JAVA_BATCHES` (JSON timed_s), after the
#           data is loaded and binned; JIT compilation happens during start-up and warm-up.
# Peak RSS: the whole process, start-up, data loading and test pass included, measured the same
# way on both sides (bench/peak-rss.py: the kernel's ru_maxrss, i.e. VmHWM).
#
# Environment: RUNS (3), THREADS (2), TORCH_BATCHES (6 per epoch), JAVA_WARMUP (6),
# JAVA_BATCHES (6), PYTHON (/usr/bin/python3), DATA (fsdd-spikes folder), TORCH_REF
# (torch_reference.py), REWIRE_JAVA_OPTS (JVM options; unset: the launcher's defaults),
# BEFORE (optional: another Rewire distribution folder, for example one built from an older commit
# with `./mvnw package -DskipTests` and copied from integration-tests/target/rewire; it is timed
# the same way in the same interleaved runs, so a change's speed is compared before and after).
# Needs: apt-get install -y python3-torch python3-h5py libopenblas0-pthread (Debian's torch calls
# the system BLAS; with the reference BLAS alone, libblas3, torch trains about 10x slower, which would
# flatter Rewire: the script refuses to run then).
#
# The Java side is `rewire bench configs/bench.yaml`: the same network and data through the real
# loader, binner and training loop (engine, Adam, sparsifier hooks).
set -euo pipefail
if [[ $# -gt 0 ]]; then
  case "$1" in
    -h|--help) sed -n '2,28p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: takes no arguments (settings are environment variables; --help)" >&2; exit 2 ;;
  esac
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
DATA=${DATA:-$SHARED/data/fsdd-spikes}
TORCH_REF=${TORCH_REF:-$SHARED/bench/torch_reference.py}
PYTHON=${PYTHON:-/usr/bin/python3}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
TORCH_BATCHES=${TORCH_BATCHES:-6}
JAVA_WARMUP=${JAVA_WARMUP:-6}
JAVA_BATCHES=${JAVA_BATCHES:-6}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

for f in "$TORCH_REF" "$DATA/fsdd_spikes_train.h5.gz" "$DATA/fsdd_spikes_test.h5.gz"; do
  [[ -f "$f" ]] || { echo "compare.sh: $f not found (set SHARED, DATA or TORCH_REF)" >&2; exit 2; }
done
"$PYTHON" -c 'import torch, h5py' 2>/dev/null || {
  echo "compare.sh: $PYTHON cannot import torch and h5py; apt-get install -y python3-torch python3-h5py" >&2
  exit 2
}

# Debian's torch does its matrix products through libblas.so.3: refuse the unoptimised reference.
blas=$(readlink -f /etc/alternatives/libblas.so.3-x86_64-linux-gnu 2>/dev/null || true)
if [[ -n "$blas" && "$blas" != *openblas* && "$blas" != *blis* && "$blas" != *mkl* ]]; then
  echo "compare.sh: torch would use the reference BLAS ($blas); apt-get install -y libopenblas0-pthread" >&2
  exit 2
fi

cd "$ROOT"
./rewire --version >/dev/null 2>&1   # builds the distribution if needed, outside the timing

torch_run() {
  "$PYTHON" bench/peak-rss.py --out "$OUT/torch.rss" \
    "$PYTHON" "$TORCH_REF" "$DATA/fsdd_spikes_train.h5.gz" "$DATA/fsdd_spikes_test.h5.gz" \
    --classes 10 --threads "$THREADS" --epochs 2 --max-batches "$TORCH_BATCHES" >"$OUT/torch.out"
  [[ $(wc -l <"$OUT/torch.out") -eq 2 ]] || { echo "compare.sh: torch printed no 2 epochs" >&2; exit 1; }
  cat "$OUT/torch.out" >>"$OUT/torch.jsonl"
  cat "$OUT/torch.rss" >>"$OUT/torch.rsslist"
}

java_run() {
  "$PYTHON" bench/peak-rss.py --out "$OUT/java.rss" \
    ./rewire bench configs/bench.yaml --json --set training.threads="$THREADS" \
    --warmup "$JAVA_WARMUP" --batches "$JAVA_BATCHES" 2>"$OUT/java.err" >"$OUT/java.out" || {
    echo "compare.sh: rewire bench failed:" >&2; cat "$OUT/java.err" >&2; exit 1; }
  tail -n 1 "$OUT/java.out" >>"$OUT/java.jsonl"
  cat "$OUT/java.rss" >>"$OUT/java.rsslist"
}

before_run() {
  "$PYTHON" bench/peak-rss.py --out "$OUT/before.rss" \
    java --add-modules jdk.incubator.vector -Xmx1536m ${REWIRE_JAVA_OPTS:-} -Drewire.home="$BEFORE" \
    -cp "$BEFORE/lib/*" org.rewire.runtime.cli.Main \
    bench configs/bench.yaml --json --set training.threads="$THREADS" \
    --warmup "$JAVA_WARMUP" --batches "$JAVA_BATCHES" 2>"$OUT/before.err" >"$OUT/before.out" || {
    echo "compare.sh: rewire bench of $BEFORE failed:" >&2; cat "$OUT/before.err" >&2; exit 1; }
  tail -n 1 "$OUT/before.out" >>"$OUT/before.jsonl"
  cat "$OUT/before.rss" >>"$OUT/before.rsslist"
}

sides=(torch java)
if [[ -n "${BEFORE:-}" ]]; then
  [[ -d "$BEFORE/lib" ]] || { echo "compare.sh: BEFORE=$BEFORE is not a Rewire distribution (no lib/)" >&2; exit 2; }
  sides+=(before)
fi
for run in $(seq "$RUNS"); do
  cut -d' ' -f1 /proc/loadavg >>"$OUT/load"
  # Each run starts with another side, so no side always runs first (or after the same one).
  k=$(((run - 1) % ${#sides[@]}))
  order="${sides[*]:k} ${sides[*]:0:k}"
  for side in $order; do
    echo "run $run/$RUNS: $side ..." >&2
    "${side}_run"
  done
done
cut -d' ' -f1 /proc/loadavg >>"$OUT/load"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM"
echo "java: $(./rewire --version 2>/dev/null | tail -n 1); REWIRE_JAVA_OPTS='${REWIRE_JAVA_OPTS:-}'"
echo "load average (1 min) before each run and at the end: $(paste -sd' ' "$OUT/load")"
"$PYTHON" - "$OUT" "$THREADS" "$TORCH_BATCHES" "$JAVA_WARMUP" "$JAVA_BATCHES" "${BEFORE:-}" <<'PY'
import json, os, statistics, sys
out, threads, torch_batches, java_warmup, java_batches, before = sys.argv[1:]
lines = lambda name: [json.loads(l) for l in open(f"{out}/{name}") if l.strip()]
numbers = lambda name: [int(l) for l in open(f"{out}/{name}") if l.strip()]
epochs = lines("torch.jsonl")
warm = [e["train_samples_per_s"] for e in epochs if e["epoch"] == 1]
torch = [e["train_samples_per_s"] for e in epochs if e["epoch"] == 2]
java_runs = lines("java.jsonl")
java = [round(j["batches"] * j["batch_size"] / j["timed_s"], 2) for j in java_runs]
t, j = statistics.median(torch), statistics.median(java)
print(f"torch {epochs[0]['torch']}, {threads} threads: epoch 1 ({torch_batches} batches of 256) is"
      f" the warm-up, epoch 2 ({torch_batches} batches) is timed")
print(f"rewire, {threads} threads: {java_warmup} warm-up batches of 256, then {java_batches} timed;"
      f" kernels {java_runs[0]['kernels']}")
print(f"torch  samples/s after warm-up, per run: {torch}  median {t:.2f}"
      f"  (warm-up epoch: {warm})")
print(f"rewire samples/s after warm-up, per run: {java}  median {j:.2f}"
      f"  (per-batch medians: {[round(r['train_samples_per_s'], 1) for r in java_runs]})")
print(f"ratio rewire/torch (medians): {j / t:.1f}x")
print(f"peak RSS MiB per run (whole process): torch {numbers('torch.rsslist')},"
      f" rewire {numbers('java.rsslist')}")
if before:
    b_runs = lines("before.jsonl")
    # Per-batch medians on both Rewire sides: an older `rewire bench` may not report timed_s.
    b = statistics.median(r["train_samples_per_s"] for r in b_runs)
    a = statistics.median(r["train_samples_per_s"] for r in java_runs)
    print(f"before ({before}): per-batch-median samples/s per run:"
          f" {[round(r['train_samples_per_s'], 1) for r in b_runs]}  median {b:.2f};"
          f" peak RSS MiB {numbers('before.rsslist')}")
    print(f"after/before (per-batch medians): {a / b:.2f}x")
PY
