// A stacked bar chart in SVG (counts per period by key) with an optional brush to pick a range of periods.

import { h, svg } from "./dom.js";

const W = 960;
const H = 300;
const M = { top: 12, right: 12, bottom: 36, left: 40 };

/**
 * `periods` (labels), `series` {key: [n per period]}, `colour(key)`; `onBrush(first, last)` when given
 * (indices of the first and last period brushed, or of the bar clicked).
 */
export function stackedBars(periods, series, colour, onBrush) {
  const keys = Object.keys(series);
  const totals = periods.map((_, i) => keys.reduce((sum, k) => sum + series[k][i], 0));
  const max = Math.max(1, ...totals);
  const band = (W - M.left - M.right) / Math.max(1, periods.length);
  const y = (n) => ((H - M.top - M.bottom) * n) / max;
  const bars = [];
  periods.forEach((period, i) => {
    let base = H - M.bottom;
    for (const key of keys) {
      const n = series[key][i];
      if (!n) continue;
      const height = y(n);
      base -= height;
      bars.push(svg("rect", { x: M.left + i * band + band * 0.1, y: base, width: Math.max(1, band * 0.8), height, fill: colour(key), "data-period": period, "data-key": key },
        svg("title", {}, `${period} · ${key}: ${n}`)));
    }
  });
  const every = Math.ceil(periods.length / 10);
  const labels = periods.map((p, i) => (i % every ? null : svg("text", { x: M.left + i * band + band / 2, y: H - M.bottom + 16, "text-anchor": "middle" }, p)));
  const axis = [
    svg("line", { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, stroke: "#9aa5b1" }),
    svg("text", { x: M.left - 6, y: M.top + 8, "text-anchor": "end" }, String(max)),
    svg("text", { x: M.left - 6, y: H - M.bottom, "text-anchor": "end" }, "0"),
  ];
  const brush = svg("rect", { class: "brush", x: 0, y: M.top, width: 0, height: H - M.top - M.bottom, visibility: "hidden" });
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per period" }, axis, bars, labels, brush);
  if (onBrush) attachBrush(chart, brush, periods.length, band, onBrush);
  return h("div", { class: "chart" }, chart);
}

function attachBrush(chart, brush, count, band, onBrush) {
  let start = null;
  const at = (event) => {
    const box = chart.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * W;
  };
  const index = (x) => Math.max(0, Math.min(count - 1, Math.floor((x - M.left) / band)));
  chart.addEventListener("mousedown", (e) => {
    start = at(e);
    brush.setAttribute("visibility", "visible");
    brush.setAttribute("x", start);
    brush.setAttribute("width", 0);
  });
  chart.addEventListener("mousemove", (e) => {
    if (start === null) return;
    const x = at(e);
    brush.setAttribute("x", Math.min(start, x));
    brush.setAttribute("width", Math.abs(x - start));
  });
  chart.addEventListener("mouseup", (e) => {
    if (start === null) return;
    const [a, b] = [index(start), index(at(e))].sort((p, q) => p - q);
    start = null;
    onBrush(a, b);
  });
}
