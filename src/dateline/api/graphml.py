"""GraphML (http://graphml.graphdrawing.org) for the actor network: Gephi, yEd and networkx read it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from dateline.plover import CATEGORIES, QUAD_CODES

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = {"name": "string", "country": "string", "sector": "string", "kb_id": "string", "events": "int"}
EDGE_KEYS = {"events": "int", **dict.fromkeys(CATEGORIES, "int"), **dict.fromkeys(QUAD_CODES, "int")}


def graphml(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> bytes:
    """A directed graph: nodes with the actor's fields, edges with event counts (total, by type, by quad)."""
    root = ET.Element("graphml", xmlns=NAMESPACE)
    for target, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind in keys.items():
            ET.SubElement(
                root, "key", {"id": f"{target}_{name}", "for": target, "attr.name": name, "attr.type": kind}
            )
    graph = ET.SubElement(root, "graph", id="actors", edgedefault="directed")
    for node in nodes:
        element = ET.SubElement(graph, "node", id=node["id"])
        for name in NODE_KEYS:
            if node.get(name) is not None:
                ET.SubElement(element, "data", key=f"node_{name}").text = str(node[name])
    for index, edge in enumerate(edges):
        element = ET.SubElement(graph, "edge", id=f"e{index}", source=edge["source"], target=edge["target"])
        counts = {"events": edge["events"], **edge["by_type"], **edge["by_quad"]}
        for name, n in counts.items():
            if name in EDGE_KEYS:
                ET.SubElement(element, "data", key=f"edge_{name}").text = str(n)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
