// One event: its fields, the evidence sentence, and the way to its document (evidence highlighted) and story.

import { h, append } from "../dom.js";
import { getJSON } from "../api.js";
import { link } from "../route.js";
import { quadOf, typePill } from "../ontology.js";
import { participants } from "./common.js";

export const title = "Event";
export const usesFilters = false;

function when(time) {
  if (!time) return "—";
  const interval = time.start && time.end && time.start !== time.end ? ` (${time.start} – ${time.end})` : "";
  return `${time.value ?? time.start ?? time.text}${interval}${time.text ? ` “${time.text}”` : ""}`;
}

export async function render(root, route) {
  const event = await getJSON(`/api/events/${encodeURIComponent(route.id)}`);
  const doc = event.document;
  const fields = [
    ["type", [typePill(event.type), event.mode ? ` ${event.mode}` : "", ` · ${quadOf(event.type) ?? ""}`]],
    ["trigger", event.trigger_text ?? "—"],
    ["actors", participants(event.actors)],
    ["recipients", participants(event.recipients)],
    ["place", event.place ? `${event.place.name}${event.place.country ? ` (${event.place.country})` : ""}` : "—"],
    ["time", when(event.time)],
    ["according to", event.attribution?.length ? event.attribution.map((a) => a.source).join("; ") : "—"],
    ["auxiliary", event.auxiliary ?? "—"],
    ["confidence", event.confidence.toFixed(2)],
    ["outlet", event.outlet ?? "—"],
  ];
  append(
    root,
    h("h1", {}, "Event ", h("span", { class: "muted" }, event.id)),
    h(
      "div",
      { class: "card" },
      h("dl", { class: "fields" }, fields.map(([name, value]) => [h("dt", {}, name), h("dd", {}, value)])),
      h("h2", {}, "Evidence"),
      h("blockquote", { class: "evidence", id: "event-evidence" }, event.evidence_text ?? ""),
      h(
        "p",
        {},
        h("a", { id: "open-document", href: link("document", event.doc_id, { event: event.id }) }, "Open the report with its evidence highlighted"),
        doc?.title ? [" — ", h("em", {}, doc.title)] : "",
        event.story ? [" · ", h("a", { href: link("story", event.story) }, "its story")] : "",
      ),
    ),
  );
}
