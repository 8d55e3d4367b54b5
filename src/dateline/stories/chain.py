"""The source chain of a story as a small graph: outlet → cited source → speaker, and relays."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from dateline.eval.common import fold
from dateline.model import Attribution, Document

UNKNOWN_OUTLET = "(outlet not stated)"


@dataclass
class SourceGraph:
    nodes: dict[str, dict[str, str]] = field(default_factory=dict)
    edges: list[dict[str, Any]] = field(default_factory=list)

    def node(self, kind: str, name: str) -> str:
        node_id = f"{kind}:{fold(name).lower()}"
        self.nodes.setdefault(node_id, {"id": node_id, "kind": kind, "name": name})
        return node_id

    def link(self, source: str, target: str, relation: str, doc: Document, attribution: Attribution) -> None:
        self.edges.append(
            {
                "from": source,
                "to": target,
                "relation": relation,
                "doc_id": doc.id,
                "verb": attribution.verb,
                "evidence": [s.model_dump() for s in attribution.evidence],
            }
        )

    def to_json(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes.values()), "edges": self.edges}


def source_chain(docs: Sequence[Document]) -> SourceGraph:
    """Who reported what citing whom, over every report of a story."""
    graph = SourceGraph()
    for doc in docs:
        outlet = graph.node("outlet", doc.outlet or UNKNOWN_OUTLET)
        for attribution in doc.attributions:
            if attribution.relay:
                graph.link(outlet, graph.node("relay", attribution.source), "via", doc, attribution)
                continue
            source = graph.node("source", attribution.source)
            graph.link(outlet, source, "cites", doc, attribution)
            if attribution.speaker and fold(attribution.speaker) != fold(attribution.source):
                graph.link(source, graph.node("speaker", attribution.speaker), "quotes", doc, attribution)
    return graph
