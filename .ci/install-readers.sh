#!/usr/bin/env bash
# Installs the real graph readers that tests/readers.rs opens our exports with:
# xmllint (schema checks), Graphviz, NetworkX, python-igraph and graphology;
# and PySpark for the Spark example's test.
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

python=${PYTHON:-python3}
if ! "$python" -c 'import networkx, igraph' >/dev/null 2>&1; then
    # A Debian system Python refuses pip installs (PEP 668) unless told to.
    "$python" -m pip install --quiet --disable-pip-version-check networkx==3.6.1 python-igraph==1.0.0 ||
        "$python" -m pip install --quiet --disable-pip-version-check --break-system-packages \
            networkx==3.6.1 python-igraph==1.0.0
fi

# PySpark, so that tests/spark.rs runs the Spark example in local mode (Java 17
# or later is on the machine; without PySpark that test says it skipped).
if ! "$python" -c 'import pyspark' >/dev/null 2>&1 && command -v java >/dev/null 2>&1; then
    "$python" -m pip install --quiet --disable-pip-version-check pyspark==4.3.0 ||
        "$python" -m pip install --quiet --disable-pip-version-check --break-system-packages pyspark==4.3.0
fi

if [ ! -d tests/readers/node_modules/graphology-gexf ] || [ ! -d tests/readers/node_modules/graphology-graphml ]; then
    (cd tests/readers && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi)
fi

echo "readers: $(xmllint --version 2>&1 | head -1); $(dot -V 2>&1); networkx $("$python" -c 'import networkx; print(networkx.__version__)'); igraph $("$python" -c 'import igraph; print(igraph.__version__)'); node $(node --version)"
