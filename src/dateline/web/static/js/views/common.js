// Pieces several views share: how an event's participants, place and date read, and a sortable table.

import { h, replace } from "../dom.js";
import { getJSON } from "../api.js";
import { link } from "../route.js";
import { typePill } from "../ontology.js";

/** Actors, as links to their actor view unless `linked` is false ("Israel, Hezbollah"). */
export function participants(refs, linked = true) {
  if (!refs?.length) return h("span", { class: "muted" }, "—");
  return refs.map((ref, i) => [
    i ? ", " : "",
    ref.id && linked ? h("a", { href: link("actor", ref.id) }, ref.name) : ref.name,
    ref.country ? h("span", { class: "muted" }, ` (${ref.country})`) : "",
  ]);
}

export const placeName = (event) => event.place?.name ?? "";
export const eventDate = (event) => event.date ?? event.date_start ?? "";

/** One event in a sentence: type, actors → recipients, place and date (`linked`: actors as links). */
export function eventLine(event, linked = true) {
  return h(
    "span",
    {},
    typePill(event.type),
    " ",
    participants(event.actors, linked),
    event.recipients?.length ? [" → ", participants(event.recipients, linked)] : "",
    event.place ? ` · ${event.place.name}` : "",
    eventDate(event) ? ` · ${eventDate(event)}` : "",
  );
}

/**
 * A table whose headers sort it: `columns` are {key, label, value(row) for sorting, cell(row) → node}.
 * `onRow(row)` makes rows clickable; `onSort({key, dir})` hears the order chosen.
 */
export function sortableTable(rows, columns, { onRow, sort, onSort } = {}) {
  let order = sort ?? null; // {key, dir}
  const body = h("tbody");
  const buttons = new Map();

  function draw() {
    const sorted = [...rows];
    if (order) {
      const column = columns.find((c) => c.key === order.key);
      const sign = order.dir === "ascending" ? 1 : -1;
      sorted.sort((a, b) => {
        const x = column.value(a);
        const y = column.value(b);
        return (x < y ? -1 : x > y ? 1 : 0) * sign;
      });
    }
    for (const [key, button] of buttons) button.setAttribute("aria-sort", order?.key === key ? order.dir : "none");
    replace(
      body,
      sorted.map((row) =>
        h(
          "tr",
          { class: onRow ? "clickable" : "", onclick: onRow ? () => onRow(row) : null },
          columns.map((c) => h("td", { class: c.class ?? "" }, c.cell(row))),
        ),
      ),
    );
  }

  const head = h(
    "tr",
    {},
    columns.map((c) => {
      const button = h("button", {
        type: "button",
        onclick: () => {
          order = { key: c.key, dir: order?.key === c.key && order.dir === "ascending" ? "descending" : "ascending" };
          onSort?.(order);
          draw();
        },
      }, c.label);
      buttons.set(c.key, button);
      return h("th", { scope: "col" }, button);
    }),
  );
  draw();
  return h("table", {}, h("thead", {}, head), body);
}

/**
 * A sortable table over a keyset-paginated endpoint, with a "more" button while pages remain;
 * `noun` names the rows in the count line (element `countId`).
 */
export async function pagedTable(root, { path, params, columns, onRow, sort, onSort, countId, noun, limit = 100 }) {
  const rows = [];
  let cursor = null;
  const count = h("p", { class: "count", id: countId });
  const holder = h("div");
  const more = h("button", { type: "button", onclick: () => page().catch(() => {}) }, "more");
  root.append(count, holder, h("p", {}, more));
  async function page() {
    const data = await getJSON(path, { ...params, limit, cursor });
    rows.push(...data.items);
    cursor = data.next_cursor;
    more.hidden = !cursor;
    count.textContent = `${rows.length}${cursor ? "+" : ""} ${noun}${rows.length === 1 ? "" : "s"}`;
    holder.replaceChildren(sortableTable(rows, columns, { onRow, sort, onSort: (o) => { sort = o; onSort?.(o); } }));
  }
  await page();
}
