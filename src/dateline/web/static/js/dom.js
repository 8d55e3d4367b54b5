// Safe DOM building: every string becomes a text node or a plain attribute value, never markup.
// Nothing in this UI parses a string as HTML (tests/unit/test_web.py checks), and no data reaches a script.

const SAFE_SCHEMES = new Set(["http:", "https:"]);

/** A link target that cannot run script: an in-app "#/…" route, a same-origin path, or an http(s) URL. */
export function safeHref(value) {
  const text = String(value ?? "");
  if (text.startsWith("#") || (text.startsWith("/") && !text.startsWith("//"))) return text;
  try {
    const url = new URL(text);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** An element: `props` sets attributes (on* keys take functions only), `children` are nodes or text. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith("on")) {
      if (typeof value !== "function") throw new TypeError(`${key} takes a function`);
      el.addEventListener(key.slice(2), value);
    } else if (key === "class") {
      el.className = value;
    } else if (key === "href") {
      const href = safeHref(value);
      if (href !== null) el.setAttribute("href", href);
    } else if (key === "dataset") {
      Object.assign(el.dataset, value);
    } else if (key === "color") {
      el.style.background = value;
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  return append(el, ...children);
}

/** Append children (nodes, strings, numbers, nested arrays; null and false are skipped). */
export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An SVG element, with attributes set one by one. */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (value != null) el.setAttribute(key, String(value));
  }
  return append(el, ...children);
}

/** Replace an element's content. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, ...children);
}

/** An external link (opens apart, sends no referrer); text only when the URL is not http(s). */
export function externalLink(url, text) {
  const href = safeHref(url);
  if (href === null || href.startsWith("#") || href.startsWith("/")) return h("span", {}, text ?? url ?? "");
  return h("a", { href, rel: "noopener noreferrer", target: "_blank" }, text ?? href);
}
