// The map: each filtered event with a place as a point coloured by type, clustered where they crowd,
// over Natural Earth country outlines (vendored; no tile server).

import { h, append } from "../dom.js";
import { getJSON } from "../api.js";
import { filters, link } from "../route.js";
import { legend, typeColour, typePill } from "../ontology.js";

export const title = "Map";
export const usesFilters = true;

let outlines = null;

async function countries() {
  outlines ??= getJSON("/static/vendor/countries-110m.json").then((topo) => window.topojson.feature(topo, topo.objects.countries));
  return outlines;
}

function popup(feature) {
  const p = feature.properties;
  return h(
    "div",
    { class: "map-popup" },
    h("p", {}, typePill(p.type), " ", p.actors.join(", "), p.recipients.length ? ` → ${p.recipients.join(", ")}` : ""),
    h("p", {}, `${p.place}${p.date ? ` · ${p.date}` : ""}${p.outlet ? ` · ${p.outlet}` : ""}`),
    h("p", { class: "evidence" }, p.evidence ?? ""),
    h("a", { href: link("event", feature.id) }, "event"),
    " · ",
    h("a", { href: link("document", p.doc_id, { event: feature.id }) }, "report"),
  );
}

export async function render(root, route) {
  const query = filters(route.params);
  const [collection, world] = await Promise.all([getJSON("/api/events", { ...query, format: "geojson" }), countries()]);
  const features = collection.features;
  const types = [...new Set(features.map((f) => f.properties.type))].sort();
  const container = h("div", { class: "map", id: "map" });
  append(
    root,
    h("h1", {}, "Map"),
    h("p", { class: "count", id: "map-count" }, `${features.length} event${features.length === 1 ? "" : "s"} with a place`),
    legend(types.map((t) => [t, typeColour(t)])),
    container,
  );
  const L = window.L;
  const map = L.map(container, { preferCanvas: true, worldCopyJump: true, minZoom: 1, maxZoom: 12 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outlines: Natural Earth");
  L.geoJSON(world, { renderer: L.svg(), interactive: false, style: { color: "#8aa1b8", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
  const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  for (const feature of features) {
    const [lon, lat] = feature.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], { radius: 7, color: "#fff", weight: 1, fillColor: typeColour(feature.properties.type), fillOpacity: 0.9 });
    marker.bindPopup(() => popup(feature));
    cluster.addLayer(marker);
  }
  map.addLayer(cluster);
  if (features.length) map.fitBounds(cluster.getBounds(), { padding: [40, 40], maxZoom: 7 });
  else map.setView([25, 20], 2);
}
