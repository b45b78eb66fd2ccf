"""Reads a GraphML file with python-igraph and prints what it got as JSON.

Usage: python3 read_igraph.py FILE

Warnings are errors: igraph reports keys it drops (for="all", unknown
attr.type) only as warnings, and a dropped attribute is lost data.
"""
import json
import math
import sys
import warnings

warnings.simplefilter("error")

import igraph  # noqa: E402


def plain(attrs):
    # igraph fills a numeric attribute an element lacks with NaN, which JSON
    # cannot carry; absent is what it means.
    return {
        k: v
        for k, v in attrs.items()
        if not (isinstance(v, float) and math.isnan(v))
    }


def main():
    g = igraph.Graph.Read_GraphML(sys.argv[1])
    nodes = {}
    for v in g.vs:
        attrs = plain(v.attributes())
        nodes[attrs["id"]] = attrs
    edges = []
    for e in g.es:
        attrs = plain(e.attributes())
        # python-igraph 1.0.0 fills the edge "id" attribute with vertex ids
        # (edge i gets vertex i's id), so it is not passed on.
        attrs.pop("id", None)
        attrs["source"] = g.vs[e.source]["id"]
        attrs["target"] = g.vs[e.target]["id"]
        edges.append(attrs)
    out = {
        "reader": f"python-igraph {igraph.__version__}",
        "directed": g.is_directed(),
        "nodes": nodes,
        "edges": edges,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, allow_nan=False)


main()
