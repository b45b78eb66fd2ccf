// Reads a GraphML or GEXF file with graphology and prints what it got as JSON.
//
// Usage: node read_graphology.js graphml|gexf FILE
//
// Uses the plain `Graph` constructor, as the parsers' READMEs do, so the
// parsers' own upgrades to multi and mixed graphs are what is tested.
'use strict';

const fs = require('fs');
const path = require('path');
const {Graph} = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');

const [fmt, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
let graph;
if (fmt === 'graphml') graph = graphml.parse(Graph, text);
else if (fmt === 'gexf') graph = gexf.parse(Graph, text);
else throw new Error(`unknown format ${fmt}`);

const nodes = {};
graph.forEachNode((id, attrs) => {
  nodes[id] = attrs;
});
const edges = [];
graph.forEachEdge((id, attrs, source, target, _s, _t, undirected) => {
  edges.push(Object.assign({id, source, target, undirected}, attrs));
});
// graphology's "exports" hides its package.json from require().
const version = name =>
  JSON.parse(
    fs.readFileSync(path.join(__dirname, 'node_modules', name, 'package.json'))
  ).version;
process.stdout.write(
  JSON.stringify({
    reader: `graphology ${version('graphology')}, graphology-${fmt} ${version(
      `graphology-${fmt}`
    )}`,
    directed: graph.type === 'directed',
    type: graph.type,
    multi: graph.multi,
    nodes,
    edges
  })
);
