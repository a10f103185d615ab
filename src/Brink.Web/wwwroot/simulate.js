// Simulate (a job: progress bar and Cancel): a fan chart (5–95% and 25–75% bands, median) of one state variable over the steps, drawn as SVG.
import { download, element, format, getText } from './api.js';
import { jobUi, postJob, runJob } from './jobs.js';

const $ = id => document.getElementById(id);
const svgNs = 'http://www.w3.org/2000/svg';
let last = null;

export function fillSimulateChoices(entries) {
  $('sim-situation').replaceChildren(...entries.map(e => element('option', { value: e.name, text: e.title ? `${e.title} (${e.name})` : e.name })));
}

function svg(tag, attributes) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export function fanChart(rows, variable) {
  const width = 640, height = 320, left = 48, right = 16, top = 24, bottom = 36;
  const steps = rows.map(r => r.step);
  const maxStep = Math.max(1, ...steps);
  const x = s => left + (s / maxStep) * (width - left - right);
  const y = v => top + (1 - v) * (height - top - bottom);
  const chart = svg('svg', { xmlns: svgNs, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `fan chart of ${variable}` });
  chart.append(svg('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  const band = (low, high, fill) => {
    const upper = rows.map(r => `${x(r.step)},${y(r[high])}`);
    const lower = rows.slice().reverse().map(r => `${x(r.step)},${y(r[low])}`);
    chart.append(svg('polygon', { points: [...upper, ...lower].join(' '), fill, stroke: 'none' }));
  };
  band('p05', 'p95', '#c6dbef');
  band('p25', 'p75', '#6baed6');
  chart.append(svg('polyline', { points: rows.map(r => `${x(r.step)},${y(r.p50)}`).join(' '), fill: 'none', stroke: '#08306b', 'stroke-width': 2 }));
  chart.append(svg('line', { x1: left, y1: y(0), x2: width - right, y2: y(0), stroke: '#333' }));
  chart.append(svg('line', { x1: left, y1: y(0), x2: left, y2: y(1), stroke: '#333' }));
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    const label = svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11, 'font-family': 'sans-serif' });
    label.textContent = v.toFixed(2);
    chart.append(label);
  }
  for (const s of steps) {
    const label = svg('text', { x: x(s), y: height - bottom + 16, 'text-anchor': 'middle', 'font-size': 11, 'font-family': 'sans-serif' });
    label.textContent = String(s);
    chart.append(label);
  }
  const title = svg('text', { x: left, y: 16, 'font-size': 13, 'font-family': 'sans-serif' });
  title.textContent = `${variable}: median, 25–75% and 5–95% of runs by step`;
  chart.append(title);
  return chart;
}

function draw() {
  if (!last) return;
  const variable = $('sim-variable').value;
  const rows = last.states.filter(r => r.variable === variable);
  $('fan-chart').replaceChildren(fanChart(rows, variable));
  $('sim-svg').disabled = false;
  $('sim-csv').disabled = false;
}

async function runNow() {
  const name = $('sim-situation').value;
  const text = await getText(`/api/situations/${encodeURIComponent(name)}`);
  const query = new URLSearchParams({ runs: $('sim-runs').value, horizon: $('sim-horizon').value, seed: $('sim-seed').value });
  $('sim-run').disabled = true;
  try {
    const result = await runJob(() => postJob(`/api/jobs/simulate?${query}`, text, 'application/yaml'), jobUi('sim'));
    if (!result) return;
    last = result;
    draw();
    const finalStep = Math.max(...last.outcomes.map(o => o.step));
    const shares = last.outcomes.filter(o => o.step === finalStep);
    $('sim-outcomes').replaceChildren(element('p', { 'data-testid': 'sim-summary',
      text: `after ${finalStep} steps: ` + shares.map(o => `${o.outcome} ${format(o.share)}`).join(', ') }));
  } catch (error) {
    $('fan-chart').replaceChildren(element('p', { class: 'error', text: error.message }));
  } finally {
    $('sim-run').disabled = false;
  }
}

function csv() {
  const header = 'step,variable,mean,p05,p25,p50,p75,p95';
  return [header, ...last.states.map(r => [r.step, r.variable, r.mean, r.p05, r.p25, r.p50, r.p75, r.p95].join(','))].join('\n') + '\n';
}

export function initSimulate() {
  $('sim-run').addEventListener('click', runNow);
  $('sim-variable').addEventListener('change', draw);
  $('sim-svg').addEventListener('click', () => download(`fan-${$('sim-variable').value}.svg`, new XMLSerializer().serializeToString($('fan-chart').firstChild), 'image/svg+xml'));
  $('sim-csv').addEventListener('click', () => download('simulation-states.csv', csv(), 'text/csv'));
}
