#!/usr/bin/python3
"""Writes the malformed data files of the bad-input corpus (BadInputCorpusTest).

Run from the repository root with Debian's h5py (apt-get install python3-h5py):

    /usr/bin/python3 integration-tests/src/test/corpus/make_data_corpus.py

The files land in integration-tests/src/test/resources/corpus/data/ and are committed, so the build
never needs Python. Binary files cannot carry a comment, so data/cases.txt says what is wrong with
each one and what the error must name. The shd plugin's own fixtures with one defect each are
written again here by the plugin's fixture script (its write() function), so both stay in step.
"""

import gzip
import importlib.util
import os
import shutil
import tempfile

import h5py
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "corpus", "data")
FIXTURES = os.path.join(
    HERE, "..", "..", "..", "..", "plugins", "shd", "src", "test", "fixtures", "make_fixtures.py"
)


def fixture_module():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.OUT = OUT
    return module


def raw(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    fx = fixture_module()
    T, U, L = fx.TIMES, fx.UNITS, fx.LABELS

    # The plugin's single-defect files.
    fx.write("missing_times.h5", skip=("times",))
    fx.write("missing_units.h5", skip=("units",))
    fx.write("missing_labels.h5", skip=("labels",))
    fx.write("ragged_samples.h5", units=U[:5])
    fx.write("ragged_spikes.h5", units=[U[0], [1], *U[2:]])
    fx.write("ragged_labels.h5", labels=L[:4])
    fx.write("unit_outside.h5", units=[U[0], U[1], [10, 812, 12, 13], *U[3:]])
    fx.write("negative_time.h5", times=[T[0], [0.1, -0.2], *T[2:]])
    fx.write("nan_time.h5", times=[T[0], T[1], [0.001, float("nan"), 0.003, 1.3], *T[3:]])
    fx.write("label_outside.h5", labels=[0, 1, 2, 0, 5, 2])
    fx.write("shuffle_vlen.h5", options={"compression": "gzip", "shuffle": True, "chunks": True})

    # Defects the plugin's fixtures do not cover.
    fx.write("inf_time.h5", times=[T[0], [0.1, float("inf")], *T[2:]], time_type=np.float32)
    fx.write("negative_label.h5", labels=[0, 1, -1, 0, 1, 2], label_type=np.int32)
    fx.write("negative_unit.h5", units=[U[0], [1, -2], *U[2:]], unit_type=np.int16)
    fx.write("times_integers.h5", time_type=np.int32, times=[[int(t * 1000) for t in r] for r in T])
    fx.write("units_floats.h5", unit_type=np.float32)
    fx.write("labels_floats.h5", label_type=np.float32)
    with h5py.File(os.path.join(OUT, "keys_integers.h5"), "w", libver="latest") as f:
        fx.vlen("times", f.create_group("spikes"), T, np.float16)
        fx.vlen("units", f["spikes"], U, np.uint16)
        f.create_dataset("labels", data=np.asarray(L, dtype=np.uint16), track_times=False)
        f.create_dataset("extra/keys", data=np.arange(3, dtype=np.int32), track_times=False)
    with h5py.File(os.path.join(OUT, "labels_2d.h5"), "w", libver="latest") as f:
        fx.vlen("times", f.create_group("spikes"), T, np.float16)
        fx.vlen("units", f["spikes"], U, np.uint16)
        f.create_dataset("labels", data=np.asarray([L, L], dtype=np.uint16), track_times=False)
    with h5py.File(os.path.join(OUT, "times_fixed_length.h5"), "w", libver="latest") as f:
        f.create_dataset("spikes/times", data=np.zeros((6, 3), dtype=np.float32))
        fx.vlen("units", f["spikes"], U, np.uint16)
        f.create_dataset("labels", data=np.asarray(L, dtype=np.uint16), track_times=False)
    with h5py.File(os.path.join(OUT, "spikes_not_group.h5"), "w", libver="latest") as f:
        f.create_dataset("spikes", data=np.zeros(6, dtype=np.float32))
        f.create_dataset("labels", data=np.asarray(L, dtype=np.uint16), track_times=False)
    with h5py.File(os.path.join(OUT, "labels_group.h5"), "w", libver="latest") as f:
        fx.vlen("times", f.create_group("spikes"), T, np.float16)
        fx.vlen("units", f["spikes"], U, np.uint16)
        f.create_group("labels")
    with h5py.File(os.path.join(OUT, "no_samples.h5"), "w", libver="latest") as f:
        fx.vlen("times", f.create_group("spikes"), [], np.float16)
        fx.vlen("units", f["spikes"], [], np.uint16)
        f.create_dataset("labels", data=np.zeros(0, dtype=np.uint16), track_times=False)
    with h5py.File(os.path.join(OUT, "huge_labels.h5"), "w", libver="latest") as f:
        fx.vlen("times", f.create_group("spikes"), T, np.float16)
        fx.vlen("units", f["spikes"], U, np.uint16)
        f.create_dataset("labels", shape=(2**40,), dtype=np.uint16, chunks=(1024,))

    # Failing checksums, filters and layouts jHDF cannot decode, values too large for what they
    # size: the plugin writes these with good files among them, so only the bad ones are kept.
    scratch = tempfile.mkdtemp()
    fx.OUT = scratch
    fx.write_checksums()
    fx.write_filters()
    fx.write_sizes()
    fx.OUT = OUT
    for name in (
        "fletcher32_label_flipped.h5",
        "header_checksum_keys.h5",
        "lzf_vlen.h5",
        "zstd_units.h5",
        "virtual_labels.h5",
        "label_2p31m1.h5",
        "label_2p32p1.h5",
        "unit_2p32p3.h5",
    ):
        shutil.copy(os.path.join(scratch, name), os.path.join(OUT, name))
    shutil.rmtree(scratch)

    # Broken containers, made from a good file.
    fx.write("good.tmp", libver="earliest")
    with open(os.path.join(OUT, "good.tmp"), "rb") as f:
        good = f.read()
    os.remove(os.path.join(OUT, "good.tmp"))
    raw("truncated.h5", good[: len(good) // 2])
    raw("header_only.h5", good[:512])
    raw("empty.h5", b"")
    raw("not_hdf5.h5", b"spikes,times,units\n0.1,3,0\n" * 20)
    raw("garbage.h5", bytes((i * 37 + 11) % 256 for i in range(4096)))
    raw("not_gzip.h5.gz", good)
    packed = gzip.compress(good, mtime=0)
    raw("truncated.h5.gz", packed[: len(packed) // 2])
    raw("empty.h5.gz", b"")
    raw("gzip_of_text.h5.gz", gzip.compress(b"this is not an HDF5 file\n" * 100, mtime=0))


if __name__ == "__main__":
    main()
