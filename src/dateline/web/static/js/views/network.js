// The actor network: actors sized by their events, edges coloured by their main quad class, a time
// slider ("up to"), and a click on an edge (on the graph or in the list) lists the events behind it.

import { h, append, replace } from "../dom.js";
import { getAll, getJSON } from "../api.js";
import { filters, go, link } from "../route.js";
import { legend, QUAD_COLOURS, quadColour } from "../ontology.js";
import { eventLine } from "./common.js";

export const title = "Network";
export const usesFilters = true;

const EDGES = 200;

/** The quad class with most events on an edge. */
const mainQuad = (edge) => Object.entries(edge.by_quad ?? {}).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

function slider(periods, route) {
  const until = route.params.get("until");
  const at = until ? Math.max(0, periods.findIndex((p) => p >= until)) : periods.length - 1;
  const label = h("output", { id: "slider-label" }, periods[at] ?? "");
  const input = h("input", { type: "range", id: "time-slider", min: 0, max: Math.max(0, periods.length - 1), value: at < 0 ? periods.length - 1 : at, "aria-label": "events up to" });
  input.addEventListener("input", () => (label.textContent = periods[input.value]));
  input.addEventListener("change", () => {
    const params = new URLSearchParams(route.params);
    if (Number(input.value) === periods.length - 1) params.delete("until");
    else params.set("until", periods[input.value]);
    go("network", null, params, true);
  });
  return h("div", { class: "slider" }, h("span", {}, "events up to"), input, label);
}

async function edgeEvents(edge, query) {
  const events = await getAll("/api/events", { ...query, actor: edge.source }, 2000);
  return events.filter((e) => e.actors?.some((a) => a.id === edge.source) && e.recipients?.some((r) => r.id === edge.target));
}

export async function render(root, route) {
  const query = filters(route.params);
  const { since, until, ...unbounded } = query;
  const [net, extent] = await Promise.all([
    getJSON("/api/network", { ...query, limit: EDGES }),
    getJSON("/api/timeline", { ...unbounded, interval: "day" }),
  ]);
  const names = new Map(net.nodes.map((n) => [n.id, n.name]));
  const total = net.edges.reduce((sum, e) => sum + e.events, 0);
  const panel = h("aside", { id: "edge-panel" }, h("p", { class: "muted" }, "Click an edge (or a link below) to list its events; click an actor to open it."));
  const graph = h("div", { class: "graph", id: "network" });

  async function select(edge) {
    replace(panel, h("h2", {}, names.get(edge.source), " → ", names.get(edge.target)), h("p", { class: "muted" }, "loading…"));
    const events = await edgeEvents(edge, query);
    replace(
      panel,
      h("h2", {}, names.get(edge.source), " → ", names.get(edge.target)),
      h("p", { class: "count" }, `${events.length} event${events.length === 1 ? "" : "s"}`),
      h("ul", { class: "plain", id: "edge-events" }, events.map((e) => h("li", {}, h("a", { href: link("event", e.id) }, eventLine(e, false))))),
    );
  }

  const list = h(
    "ul",
    { class: "plain", id: "edge-list" },
    net.edges.map((edge) =>
      h("li", {}, h("button", { type: "button", class: "link", onclick: () => select(edge) }, names.get(edge.source), " → ", names.get(edge.target)),
        ` · ${edge.events} event${edge.events === 1 ? "" : "s"}`),
    ),
  );
  append(
    root,
    h("h1", {}, "Actor network"),
    h("p", { class: "count", id: "network-count" }, `${net.nodes.length} actors, ${net.edges.length} links, ${total} event-links`),
    extent.periods.length > 1 ? slider(extent.periods, route) : "",
    legend(Object.entries(QUAD_COLOURS)),
    h("div", { class: "split" }, graph, panel),
    h("h2", {}, "Links"),
    list,
  );
  if (!net.nodes.length) return;

  const max = Math.max(...net.nodes.map((n) => n.events), 1);
  const cy = window.cytoscape({
    container: graph,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, size: 18 + 50 * Math.sqrt(n.events / max) } })),
      ...net.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, index: i, colour: quadColour(mainQuad(e)), width: 1 + Math.min(9, e.events) } })),
    ],
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 11, "background-color": "#546e7a", color: "#1d232b", "text-valign": "bottom", "text-margin-y": 3 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85 } },
      { selector: "edge:selected", style: { "underlay-color": "#1f5fa8", "underlay-opacity": 0.3, "underlay-padding": 4 } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90 },
  });
  cy.on("tap", "edge", (e) => select(net.edges[e.target.data("index")]));
  cy.on("tap", "node", (e) => go("actor", e.target.id()));
  window.datelineCy = cy; // for the browser tests and the console
}
