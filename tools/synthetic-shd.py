#!/usr/bin/env python3
"""Writes SHD-shaped synthetic data: two HDF5 files in the Spiking Heidelberg Digits layout
(spikes/times float16 seconds, spikes/units uint16 0-699, labels uint16, extra/speaker,
extra/keys), 20 classes, 8,156 training and 2,264 test samples like SHD, 3,000-6,000 spikes per
sample over 1 s; each class fires 40 % of its spikes in its own band of 35 channels, so the task
can be learned. For checking what depends on the data's shape (channels, classes, sizes), not
accuracy.

usage: synthetic-shd.py OUT_DIR [SEED]      (needs python3-h5py and numpy)
"""
import os
import sys

import h5py
import numpy as np


def write(path, samples, rng):
    with h5py.File(path + ".tmp", "w") as f:
        times = f.create_dataset("spikes/times", (samples,), dtype=h5py.vlen_dtype(np.float16))
        units = f.create_dataset("spikes/units", (samples,), dtype=h5py.vlen_dtype(np.uint16))
        labels = rng.integers(0, 20, samples).astype(np.uint16)
        for i in range(samples):
            k = int(rng.integers(3000, 6000))
            band = labels[i] * 35
            own = rng.random(k) < 0.4
            u = np.where(own, rng.integers(band, band + 35, k), rng.integers(0, 700, k))
            units[i] = u.astype(np.uint16)
            times[i] = np.sort(rng.random(k)).astype(np.float16)
        f["labels"] = labels
        f["extra/speaker"] = rng.integers(0, 10, samples).astype(np.uint16)
        f["extra/keys"] = np.array([f"class-{c}".encode() for c in range(20)])
    os.replace(path + ".tmp", path)


def main(argv):
    if len(argv) not in (1, 2):
        sys.exit(__doc__.strip().splitlines()[-1])
    out = argv[0]
    rng = np.random.default_rng(int(argv[1]) if len(argv) == 2 else 7)
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "shdsyn_train.h5"), 8156, rng)
    write(os.path.join(out, "shdsyn_test.h5"), 2264, rng)


if __name__ == "__main__":
    main(sys.argv[1:])
