#!/usr/bin/env bash
# Trains the paper's network (5x5 tiles of 32 neurons, 128 inputs, 10 classes, 100 steps,
# batch 256, p1 = 1.0, p3 = 0.1) with the PyTorch reference and with the Rewire engine,
# RUNS times each, and prints the median train samples/s of both and their ratio.
#
# Environment: RUNS (3), THREADS (2), TORCH_BATCHES (2 timed batches per torch run; each is
# slow), JAVA_WARMUP (3), JAVA_BATCHES (8), PYTHON (/usr/bin/python3), DATA (fsdd-spikes folder),
# TORCH_REF (torch_reference.py), REWIRE_JAVA_OPTS (JVM options, default -Xmx1g).
# Needs: apt-get install -y python3-torch python3-h5py
#
# The Java side is `rewire bench configs/bench.yaml`: the same network and data through the real
# loader, binner and training loop (engine, Adam, sparsifier hooks), heap capped at 1 GiB.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
DATA=${DATA:-$SHARED/data/fsdd-spikes}
TORCH_REF=${TORCH_REF:-$SHARED/bench/torch_reference.py}
PYTHON=${PYTHON:-/usr/bin/python3}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
TORCH_BATCHES=${TORCH_BATCHES:-2}
JAVA_WARMUP=${JAVA_WARMUP:-3}
JAVA_BATCHES=${JAVA_BATCHES:-8}
export REWIRE_JAVA_OPTS=${REWIRE_JAVA_OPTS:--Xmx1g}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

cd "$ROOT"
./rewire --version >/dev/null 2>&1   # builds the distribution if needed, outside the timing

for run in $(seq "$RUNS"); do
  echo "torch run $run/$RUNS ..." >&2
  "$PYTHON" "$TORCH_REF" "$DATA/fsdd_spikes_train.h5.gz" "$DATA/fsdd_spikes_test.h5.gz" \
    --classes 10 --threads "$THREADS" --epochs 1 --max-batches "$TORCH_BATCHES" \
    | tail -n 1 >>"$OUT/torch.jsonl"
  echo "java run $run/$RUNS ..." >&2
  ./rewire bench configs/bench.yaml --json --set training.threads="$THREADS" \
    --warmup "$JAVA_WARMUP" --batches "$JAVA_BATCHES" 2>/dev/null \
    | tail -n 1 >>"$OUT/java.jsonl"
done

"$PYTHON" - "$OUT/torch.jsonl" "$OUT/java.jsonl" <<'PY'
import json, statistics, sys
def rates(path):
    return [json.loads(line)["train_samples_per_s"] for line in open(path) if line.strip()]
torch, java = rates(sys.argv[1]), rates(sys.argv[2])
t, j = statistics.median(torch), statistics.median(java)
print(f"torch  samples/s per run: {torch}  median {t:.2f}")
print(f"rewire samples/s per run: {java}  median {j:.2f}")
print(f"ratio rewire/torch: {j / t:.1f}x")
rss = [json.loads(line)["peak_rss_mib"] for line in open(sys.argv[2]) if line.strip()]
print(f"rewire peak RSS MiB per run: {rss}")
PY
