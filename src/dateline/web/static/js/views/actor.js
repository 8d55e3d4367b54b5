// One actor: its events over time, its counterparts (who it acts on and who acts on it), its latest events.

import { h, append } from "../dom.js";
import { getJSON } from "../api.js";
import { go, link } from "../route.js";
import { typeColour } from "../ontology.js";
import { stackedBars } from "../chart.js";
import { eventLine, sortableTable } from "./common.js";

export const title = "Actor";
export const usesFilters = false;

const byType = (c) => Object.entries(c.by_type).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(", ");

const COLUMNS = [
  { key: "name", label: "counterpart", value: (c) => c.name, cell: (c) => h("a", { href: link("actor", c.id) }, c.name) },
  { key: "country", label: "country", value: (c) => c.country ?? "", cell: (c) => c.country ?? "" },
  { key: "events", label: "events", value: (c) => c.events, cell: (c) => c.events },
  { key: "as_recipient", label: "it acts on them", value: (c) => c.as_recipient, cell: (c) => c.as_recipient },
  { key: "as_actor", label: "they act on it", value: (c) => c.as_actor, cell: (c) => c.as_actor },
  { key: "by_type", label: "types", value: byType, cell: byType },
];

export async function render(root, route) {
  const [data, recent] = await Promise.all([
    getJSON(`/api/actors/${encodeURIComponent(route.id)}`),
    getJSON("/api/events", { actor: route.id, limit: 50 }),
  ]);
  const { actor, counterparts, timeline } = data;
  const periods = timeline.map((t) => t.period);
  append(
    root,
    h("h1", { id: "actor-name" }, actor.name),
    h("p", { class: "count", id: "actor-count" },
      `${actor.events} event${actor.events === 1 ? "" : "s"}`,
      actor.country ? ` · ${actor.country}` : "", actor.sector ? ` · ${actor.sector}` : "", actor.kb_id ? ` · KB ${actor.kb_id}` : "",
      " · ", h("a", { href: link("network", null, { actor: actor.id }) }, "network"), " · ", h("a", { href: link("events", null, { actor: actor.id }) }, "events")),
    h("h2", {}, "Events over time"),
    periods.length ? stackedBars(periods, { events: timeline.map((t) => t.events) }, () => typeColour("CONSULT")) : h("p", { class: "muted" }, "no dated events"),
    h("h2", {}, `Counterparts (${counterparts.length})`),
    sortableTable(counterparts, COLUMNS, { onRow: (c) => go("actor", c.id), sort: { key: "events", dir: "descending" } }),
    h("h2", {}, "Latest events"),
    h("ul", { class: "plain", id: "actor-events" }, recent.items.map((e) => h("li", {}, h("a", { href: link("event", e.id) }, eventLine(e, false))))),
  );
}
