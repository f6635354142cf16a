#!/usr/bin/env python3
"""Reads a NIR file with NIR's reference reader, type checking on, and prints its graph.

    NIR_SRC=/path/to/NIR /usr/bin/python3 tools/nir-check.py FILE.nir [--expect NAME=TYPE ...]

NIR_SRC is a checkout of github.com/neuromorphs/NIR (the folder holding nir/); the reader needs
only numpy and h5py (Debian: python3-numpy, python3-h5py). Without NIR_SRC an installed `nir`
package is used. nir.read(FILE, type_check=True) builds every node and checks that the shapes
agree along every edge (NIRGraph.infer_types and check_types). Prints one line per node
(`name: Type input -> output`) and one per edge; --expect NAME=TYPE also checks that node NAME
has type TYPE. Exit 0 when the file reads, 1 with one line on stderr when it does not, 2 when
the reader itself cannot be imported.
"""
import argparse
import os
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--expect", action="append", default=[], metavar="NAME=TYPE")
    args = parser.parse_args()
    src = os.environ.get("NIR_SRC")
    if src:
        sys.path.insert(0, src)
    try:
        import nir
    except ImportError as e:
        print(f"nir-check: cannot import NIR's reader ({e}); set NIR_SRC", file=sys.stderr)
        return 2
    if not hasattr(nir, "version"):  # run from its source folder, not installed
        nir.version = "source"
    try:
        graph = nir.read(args.file, type_check=True)
    except Exception as e:  # the reader raises ValueError, KeyError, AssertionError, ...
        print(f"nir-check: {args.file}: {type(e).__name__}: {e}", file=sys.stderr)
        return 1

    def shape(types):
        return [int(x) for v in (types or {}).values() if v is not None for x in v]

    print(f"version {nir.serialization.read_version(args.file)}")
    for name, node in graph.nodes.items():
        print(f"node {name}: {type(node).__name__} {shape(node.input_type)} -> {shape(node.output_type)}")
    for a, b in graph.edges:
        print(f"edge {a} -> {b}")
    for expect in args.expect:
        name, _, typ = expect.partition("=")
        got = type(graph.nodes[name]).__name__ if name in graph.nodes else None
        if got != typ:
            print(f"nir-check: {args.file}: node {name} is {got}, expected {typ}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
