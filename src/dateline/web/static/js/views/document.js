// One report: its text with every actor, trigger, place, time and attribution span highlighted, the
// selected event's evidence outlined, its events, its metadata, and the lines removed as debris.

import { h, append, externalLink } from "../dom.js";
import { getJSON } from "../api.js";
import { go, link } from "../route.js";
import { eventLine } from "./common.js";

export const title = "Document";
export const usesFilters = false;

const KINDS = ["actor", "trigger", "place", "time", "attribution"];
const FIELD_CLASS = { actors: "actor", places: "place", times: "time", published: "time", attributions: "attribution", relays: "attribution" };
const EVENT_PART = [
  [/\.trigger$/, "trigger"],
  [/\.(actors|recipients)[.[]/, "actor"],
  [/\.place\./, "place"],
  [/\.time\./, "time"],
  [/\.attribution[.[]/, "attribution"],
];
// The event index of a span path ("events[3].trigger", also written "events.3.trigger").
const EVENT_INDEX = /^events(?:\.|\[)(\d+)/;

/** The corpus-wide id of a document's event (as the API gives it). */
export const eventId = (doc, event) => (event.id.startsWith(doc.id) ? event.id : `${doc.id}-${event.id}`);

/** The highlight class of a span, and whether it is evidence of the focused event (index `focus`). */
function classify(span, focus) {
  const fixed = FIELD_CLASS[span.field];
  if (fixed) return { cls: fixed, focus: false };
  if (span.field !== "events") return null;
  const index = Number(EVENT_INDEX.exec(span.path)?.[1] ?? -1);
  const part = EVENT_PART.find(([pattern]) => pattern.test(span.path));
  if (!part) return null;
  if (index === focus) return { cls: part[1], focus: true };
  return part[1] === "trigger" ? { cls: "trigger", focus: false } : null;
}

/** The text as text nodes and <mark>s: each run of characters carries the classes of the spans over it. */
export function highlighted(text, spans, focus) {
  const marks = spans.map((s) => ({ ...s, ...classify(s, focus) })).filter((s) => s.cls && s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = marks.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) {
      out.push(piece);
      continue;
    }
    const classes = new Set(over.map((m) => m.cls));
    if (over.some((m) => m.focus)) classes.add("focus");
    out.push(h("mark", { class: [...classes].join(" "), title: [...new Set(over.map((m) => m.path))].join(", ") }, piece));
  }
  return out;
}

function metadata(doc, story) {
  const published = doc.published?.value ? `${doc.published.value} (${doc.published.precision ?? "?"}, ${doc.published.source})` : "—";
  const rows = [
    ["outlet", doc.outlet ?? "—"],
    ["language", `${doc.language.code} (${doc.language.confidence.toFixed(2)})`],
    ["published", published],
    ["address", doc.url ? externalLink(doc.url) : "—"],
    ["source id", doc.source_id ?? "—"],
    ["story", story ? h("a", { href: link("story", story) }, story) : "—"],
  ];
  if (doc.errors?.length) rows.push(["errors", doc.errors.map((e) => `${e.stage}: ${e.kind}: ${e.message}`).join("; ")]);
  return h("dl", { class: "fields" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

export async function render(root, route) {
  const data = await getJSON(`/api/documents/${encodeURIComponent(route.id)}`);
  const doc = data.document;
  const selected = route.params.get("event");
  const focus = doc.events.findIndex((e) => eventId(doc, e) === selected);
  const text = h("div", { class: "doc-text card", id: "doc-text" }, highlighted(doc.text, data.spans, focus));
  const events = h(
    "ul",
    { class: "plain", id: "doc-events" },
    doc.events.map((e, i) =>
      h("li", { class: i === focus ? "selected" : "" },
        h("button", { type: "button", class: "link", onclick: () => go("document", doc.id, { event: eventId(doc, e) }, true) }, "show"),
        " ", eventLine(e),
        " ", h("a", { href: link("event", eventId(doc, e)) }, "details")),
    ),
  );
  const removed = h(
    "ul",
    { class: "plain removed", id: "doc-removed" },
    doc.removed.map((r) => h("li", {}, h("span", { class: "reason" }, r.reason), h("span", { class: "muted" }, `line ${r.line}: `), r.text)),
  );
  append(
    root,
    h("h1", { id: "doc-title" }, doc.title ?? doc.uri ?? doc.id),
    h(
      "div",
      { class: "split" },
      h("div", {},
        h("div", { class: "legend" }, KINDS.map((k) => h("span", {}, h("span", { class: `swatch hl-${k}` }), k))),
        text),
      h("aside", {},
        h("div", { class: "card" }, metadata(doc, data.story)),
        h("h2", {}, `Events (${doc.events.length})`), events,
        h("h2", {}, `Removed as debris (${doc.removed.length})`), removed,
        doc.captions.length ? [h("h2", {}, "Captions"), h("ul", { class: "plain" }, doc.captions.map((c) => h("li", {}, c.text)))] : ""),
    ),
  );
  root.querySelector("mark.focus")?.scrollIntoView({ block: "center" });
}
