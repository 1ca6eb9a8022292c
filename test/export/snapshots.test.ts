// What each format looks like for a two-entity graph, kept inline so a change to a format shows
// up in review as a diff of the text people will open in Gephi, yEd or Cytoscape.

import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { PropertyGraph } from '../../src/graph/schema.js';
import { writeCytoscape, writeGexf, writeGraphml, writeGraphologyJson } from '../../src/export/index.js';

function twoEntities(): PropertyGraph {
  const graph: PropertyGraph = new MultiDirectedGraph();
  graph.addNode('body:hmic', {
    labels: ['Body'],
    properties: { id: 'body:hmic', name: 'HM Inspectorate of Constabulary', aliases: ['HMIC', 'the Inspectorate, England'], mentionCount: 4, acronym: 'HMIC' },
  });
  graph.addNode('programme:peel', { labels: ['Programme'], properties: { id: 'programme:peel', name: 'PEEL', aliases: [], mentionCount: 2 } });
  graph.addDirectedEdgeWithKey('LEADS:body:hmic->programme:peel', 'body:hmic', 'programme:peel', {
    type: 'LEADS',
    properties: { items: ['000#1'], evidence: ['Under PEEL, HMIC examines what is happening on the ground.'] },
  });
  graph.addDirectedEdgeWithKey('CO_OCCURS:body:hmic->programme:peel', 'body:hmic', 'programme:peel', { type: 'CO_OCCURS', properties: { weight: 2 } });
  return graph;
}

describe('formats of a two-entity graph', () => {
  it('GEXF', () => {
    expect(writeGexf(twoEntities())).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
        <meta>
          <creator>crimegraph</creator>
          <description>Crime and policing news knowledge graph</description>
        </meta>
        <graph defaultedgetype="directed" mode="static">
          <attributes class="node" mode="static">
            <attribute id="type" title="type" type="string"/>
            <attribute id="labels" title="labels" type="liststring"/>
            <attribute id="id" title="id" type="string"/>
            <attribute id="name" title="name" type="string"/>
            <attribute id="aliases" title="aliases" type="liststring"/>
            <attribute id="mentionCount" title="mentionCount" type="long"/>
            <attribute id="acronym" title="acronym" type="string"/>
          </attributes>
          <attributes class="edge" mode="static">
            <attribute id="type" title="type" type="string"/>
            <attribute id="items" title="items" type="liststring"/>
            <attribute id="evidence" title="evidence" type="liststring"/>
          </attributes>
          <nodes>
            <node id="body:hmic" label="HM Inspectorate of Constabulary">
              <attvalues>
                <attvalue for="type" value="Body"/>
                <attvalue for="labels" value="[&quot;Body&quot;]"/>
                <attvalue for="id" value="body:hmic"/>
                <attvalue for="name" value="HM Inspectorate of Constabulary"/>
                <attvalue for="aliases" value="[&quot;HMIC&quot;, &quot;the Inspectorate, England&quot;]"/>
                <attvalue for="mentionCount" value="4"/>
                <attvalue for="acronym" value="HMIC"/>
              </attvalues>
              <viz:color r="46" g="111" b="186"/>
              <viz:size value="10"/>
              <viz:position x="-2.239" y="-3.673" z="0"/>
            </node>
            <node id="programme:peel" label="PEEL">
              <attvalues>
                <attvalue for="type" value="Programme"/>
                <attvalue for="labels" value="[&quot;Programme&quot;]"/>
                <attvalue for="id" value="programme:peel"/>
                <attvalue for="name" value="PEEL"/>
                <attvalue for="aliases" value="[]"/>
                <attvalue for="mentionCount" value="2"/>
              </attvalues>
              <viz:color r="58" g="158" b="95"/>
              <viz:size value="10"/>
              <viz:position x="20.737" y="16.055" z="0"/>
            </node>
          </nodes>
          <edges>
            <edge id="LEADS:body:hmic-&gt;programme:peel" source="body:hmic" target="programme:peel" label="LEADS">
              <attvalues>
                <attvalue for="type" value="LEADS"/>
                <attvalue for="items" value="[&quot;000#1&quot;]"/>
                <attvalue for="evidence" value="[&quot;Under PEEL, HMIC examines what is happening on the ground.&quot;]"/>
              </attvalues>
              <viz:color r="58" g="158" b="95"/>
            </edge>
            <edge id="CO_OCCURS:body:hmic-&gt;programme:peel" source="body:hmic" target="programme:peel" label="CO_OCCURS" weight="2">
              <attvalues>
                <attvalue for="type" value="CO_OCCURS"/>
              </attvalues>
              <viz:color r="201" g="206" b="214"/>
            </edge>
          </edges>
        </graph>
      </gexf>
      "
    `);
  });

  it('GraphML', () => {
    expect(writeGraphml(twoEntities())).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd">
        <key id="g0" for="graph" attr.name="listAttributes" attr.type="string"/>
        <key id="n1" for="node" attr.name="label" attr.type="string"/>
        <key id="n2" for="node" attr.name="type" attr.type="string"/>
        <key id="n3" for="node" attr.name="labels" attr.type="string"/>
        <key id="n4" for="node" attr.name="r" attr.type="int"/>
        <key id="n5" for="node" attr.name="g" attr.type="int"/>
        <key id="n6" for="node" attr.name="b" attr.type="int"/>
        <key id="n7" for="node" attr.name="size" attr.type="double"/>
        <key id="n8" for="node" attr.name="x" attr.type="double"/>
        <key id="n9" for="node" attr.name="y" attr.type="double"/>
        <key id="e10" for="edge" attr.name="label" attr.type="string"/>
        <key id="e11" for="edge" attr.name="type" attr.type="string"/>
        <key id="e12" for="edge" attr.name="r" attr.type="int"/>
        <key id="e13" for="edge" attr.name="g" attr.type="int"/>
        <key id="e14" for="edge" attr.name="b" attr.type="int"/>
        <key id="n15" for="node" attr.name="node_id" attr.type="string"/>
        <key id="n16" for="node" attr.name="name" attr.type="string"/>
        <key id="n17" for="node" attr.name="aliases" attr.type="string"/>
        <key id="n18" for="node" attr.name="mentionCount" attr.type="long"/>
        <key id="n19" for="node" attr.name="acronym" attr.type="string"/>
        <key id="e20" for="edge" attr.name="items" attr.type="string"/>
        <key id="e21" for="edge" attr.name="evidence" attr.type="string"/>
        <key id="e22" for="edge" attr.name="weight" attr.type="long"/>
        <graph id="crimegraph" edgedefault="directed">
          <data key="g0">{"node":["labels","aliases"],"edge":["items","evidence"]}</data>
          <node id="body:hmic">
            <data key="n1">HM Inspectorate of Constabulary</data>
            <data key="n2">Body</data>
            <data key="n3">["Body"]</data>
            <data key="n4">46</data>
            <data key="n5">111</data>
            <data key="n6">186</data>
            <data key="n7">10</data>
            <data key="n8">-2.239</data>
            <data key="n9">-3.673</data>
            <data key="n15">body:hmic</data>
            <data key="n16">HM Inspectorate of Constabulary</data>
            <data key="n17">["HMIC","the Inspectorate, England"]</data>
            <data key="n18">4</data>
            <data key="n19">HMIC</data>
          </node>
          <node id="programme:peel">
            <data key="n1">PEEL</data>
            <data key="n2">Programme</data>
            <data key="n3">["Programme"]</data>
            <data key="n4">58</data>
            <data key="n5">158</data>
            <data key="n6">95</data>
            <data key="n7">10</data>
            <data key="n8">20.737</data>
            <data key="n9">16.055</data>
            <data key="n15">programme:peel</data>
            <data key="n16">PEEL</data>
            <data key="n17">[]</data>
            <data key="n18">2</data>
          </node>
          <edge id="LEADS:body:hmic-_x003E_programme:peel" source="body:hmic" target="programme:peel">
            <data key="e10">LEADS</data>
            <data key="e11">LEADS</data>
            <data key="e12">58</data>
            <data key="e13">158</data>
            <data key="e14">95</data>
            <data key="e20">["000#1"]</data>
            <data key="e21">["Under PEEL, HMIC examines what is happening on the ground."]</data>
          </edge>
          <edge id="CO_OCCURS:body:hmic-_x003E_programme:peel" source="body:hmic" target="programme:peel">
            <data key="e10">CO_OCCURS</data>
            <data key="e11">CO_OCCURS</data>
            <data key="e12">201</data>
            <data key="e13">206</data>
            <data key="e14">214</data>
            <data key="e22">2</data>
          </edge>
        </graph>
      </graphml>
      "
    `);
  });

  it('Cytoscape JSON', () => {
    expect(writeCytoscape(twoEntities())).toMatchInlineSnapshot(`
      "{
        "format_version": "1.0",
        "generated_by": "crimegraph",
        "target_cytoscapejs_version": "~3",
        "data": {
          "name": "crimegraph"
        },
        "elements": {
          "nodes": [
            {
              "group": "nodes",
              "data": {
                "id": "body:hmic",
                "label": "HM Inspectorate of Constabulary",
                "labels": [
                  "Body"
                ],
                "type": "Body",
                "color": "#2e6fba",
                "size": 10,
                "name": "HM Inspectorate of Constabulary",
                "aliases": [
                  "HMIC",
                  "the Inspectorate, England"
                ],
                "mentionCount": 4,
                "acronym": "HMIC"
              },
              "position": {
                "x": -2.239,
                "y": 3.673
              }
            },
            {
              "group": "nodes",
              "data": {
                "id": "programme:peel",
                "label": "PEEL",
                "labels": [
                  "Programme"
                ],
                "type": "Programme",
                "color": "#3a9e5f",
                "size": 10,
                "name": "PEEL",
                "aliases": [],
                "mentionCount": 2
              },
              "position": {
                "x": 20.737,
                "y": -16.055
              }
            }
          ],
          "edges": [
            {
              "group": "edges",
              "data": {
                "id": "LEADS:body:hmic->programme:peel",
                "source": "body:hmic",
                "target": "programme:peel",
                "label": "LEADS",
                "type": "LEADS",
                "color": "#3a9e5f",
                "items": [
                  "000#1"
                ],
                "evidence": [
                  "Under PEEL, HMIC examines what is happening on the ground."
                ]
              }
            },
            {
              "group": "edges",
              "data": {
                "id": "CO_OCCURS:body:hmic->programme:peel",
                "source": "body:hmic",
                "target": "programme:peel",
                "label": "CO_OCCURS",
                "type": "CO_OCCURS",
                "color": "#c9ced6",
                "weight": 2
              }
            }
          ]
        }
      }
      "
    `);
  });

  it('graphology JSON', () => {
    expect(writeGraphologyJson(twoEntities())).toMatchInlineSnapshot(`
      "{
        "options": {
          "type": "directed",
          "multi": true,
          "allowSelfLoops": true
        },
        "attributes": {},
        "nodes": [
          {
            "key": "body:hmic",
            "attributes": {
              "labels": [
                "Body"
              ],
              "properties": {
                "id": "body:hmic",
                "name": "HM Inspectorate of Constabulary",
                "aliases": [
                  "HMIC",
                  "the Inspectorate, England"
                ],
                "mentionCount": 4,
                "acronym": "HMIC"
              }
            }
          },
          {
            "key": "programme:peel",
            "attributes": {
              "labels": [
                "Programme"
              ],
              "properties": {
                "id": "programme:peel",
                "name": "PEEL",
                "aliases": [],
                "mentionCount": 2
              }
            }
          }
        ],
        "edges": [
          {
            "key": "LEADS:body:hmic->programme:peel",
            "source": "body:hmic",
            "target": "programme:peel",
            "attributes": {
              "type": "LEADS",
              "properties": {
                "items": [
                  "000#1"
                ],
                "evidence": [
                  "Under PEEL, HMIC examines what is happening on the ground."
                ]
              }
            }
          },
          {
            "key": "CO_OCCURS:body:hmic->programme:peel",
            "source": "body:hmic",
            "target": "programme:peel",
            "attributes": {
              "type": "CO_OCCURS",
              "properties": {
                "weight": 2
              }
            }
          }
        ]
      }
      "
    `);
  });
});
