// Events: a sortable list of the filtered events, a page at a time; a row opens the event.

import { h, append } from "../dom.js";
import { filters, go, remember } from "../route.js";
import { typePill } from "../ontology.js";
import { eventDate, pagedTable, participants, placeName } from "./common.js";

export const title = "Events";
export const usesFilters = true;

const COLUMNS = [
  { key: "date", label: "date", value: eventDate, cell: eventDate },
  { key: "type", label: "type", value: (e) => e.type, cell: (e) => typePill(e.type) },
  { key: "actors", label: "actors", value: (e) => e.actors?.[0]?.name ?? "", cell: (e) => participants(e.actors) },
  { key: "recipients", label: "recipients", value: (e) => e.recipients?.[0]?.name ?? "", cell: (e) => participants(e.recipients) },
  { key: "place", label: "place", value: placeName, cell: placeName },
  { key: "outlet", label: "outlet", value: (e) => e.outlet ?? "", cell: (e) => e.outlet ?? "" },
  { key: "confidence", label: "conf.", value: (e) => e.confidence, cell: (e) => e.confidence.toFixed(2) },
  { key: "evidence", label: "evidence", value: (e) => e.evidence_text ?? "", cell: (e) => e.evidence_text ?? "", class: "evidence" },
];

export async function render(root, route) {
  const query = filters(route.params);
  const sort = route.params.get("sort");
  root.append(h("h1", {}, "Events"));
  await pagedTable(root, {
    path: "/api/events",
    params: query,
    columns: COLUMNS,
    onRow: (e) => go("event", e.id),
    sort: sort ? { key: sort.replace(/^-/, ""), dir: sort.startsWith("-") ? "descending" : "ascending" } : null,
    onSort: (o) => remember("sort", `${o.dir === "descending" ? "-" : ""}${o.key}`),
    countId: "event-count",
    noun: "event",
  });
  append(root, h("p", { class: "muted" }, "Export these events: ",
    ["csv", "jsonl", "plover", "geojson"].map((format) => [
      h("a", { href: `/api/events?${new URLSearchParams({ ...query, format })}` }, format), " ",
    ])));
}
