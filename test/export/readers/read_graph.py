"""Open one crimegraph export the way an analyst would, and print what the reader found as JSON.

Usage: python3 read_graph.py READER FORMAT FILE
  READER  networkx | igraph
  FORMAT  gexf | graphml | node-link (graphology JSON read with NetworkX's node_link_graph)

Prints {"reader", "version", "nodes": {id: {labels, type, name, aliases}}, "edges": [[source,
target, type, items]], "warnings": [...]} on stdout. Every Python warning raised while reading is
recorded, never hidden; the test asserts there are none. Lists are decoded as docs/export.md
tells analysts to: JSON text in GEXF `liststring` and GraphML string attributes.
"""

import json
import sys
import warnings


def decode_list(value):
    """A list attribute as written by crimegraph: JSON text (or already a list in node-link)."""
    if value is None or isinstance(value, list):
        return value
    if value == "":
        return None
    return json.loads(value)


def missing_as_none(value):
    """igraph fills an attribute a vertex lacks with '' (strings) or NaN (numbers)."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return None
    return value


def node_summary(labels, node_type, name, aliases):
    return {"labels": labels, "type": node_type, "name": name, "aliases": aliases}


def read_networkx(fmt, path):
    import networkx as nx

    if fmt == "gexf":
        graph = nx.read_gexf(path)
        ident = {key: key for key in graph.nodes}
    elif fmt == "graphml":
        graph = nx.read_graphml(path)
        # The XML id is an NMTOKEN form of the id; node_id holds the id itself.
        ident = {key: data.get("node_id", key) for key, data in graph.nodes(data=True)}
    elif fmt == "node-link":
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if int(nx.__version__.split(".")[0]) >= 3:
            graph = nx.node_link_graph(data, directed=True, multigraph=True, name="key", edges="edges")
        else:
            # NetworkX 2.8 calls the edge list `link` (renamed `edges` in 3.4).
            graph = nx.node_link_graph(data, directed=True, multigraph=True, name="key", link="edges")
        ident = {key: key for key in graph.nodes}
    else:
        raise SystemExit(f"networkx cannot read {fmt}")

    nodes = {}
    for key, data in graph.nodes(data=True):
        if fmt == "node-link":
            attributes = data["attributes"]
            properties = attributes["properties"]
            nodes[ident[key]] = node_summary(attributes["labels"], attributes["labels"][0], properties.get("name"), properties.get("aliases"))
        else:
            nodes[ident[key]] = node_summary(decode_list(data.get("labels")), data.get("type"), data.get("name"), decode_list(data.get("aliases")))
    edges = []
    for source, target, data in graph.edges(data=True):
        if fmt == "node-link":
            edge_type, items = data["attributes"]["type"], data["attributes"]["properties"].get("items")
        else:
            edge_type, items = data.get("type"), decode_list(data.get("items"))
        edges.append([ident[source], ident[target], edge_type, items])
    return {"reader": "networkx", "version": nx.__version__, "directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def read_igraph(fmt, path):
    import igraph

    if fmt != "graphml":
        raise SystemExit(f"igraph cannot read {fmt}")
    graph = igraph.Graph.Read_GraphML(path)
    ident = [missing_as_none(v["node_id"]) or v["id"] for v in graph.vs]
    nodes = {}
    for vertex in graph.vs:
        nodes[ident[vertex.index]] = node_summary(
            decode_list(missing_as_none(vertex["labels"])),
            missing_as_none(vertex["type"]),
            missing_as_none(vertex["name"]),
            decode_list(missing_as_none(vertex["aliases"])),
        )
    edges = [[ident[edge.source], ident[edge.target], edge["type"], decode_list(missing_as_none(edge["items"]))] for edge in graph.es]
    return {"reader": "igraph", "version": igraph.__version__, "directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def main():
    reader, fmt, path = sys.argv[1:4]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = (read_networkx if reader == "networkx" else read_igraph)(fmt, path)
    result["warnings"] = [f"{w.category.__name__}: {w.message}" for w in caught]
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
