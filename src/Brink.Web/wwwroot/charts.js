// SVG charts drawn in the page (heat map, calibration plot) and the one download mechanism every chart uses:
// the SVG as drawn, and its data as CSV.
import { download } from './api.js';

const svgNs = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function label(x, y, text, anchor = 'middle', size = 11) {
  return svg('text', { x, y, 'text-anchor': anchor, 'font-size': size, 'font-family': 'sans-serif' }, text);
}

// White to dark blue: a sequential scale that prints in grey too.
export function blue(value) {
  const t = Math.max(0, Math.min(1, value));
  const mix = (a, b) => Math.round(a + (b - a) * t);
  return `rgb(${mix(247, 8)},${mix(251, 48)},${mix(255, 107)})`;
}

export function heatMap(answer) {
  const map = answer.heatmap;
  const xs = answer.x_values, ys = answer.y_values;
  // Colours span the values' own range, so a map whose probabilities all lie within 0.00–0.05 still shows its shape;
  // the legend gives the range.
  const all = map.values.flat().filter(Number.isFinite);
  const low = Math.min(...all), high = Math.max(...all);
  const shade = v => blue(high > low ? (v - low) / (high - low) : 0.5);
  const cell = Math.max(22, Math.min(72, Math.floor(480 / Math.max(xs.length, ys.length))));
  const left = 86, top = 40, bottom = 56, legend = 110;
  const width = Math.max(560, left + xs.length * cell + legend), height = top + ys.length * cell + bottom;
  const chart = svg('svg', { xmlns: svgNs, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-testid': 'heatmap',
    'aria-label': `heat map of ${answer.output} over ${map.x} and ${map.y}` });
  chart.append(svg('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  chart.append(label(10, 20, `${answer.output} over ${map.x} and ${map.y}`, 'start', 13));
  // Row 0 is the lowest y level: drawn at the bottom, as a plot's y axis runs.
  map.values.forEach((row, r) => row.forEach((value, c) => {
    const x = left + c * cell, y = top + (ys.length - 1 - r) * cell;
    const rect = svg('rect', { x, y, width: cell, height: cell, fill: shade(value), stroke: '#ffffff', 'data-testid': 'heatmap-cell', 'data-value': value });
    rect.append(svg('title', {}, `${map.x}=${xs[c].toFixed(3)}, ${map.y}=${ys[r].toFixed(3)}: ${value.toFixed(3)}`));
    chart.append(rect);
    const dark = high > low && (value - low) / (high - low) > 0.5;
    if (cell >= 34) chart.append(svg('text', { x: x + cell / 2, y: y + cell / 2 + 4, 'text-anchor': 'middle', 'font-size': 10, 'font-family': 'sans-serif', fill: dark ? '#ffffff' : '#111111' }, value.toFixed(3)));
  }));
  xs.forEach((v, c) => chart.append(label(left + c * cell + cell / 2, top + ys.length * cell + 14, v.toFixed(2))));
  ys.forEach((v, r) => chart.append(label(left - 6, top + (ys.length - 1 - r) * cell + cell / 2 + 4, v.toFixed(2), 'end')));
  chart.append(label(left + xs.length * cell / 2, height - 14, map.x));
  const middle = top + ys.length * cell / 2;
  chart.append(svg('text', { x: 14, y: middle, 'text-anchor': 'middle', 'font-size': 11, 'font-family': 'sans-serif', transform: `rotate(-90 14 ${middle})` }, map.y));
  const lx = left + xs.length * cell + 20;
  for (let i = 0; i < 10; i++) chart.append(svg('rect', { x: lx, y: top + (9 - i) * 16, width: 16, height: 16, fill: blue((i + 0.5) / 10) }));
  chart.append(label(lx + 20, top + 10, high.toFixed(3), 'start'));
  chart.append(label(lx + 20, top + 160, low.toFixed(3), 'start'));
  return chart;
}

export function heatMapCsv(answer) {
  const map = answer.heatmap;
  const rows = [`${map.x},${map.y},${answer.output}`];
  map.values.forEach((row, r) => row.forEach((value, c) => rows.push(`${answer.x_values[c]},${answer.y_values[r]},${value}`)));
  return rows.join('\n') + '\n';
}

export function calibrationPlot(bins, evaluation) {
  const size = 370, left = 60, top = 30, bottom = 44, right = 16;
  const plot = size - left - right;
  const x = p => left + p * plot, y = p => top + (1 - p) * plot;
  const width = size, height = top + plot + bottom;
  const chart = svg('svg', { xmlns: svgNs, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-testid': 'calibration-plot',
    'aria-label': `calibration plot (${evaluation}): observed frequency against predicted probability by bin` });
  chart.append(svg('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  chart.append(label(left, 18, `Calibration (${evaluation})`, 'start', 13));
  chart.append(svg('rect', { x: left, y: top, width: plot, height: plot, fill: 'none', stroke: '#333333' }));
  chart.append(svg('line', { x1: x(0), y1: y(0), x2: x(1), y2: y(1), stroke: '#999999', 'stroke-dasharray': '4 4' }));
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    chart.append(label(x(v), top + plot + 14, v.toFixed(2)));
    chart.append(label(left - 6, y(v) + 4, v.toFixed(2), 'end'));
  }
  chart.append(label(left + plot / 2, height - 8, 'predicted probability (bin mean)'));
  const middle = top + plot / 2;
  chart.append(svg('text', { x: 12, y: middle, 'text-anchor': 'middle', 'font-size': 11, 'font-family': 'sans-serif', transform: `rotate(-90 12 ${middle})` }, 'observed frequency'));
  const used = bins.filter(b => b.count > 0);
  const most = Math.max(1, ...used.map(b => b.count));
  chart.append(svg('polyline', { points: used.map(b => `${x(b.mean_predicted)},${y(b.observed_frequency)}`).join(' '), fill: 'none', stroke: '#2166ac', 'stroke-width': 1.5 }));
  for (const b of used) {
    const dot = svg('circle', { cx: x(b.mean_predicted), cy: y(b.observed_frequency), r: 3 + 7 * Math.sqrt(b.count / most), fill: '#2166ac', 'fill-opacity': 0.7, 'data-testid': 'calibration-point' });
    dot.append(svg('title', {}, `${b.lower.toFixed(1)}–${b.upper.toFixed(1)}: ${b.count} pairs, predicted ${b.mean_predicted.toFixed(3)}, observed ${b.observed_frequency.toFixed(3)}`));
    chart.append(dot);
  }
  return chart;
}

export function calibrationCsv(bins) {
  const value = v => (v === null || v === undefined || Number.isNaN(v) ? '' : v);
  return ['lower,upper,count,mean_predicted,observed_frequency', ...bins.map(b => [b.lower, b.upper, b.count, value(b.mean_predicted), value(b.observed_frequency)].join(','))].join('\n') + '\n';
}

export function downloadSvg(holder, name) {
  download(name, new XMLSerializer().serializeToString(holder.querySelector('svg')), 'image/svg+xml');
}

export function downloadCsv(name, text) {
  download(name, text, 'text/csv');
}
