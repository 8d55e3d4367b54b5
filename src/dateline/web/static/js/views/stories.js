// Stories: every story, largest first.

import { h, append } from "../dom.js";
import { getAll } from "../api.js";
import { go } from "../route.js";
import { sortableTable } from "./common.js";

export const title = "Stories";
export const usesFilters = false;

const COLUMNS = [
  { key: "label", label: "story", value: (s) => s.label, cell: (s) => s.label },
  { key: "n_docs", label: "reports", value: (s) => s.n_docs, cell: (s) => s.n_docs },
  { key: "languages", label: "languages", value: (s) => s.languages.join(","), cell: (s) => s.languages.join(", ") },
  { key: "outlets", label: "outlets", value: (s) => s.outlets.join(","), cell: (s) => s.outlets.join(", ") },
  { key: "first_day", label: "from", value: (s) => s.first_day ?? "", cell: (s) => s.first_day ?? "" },
  { key: "last_day", label: "to", value: (s) => s.last_day ?? "", cell: (s) => s.last_day ?? "" },
];

export async function render(root) {
  const stories = await getAll("/api/stories", {}, 2000);
  append(
    root,
    h("h1", {}, "Stories"),
    h("p", { class: "count", id: "story-list-count" }, `${stories.length} stor${stories.length === 1 ? "y" : "ies"}`),
    sortableTable(stories, COLUMNS, { onRow: (s) => go("story", s.id) }),
  );
}
