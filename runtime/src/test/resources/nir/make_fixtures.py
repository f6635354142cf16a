#!/usr/bin/env python3
"""Writes the NIR test fixtures with NIR's own writer (nir.write), in the shapes other libraries
export: a flat recurrent LIF graph (the layout of NIR's own recurrent tests and Rockpool), a
recurrent CubaLIF population nested as a subgraph (snnTorch's RSynaptic export, Norse's
LIFRecurrent), a feed-forward graph (NIRGraph.from_list) and a graph with a node Rewire cannot
represent (Conv1d).

Usage (NIR's source folder, github.com/neuromorphs/NIR, on the path; Debian's python3-numpy and
python3-h5py):

    PYTHONPATH=/path/to/NIR /usr/bin/python3 make_fixtures.py [OUT_DIR]

The weights are seeded, so the files are the same on every run with the same NIR and h5py.
Sizes: 16 neurons, 2 input channels, 2 readout classes, which fit the runtime tests' test-grid
target (2 x 2 cores of 4 neurons; input neurons 0 and 1, output neurons 14 and 15).
"""
import os
import sys

import numpy as np
import nir


if not hasattr(nir, "version"):  # NIR run from its source folder, not installed
    nir.version = "source"

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
N, C, K = 16, 2, 2
rng = np.random.default_rng(18)


def weights(rows, cols, scale, density=1.0):
    w = (rng.normal(0.0, scale, (rows, cols)) * (rng.random((rows, cols)) < density))
    return w.astype(np.float32)


def readout():
    """Class k reads neuron N - K + k: the last neurons, as a Rewire target's output neurons."""
    w = np.zeros((K, N), dtype=np.float32)
    for k in range(K):
        w[k, N - K + k] = 1.0
    return nir.Linear(weight=w)


def write(name, graph):
    path = os.path.join(OUT, name)
    nir.write(path, graph, compression=None)  # contiguous storage: a few KB, not 40
    nir.read(path)  # type-checks the graph as written
    print(path, os.path.getsize(path), "bytes")


dt = 0.001
tau = np.full(N, 0.02)
a = np.exp(-dt / tau)

# A flat recurrent LIF population: the recurrent Linear is a loop edge back into the LIF node.
write(
    "recurrent-lif.nir",
    nir.NIRGraph(
        nodes={
            "input": nir.Input(input_type=np.array([C])),
            "w_in": nir.Linear(weight=weights(N, C, 2.0)),
            "lif": nir.LIF(
                tau=tau,
                r=1.0 / (1.0 - a),
                v_leak=np.zeros(N),
                v_threshold=np.ones(N),
                v_reset=np.zeros(N),
            ),
            "w_rec": nir.Linear(weight=weights(N, N, 0.3, density=0.3)),
            "readout": readout(),
            "output": nir.Output(output_type=np.array([K])),
        },
        edges=[
            ("input", "w_in"),
            ("w_in", "lif"),
            ("lif", "w_rec"),
            ("w_rec", "lif"),
            ("lif", "readout"),
            ("readout", "output"),
        ],
    ),
)

# snnTorch's RSynaptic export: Affine -> a subgraph {input, CubaLIF, w_rec, output} -> readout,
# with snnTorch's forward-Euler parameters (dt 1e-4: tau = dt / (1 - alpha), r = tau_mem / dt,
# w_in = tau_syn / dt).
dt_e = 1e-4
alpha, beta = 0.8, 0.95
tau_syn = np.full(N, dt_e / (1 - alpha))
tau_mem = np.full(N, dt_e / (1 - beta))
rsyn = nir.NIRGraph(
    nodes={
        "input": nir.Input(input_type=[N]),
        "lif": nir.CubaLIF(
            tau_syn=tau_syn,
            tau_mem=tau_mem,
            r=tau_mem / dt_e,
            v_leak=np.zeros(N),
            v_threshold=np.ones(N),
            w_in=tau_syn / dt_e,
        ),
        "w_rec": nir.Linear(weight=weights(N, N, 0.05, density=0.3)),
        "output": nir.Output(output_type=[N]),
    },
    edges=[("input", "lif"), ("lif", "w_rec"), ("w_rec", "lif"), ("lif", "output")],
)
write(
    "recurrent-cubalif.nir",
    nir.NIRGraph(
        nodes={
            "input": nir.Input(input_type=np.array([C])),
            "fc1": nir.Affine(weight=weights(N, C, 0.5), bias=np.zeros(N, dtype=np.float32)),
            "rsynaptic": rsyn,
            "readout": readout(),
            "output": nir.Output(output_type=np.array([K])),
        },
        edges=[
            ("input", "fc1"),
            ("fc1", "rsynaptic"),
            ("rsynaptic", "readout"),
            ("readout", "output"),
        ],
    ),
)

# A feed-forward graph, as NIRGraph.from_list builds it: Input -> Affine -> LIF -> Output.
write(
    "feed-forward.nir",
    nir.NIRGraph.from_list(
        nir.Affine(weight=weights(N, C, 2.0), bias=np.zeros(N, dtype=np.float32)),
        nir.LIF(
            tau=tau,
            r=1.0 / (1.0 - a),
            v_leak=np.zeros(N),
            v_threshold=np.ones(N),
        ),
    ),
)

# A node Rewire cannot represent: a convolution in front of the population.
write(
    "unsupported-conv.nir",
    nir.NIRGraph(
        nodes={
            "input": nir.Input(input_type=np.array([1, N])),
            "conv": nir.Conv1d(
                input_shape=N,
                weight=rng.normal(0, 1, (1, 1, 3)).astype(np.float32),
                stride=1,
                padding=1,
                dilation=1,
                groups=1,
                bias=np.zeros(1, dtype=np.float32),
            ),
            "flatten": nir.Flatten(input_type={"input": np.array([1, N])}, start_dim=0, end_dim=1),
            "lif": nir.LIF(
                tau=tau,
                r=1.0 / (1.0 - a),
                v_leak=np.zeros(N),
                v_threshold=np.ones(N),
            ),
            "output": nir.Output(output_type=np.array([N])),
        },
        edges=[("input", "conv"), ("conv", "flatten"), ("flatten", "lif"), ("lif", "output")],
    ),
)
