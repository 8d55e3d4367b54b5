"""GraphML (http://graphml.graphdrawing.org) for the actor network: Gephi, yEd and networkx read it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from dateline.plover import CATEGORIES, QUAD_CODES

NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
NODE_KEYS = {"name": "string", "country": "string", "sector": "string", "kb_id": "string", "events": "int"}
#: Characters XML 1.0 does not allow (they may occur in scraped names).
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
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
        element = ET.SubElement(graph, "node", id=_text(node["id"]))
        for name in NODE_KEYS:
            if node.get(name) is not None:
                ET.SubElement(element, "data", key=f"node_{name}").text = _text(node[name])
    for index, edge in enumerate(edges):
        ends = {"source": _text(edge["source"]), "target": _text(edge["target"])}
        element = ET.SubElement(graph, "edge", {"id": f"e{index}", **ends})
        counts = {"events": edge["events"], **edge["by_type"], **edge["by_quad"]}
        for name, n in counts.items():
            if name in EDGE_KEYS:
                ET.SubElement(element, "data", key=f"edge_{name}").text = str(n)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _text(value: object) -> str:
    return _NOT_XML.sub("\ufffd", str(value))
