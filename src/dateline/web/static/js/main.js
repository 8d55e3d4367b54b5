// The single-page shell: routes "#/<view>/<id>?<filters>" to a view module and keeps the filter bar in sync.

import { h, replace } from "./dom.js";
import { current, filters, FILTERS, go, link } from "./route.js";
import * as ontology from "./ontology.js";
import * as network from "./views/network.js";
import * as map from "./views/map.js";
import * as timeline from "./views/timeline.js";
import * as events from "./views/events.js";
import * as event from "./views/event.js";
import * as documents from "./views/documents.js";
import * as documentView from "./views/document.js";
import * as stories from "./views/stories.js";
import * as story from "./views/story.js";
import * as actor from "./views/actor.js";

const VIEWS = { network, map, timeline, events, event, documents, document: documentView, stories, story, actor };
const NAV = ["network", "map", "timeline", "events", "documents", "stories"];

// Policy violations are kept where the browser tests can read them.
window.datelineCspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.datelineCspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});

const root = document.getElementById("view");
const status = document.getElementById("status");
const form = document.getElementById("filters");

function setStatus(message, error = false) {
  status.textContent = message;
  status.classList.toggle("error", error);
}

function field(label, control) {
  return h("label", {}, label, control);
}

function select(name, options) {
  return h("select", { name }, h("option", { value: "" }, "any"), options.map((o) => h("option", { value: o }, o)));
}

function buildFilters() {
  replace(
    form,
    field("search", h("input", { name: "q", type: "search", placeholder: "full text" })),
    field("type", select("type", ontology.categories())),
    field("quad class", select("quad", Object.keys(ontology.QUAD_COLOURS))),
    field("country", h("input", { name: "country", placeholder: "ISO-3", size: 5 })),
    field("actor", h("input", { name: "actor", placeholder: "name or KB id" })),
    field("outlet", h("input", { name: "outlet" })),
    field("language", select("language", ["fr", "en"])),
    field("since", h("input", { name: "since", type: "date" })),
    field("until", h("input", { name: "until", type: "date" })),
    field("story", h("input", { name: "story", placeholder: "story id", size: 8 })),
    field("min confidence", h("input", { name: "min_confidence", type: "number", min: 0, max: 1, step: 0.05 })),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "reset" }, "Clear"),
  );
}

function syncFilters(route) {
  for (const name of FILTERS) form.elements[name].value = route.params.get(name) ?? "";
  form.classList.toggle("hidden", !VIEWS[route.view]?.usesFilters);
}

function applyFilters(values) {
  const route = current();
  const params = new URLSearchParams(route.params);
  for (const name of FILTERS) params.delete(name);
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  go(route.view, route.id, params);
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  applyFilters(Object.fromEntries(new FormData(form).entries()));
});
form.addEventListener("reset", (e) => {
  e.preventDefault();
  applyFilters({});
});

function buildNav(route) {
  const kept = filters(route.params);
  replace(
    document.getElementById("nav"),
    NAV.map((name) =>
      h("a", { href: link(name, null, VIEWS[name].usesFilters ? kept : {}), class: route.view === name ? "active" : "" }, VIEWS[name].title),
    ),
  );
}

let generation = 0;

async function render() {
  const route = current();
  const view = VIEWS[route.view];
  const mine = ++generation;
  document.body.dataset.ready = "";
  buildNav(route);
  syncFilters(route);
  setStatus("loading…");
  replace(root);
  if (!view) {
    setStatus(`no view named “${route.view}”`, true);
    return;
  }
  document.title = `${view.title} · Dateline`;
  try {
    await view.render(root, route);
    if (mine !== generation) return;
    setStatus("");
  } catch (error) {
    if (mine !== generation) return;
    console.error(error);
    setStatus(`error: ${error.message}`, true);
  }
  document.body.dataset.ready = route.view;
}

async function start() {
  await ontology.load();
  buildFilters();
  window.addEventListener("hashchange", render);
  if (!window.location.hash) window.history.replaceState(null, "", link("network"));
  await render();
}

start().catch((error) => setStatus(`error: ${error.message}`, true));
