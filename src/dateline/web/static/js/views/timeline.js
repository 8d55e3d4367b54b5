// The timeline: stacked counts per day, week or month by type (or quad class); brushing a range of
// periods sets the since/until filters every view shares.

import { h, append } from "../dom.js";
import { getJSON } from "../api.js";
import { filters, go, link } from "../route.js";
import { legend, quadColour, typeColour } from "../ontology.js";
import { stackedBars } from "../chart.js";

export const title = "Timeline";
export const usesFilters = true;

const pad = (n) => String(n).padStart(2, "0");
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The first and last day of a period label: "2024-03-14", "2024-W11" or "2024-03". */
export function bounds(period) {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const jan4 = new Date(Date.UTC(Number(week[1]), 0, 4));
    const monday = new Date(jan4);
    monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + 7 * (Number(week[2]) - 1));
    const sunday = new Date(monday);
    sunday.setUTCDate(monday.getUTCDate() + 6);
    return [iso(monday), iso(sunday)];
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return [`${period}-01`, iso(new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)))];
  return [period, period];
}

function choice(name, values, current, route) {
  const control = h("select", { name, id: `timeline-${name}` }, values.map((v) => h("option", { value: v, selected: v === current }, v)));
  control.addEventListener("change", () => {
    const params = new URLSearchParams(route.params);
    params.set(name, control.value);
    go("timeline", null, params);
  });
  return h("label", {}, `${name} `, control);
}

export async function render(root, route) {
  const query = filters(route.params);
  const interval = route.params.get("interval") ?? "day";
  const by = route.params.get("by") ?? "type";
  const data = await getJSON("/api/timeline", { ...query, interval, by });
  const colour = by === "quad" ? quadColour : typeColour;
  const total = Object.values(data.series).flat().reduce((a, b) => a + b, 0);
  const brushed = (first, last) => {
    const params = new URLSearchParams(route.params);
    params.set("since", bounds(data.periods[first])[0]);
    params.set("until", bounds(data.periods[last])[1]);
    go("timeline", null, params);
  };
  append(
    root,
    h("h1", {}, "Timeline"),
    h("p", { class: "count", id: "timeline-count" }, `${total} event${total === 1 ? "" : "s"} over ${data.periods.length} ${interval}${data.periods.length === 1 ? "" : "s"}`),
    h("p", {}, choice("interval", ["day", "week", "month"], interval, route), " ", choice("by", ["type", "quad"], by, route),
      " ", h("span", { class: "muted" }, "drag across the bars to filter by period"),
      " · ", h("a", { href: link("events", null, query) }, "list these events")),
    legend(Object.keys(data.series).map((k) => [k, colour(k)])),
    data.periods.length ? stackedBars(data.periods, data.series, colour, brushed) : h("p", { class: "muted" }, "no dated events match"),
  );
}
