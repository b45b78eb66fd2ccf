#!/usr/bin/env bash
# Draws the README's pictures with Graphviz:
#   docs/sample-graph.png  the embedded sample, isolated actors dropped and
#                          offices folded into the holders' labels;
#   docs/ego-graph.svg     the 200-actor ego graph of tests/drawing.rs (its
#                          generated articles), laid out radially by twopi.
# usage: scripts/pictures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run --release -q -- build -q -f dot -o "$tmp/sample.dot" --drop-isolated --offices label
dot -Tpng "$tmp/sample.dot" -o docs/sample-graph.png
ACTORGRAPH_KEEP_EGO_DOT="$tmp/ego.dot" cargo test -q --test drawing a_200_actor_ego_graph_renders_to_png
dot -Ktwopi -Groot=olaf-scholz -Goverlap=false -Granksep=3 -Tsvg "$tmp/ego.dot" -o docs/ego-graph.svg
ls -l docs/sample-graph.png docs/ego-graph.svg
