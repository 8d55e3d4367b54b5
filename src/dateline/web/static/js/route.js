// The URL is the state: "#/<view>[/<id>]?<filters>", so every view can be shared and reloaded.

export const FILTERS = ["q", "type", "quad", "country", "actor", "outlet", "language", "since", "until", "min_confidence", "story"];

/** The current route: view name, optional id, and the query as a URLSearchParams. */
export function current() {
  const raw = window.location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?", 2);
  const [view, ...rest] = path.split("/");
  return { view: view || "network", id: rest.length ? decodeURIComponent(rest.join("/")) : null, params: new URLSearchParams(query) };
}

/** A "#/…" link to a view, keeping only non-empty parameters. */
export function link(view, id = null, params = {}) {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [key, value] of entries) if (value != null && value !== "") query.set(key, value);
  const path = id == null ? view : `${view}/${encodeURIComponent(id)}`;
  const search = query.toString();
  return `#/${path}${search ? `?${search}` : ""}`;
}

/** The filter parameters of `params` as a plain object (what the list endpoints take). */
export function filters(params) {
  const out = {};
  for (const key of FILTERS) if (params.get(key)) out[key] = params.get(key);
  return out;
}

/** Go to `view` with `params` (replacing the history entry when `replace`). */
export function go(view, id, params, replace = false) {
  const target = link(view, id, params);
  if (replace) window.history.replaceState(null, "", target);
  else window.location.hash = target;
  if (replace) window.dispatchEvent(new HashChangeEvent("hashchange"));
}

/** Record one parameter in the URL without rendering again (a table's sort order). */
export function remember(name, value) {
  const route = current();
  route.params.set(name, value);
  window.history.replaceState(null, "", link(route.view, route.id, route.params));
}
