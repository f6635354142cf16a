#!/usr/bin/env python3
"""Summarises the configs/paper/chips sweeps (standard library only) as the README's table.

For each run it reads metrics.csv and reports, per (sweep, budget) over seeds: test accuracy at
the best validation epoch as the runtime selects it (summary.json), test accuracy at the best
validation epoch among the epochs whose network maps (what one could deploy), the memory and
synapses at that epoch, and in how many epochs the network mapped.

    python3 docs/results/chips/summarize.py SWEEPS_DIR > docs/results/chips/table.md
"""
import csv
import json
import math
import sys
from pathlib import Path

# Student-t 97.5 % quantiles for n - 1 degrees of freedom.
T975 = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776}


def mean_ci(values):
    n = len(values)
    m = sum(values) / n
    if n < 2:
        return m, None
    sd = math.sqrt(sum((v - m) ** 2 for v in values) / (n - 1))
    return m, T975[n - 1] * sd / math.sqrt(n)


def best_mappable(rows):
    best = None
    for r in rows:
        if r["mappable"] != "true":
            continue
        if best is None or float(r["validation_accuracy"]) > float(best["validation_accuracy"]):
            best = r
    return best


def configured_budget(config):
    """The sparsifier's budget as the run's resolved config.yaml states it."""
    section = False
    for line in config.read_text().splitlines():
        if line.startswith("sparsifier:"):
            section = True
        elif section and line.strip().startswith("budget:"):
            return int(line.split(":", 1)[1])
        elif line and not line.startswith(" "):
            section = False
    return ""


def main(root):
    out = []
    out.append(
        "| chip | training | synapses asked | n | test acc. at best validation epoch (%) "
        "| ... among mappable epochs (%) | memory at that epoch | synapses | epochs mappable |"
    )
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for sweep in sorted(Path(root).iterdir()):
        runs = sorted((sweep / "runs").glob("*"))
        groups = {}
        for run in runs:
            if not (run / "summary.json").exists():
                continue
            params = json.loads((run / "params.json").read_text())
            budget = params.get("sparsifier.budget") or configured_budget(run / "config.yaml")
            quantize = params.get("model.quantize", True)
            groups.setdefault((budget, quantize), []).append(run)
        for (budget, quantize), group in sorted(groups.items(), key=lambda g: str(g[0])):
            selected, mappable, memory, synapses, mapped_epochs = [], [], [], [], []
            unit = ""
            for run in group:
                summary = json.loads((run / "summary.json").read_text())
                rows = list(csv.DictReader(open(run / "metrics.csv")))
                selected.append(100 * summary["test_accuracy"])
                b = best_mappable(rows)
                mapped_epochs.append(sum(r["mappable"] == "true" for r in rows))
                if b is not None:
                    mappable.append(100 * float(b["test_accuracy"]))
                    memory.append(float(b["memory"]))
                    synapses.append(float(b["synapses"]))
                config = (run / "config.yaml").read_text()
                unit = "bits" if "xylo-class" in config else "devices"
            name = sweep.name.replace("chips-", "")
            chip, method = name.split("-", 1)
            if method == "float" or not quantize:
                method = "constrained, float weights"
            m, ci = mean_ci(selected)
            line = f"| {chip} | {method} | {budget:,} | {len(group)} | {m:.1f}"
            line += f" ± {ci:.1f}" if ci is not None else ""
            if mappable:
                m2, ci2 = mean_ci(mappable)
                line += f" | {m2:.1f}" + (f" ± {ci2:.1f}" if ci2 is not None else "")
                line += f" | {sum(memory) / len(memory):,.0f} {unit}"
                line += f" | {sum(synapses) / len(synapses):,.0f}"
            else:
                line += " | none maps | | "
            epochs = len(list(csv.DictReader(open(group[0] / "metrics.csv"))))
            line += f" | {', '.join(str(e) for e in mapped_epochs)} of {epochs} |"
            out.append(line)
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
