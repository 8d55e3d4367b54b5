// PLOVER categories and quad classes (served by /ui/ontology.json) and the colours the views share.

import { h } from "./dom.js";
import { getJSON } from "./api.js";

const PALETTE = [
  "#2e7d32", "#43a047", "#7cb342", "#9ccc65", "#00838f", "#0277bd", "#26a69a", "#f9a825",
  "#ef6c00", "#8d6e63", "#ad1457", "#6a1b9a", "#c62828", "#4527a0", "#b71c1c", "#37474f",
];
export const QUAD_COLOURS = {
  "verbal-cooperation": "#4caf50",
  "material-cooperation": "#1b5e20",
  "verbal-conflict": "#fb8c00",
  "material-conflict": "#c62828",
};

let ontology = null;

/** Load the ontology once. */
export async function load() {
  ontology ??= await getJSON("/ui/ontology.json");
  return ontology;
}

export const categories = () => ontology.categories;
export const quadOf = (type) => ontology.quad_class[type] ?? null;
export const typeColour = (type) => PALETTE[ontology.categories.indexOf(type)] ?? "#78909c";
export const quadColour = (quad) => QUAD_COLOURS[quad] ?? "#78909c";

/** A coloured label for an event type. */
export function typePill(type) {
  return h("span", { class: "pill", color: typeColour(type), title: quadOf(type) ?? "" }, type);
}

/** A legend: one swatch per (label, colour). */
export function legend(entries) {
  return h(
    "div",
    { class: "legend" },
    entries.map(([label, colour]) => h("span", {}, h("span", { class: "swatch", color: colour }), label)),
  );
}
