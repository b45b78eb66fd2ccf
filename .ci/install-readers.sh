#!/usr/bin/env bash
# Installs the real graph readers that tests/readers.rs opens our exports with:
# xmllint (schema checks), Graphviz, NetworkX, python-igraph and graphology;
# and PySpark for the Spark example's test, the Python ones in .venv-readers/.
# Idempotent: each step is skipped when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_missing=()
command -v xmllint >/dev/null 2>&1 || apt_missing+=(libxml2-utils)
command -v dot >/dev/null 2>&1 || apt_missing+=(graphviz)
command -v node >/dev/null 2>&1 || apt_missing+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_missing+=(npm)
if ((${#apt_missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

# The Python readers go in a virtual environment of the project's own,
# .venv-readers/, which the tests find (tests/common/mod.rs, `python()`):
# nothing is installed into the system's Python.
venv=.venv-readers
base_python=${PYTHON_FOR_VENV:-python3}
if [ ! -x "$venv/bin/python" ]; then
    "$base_python" -m venv "$venv"
fi
python=$venv/bin/python
pip() { "$python" -m pip install --quiet --disable-pip-version-check "$@"; }
if ! "$python" -c 'import networkx, igraph' >/dev/null 2>&1; then
    pip networkx==3.6.1 python-igraph==1.0.0
fi

# PySpark, so that tests/spark.rs runs the Spark example in local mode (Java 17
# or later is on the machine; without PySpark that test says it skipped).
if ! "$python" -c 'import pyspark' >/dev/null 2>&1 && command -v java >/dev/null 2>&1; then
    pip pyspark==4.3.0
fi

if [ ! -d tests/readers/node_modules/graphology-gexf ] || [ ! -d tests/readers/node_modules/graphology-graphml ]; then
    (cd tests/readers && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi)
fi

echo "readers: $(xmllint --version 2>&1 | head -1); $(dot -V 2>&1); networkx $("$python" -c 'import networkx; print(networkx.__version__)'); igraph $("$python" -c 'import igraph; print(igraph.__version__)'); node $(node --version)"
