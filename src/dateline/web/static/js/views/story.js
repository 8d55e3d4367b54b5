// One story: its reports side by side (French beside English), the comparison of who said what,
// the merged events, and the source chain outlet → cited source → speaker.

import { h, append } from "../dom.js";
import { getJSON } from "../api.js";
import { link } from "../route.js";
import { typePill } from "../ontology.js";
import { highlighted } from "./document.js";

export const title = "Story";
export const usesFilters = false;

const LANGUAGE_ORDER = ["fr", "en"];
const rank = (code) => (LANGUAGE_ORDER.includes(code) ? LANGUAGE_ORDER.indexOf(code) : LANGUAGE_ORDER.length);
const NODE_COLOURS = { outlet: "#17324f", source: "#6a1b9a", speaker: "#00838f", relay: "#8d6e63" };

function report(data) {
  const doc = data.document;
  return h(
    "article",
    { class: "card report", lang: doc.language.code, "data-doc": doc.id },
    h("h2", {}, h("a", { href: link("document", doc.id) }, doc.title ?? doc.id)),
    h("p", { class: "muted" }, `${doc.outlet ?? "outlet not stated"} · ${doc.language.code} · ${doc.published?.value ?? "undated"}`),
    h("div", { class: "doc-text" }, highlighted(doc.text, data.spans, -1)),
  );
}

function comparison(rows, docs) {
  const short = new Map(docs.map((d) => [d.id, d.outlet ?? d.id.slice(0, 8)]));
  return h(
    "table",
    { id: "story-comparison" },
    h("thead", {}, h("tr", {}, h("th", {}, "aspect"), h("th", {}, "what"), h("th", {}, "status"), docs.map((d) => h("th", {}, `${short.get(d.id)} (${d.language})`)))),
    h(
      "tbody",
      {},
      rows.map((row) =>
        h("tr", {}, h("td", {}, row.aspect), h("td", {}, row.key), h("td", { class: `status-${row.status}` }, row.status),
          docs.map((d) => h("td", {}, (row.by_document[d.id] ?? []).map((v) => v.value).join("; ")))),
      ),
    ),
  );
}

function merged(events) {
  return h(
    "ul",
    { class: "plain", id: "story-merged" },
    events.map((m) =>
      h("li", {}, typePill(m.type), ` reported by ${m.reports.length}: `,
        m.reports.map((r, i) => [i ? "; " : "", h("a", { href: link("document", r.doc_id, { event: r.event_id }) }, `${r.outlet ?? r.doc_id} (${r.language})`),
          r.attribution?.length ? ` according to ${r.attribution.join(", ")}` : ""]),
        h("div", { class: "muted" }, m.links.map((l) => Object.entries(l.matched).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : v}`).join(" · ")).join(" | "))),
    ),
  );
}

function sourceChain(sources) {
  const graph = h("div", { class: "graph small", id: "story-sources" });
  const names = new Map(sources.nodes.map((n) => [n.id, n.name]));
  const list = h("ul", { class: "plain" }, sources.edges.map((e) => h("li", {}, names.get(e.from), ` —${e.relation}${e.verb ? ` (${e.verb})` : ""}→ `, names.get(e.to))));
  return [graph, list, () => {
    if (!sources.nodes.length) return;
    window.cytoscape({
      container: graph,
      elements: [
        ...sources.nodes.map((n) => ({ data: { id: n.id, label: `${n.name} (${n.kind})`, colour: NODE_COLOURS[n.kind] ?? "#546e7a" } })),
        ...sources.edges.map((e, i) => ({ data: { id: `s${i}`, source: e.from, target: e.to, label: e.relation } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "background-color": "data(colour)", "font-size": 10, width: 16, height: 16 } },
        { selector: "edge", style: { label: "data(label)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle", width: 1.5, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1" } },
      ],
      layout: { name: "breadthfirst", directed: true, spacingFactor: 1.1 },
    });
  }];
}

export async function render(root, route) {
  const story = await getJSON(`/api/stories/${encodeURIComponent(route.id)}`);
  const docs = [...story.documents].sort((a, b) => rank(a.language) - rank(b.language));
  const texts = await Promise.all(docs.map((d) => getJSON(`/api/documents/${encodeURIComponent(d.id)}`)));
  const [graph, list, draw] = sourceChain(story.sources);
  append(
    root,
    h("h1", { id: "story-label" }, story.label),
    h("p", { class: "count", id: "story-count" }, `${docs.length} report${docs.length === 1 ? "" : "s"} · ${story.events.length} merged event${story.events.length === 1 ? "" : "s"} · `,
      h("a", { href: link("events", null, { story: story.id }) }, "events"), " · ", h("a", { href: link("network", null, { story: story.id }) }, "network")),
    h("h2", {}, "Reports"),
    h("div", { class: "columns", id: "story-reports" }, texts.map(report)),
    h("h2", {}, "Who said what"),
    comparison(story.comparison, docs),
    h("h2", {}, "Merged events"),
    story.events.length ? merged(story.events) : h("p", { class: "muted" }, "none"),
    h("h2", {}, "Source chain"),
    graph,
    list,
  );
  draw();
}
