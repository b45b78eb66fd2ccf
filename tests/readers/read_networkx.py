"""Reads a GraphML or GEXF file with NetworkX and prints what it got as JSON.

Usage: python3 read_networkx.py graphml|gexf FILE

Warnings are errors: a reader that complains has not read the file cleanly.
tests/readers.rs checks the counts, labels and attributes printed here.
"""
import json
import sys
import warnings

warnings.simplefilter("error")

import networkx as nx  # noqa: E402


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    if fmt == "graphml":
        g = nx.read_graphml(path)
    elif fmt == "gexf":
        g = nx.read_gexf(path)
    else:
        raise SystemExit(f"unknown format {fmt}")
    edges = []
    if g.is_multigraph():
        items = g.edges(keys=True, data=True)
    else:
        items = ((s, t, d.get("id"), d) for s, t, d in g.edges(data=True))
    for s, t, k, d in items:
        edge = {"source": s, "target": t, "id": d.get("id", k)}
        edge.update(d)
        edges.append(edge)
    out = {
        "reader": f"networkx {nx.__version__}",
        "directed": g.is_directed(),
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": edges,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, default=str)


main()
