// Documents: the stored reports, newest first, a page at a time.

import { h } from "../dom.js";
import { go } from "../route.js";
import { pagedTable } from "./common.js";

export const title = "Documents";
export const usesFilters = false;

const COLUMNS = [
  { key: "title", label: "title", value: (d) => d.title ?? "", cell: (d) => d.title ?? d.uri ?? d.id },
  { key: "outlet", label: "outlet", value: (d) => d.outlet ?? "", cell: (d) => d.outlet ?? "" },
  { key: "language", label: "lang", value: (d) => d.language, cell: (d) => d.language },
  { key: "published", label: "published", value: (d) => d.published_value ?? "", cell: (d) => d.published_value ?? "" },
  { key: "events", label: "events", value: (d) => d.n_events, cell: (d) => d.n_events },
  { key: "status", label: "status", value: (d) => d.status, cell: (d) => d.status },
];

export async function render(root) {
  root.append(h("h1", {}, "Documents"));
  await pagedTable(root, { path: "/api/documents", params: {}, columns: COLUMNS, onRow: (d) => go("document", d.id), countId: "document-count", noun: "document", limit: 200 });
}
