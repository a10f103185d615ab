// Sweep: two inputs over a grid (POST /api/jobs/sweep, the same Sweeper as brink sweep), drawn as a heat map.
import { element, getText, postText } from './api.js';
import { jobUi, postJob, runJob } from './jobs.js';
import { downloadCsv, downloadSvg, heatMap, heatMapCsv } from './charts.js';

const $ = id => document.getElementById(id);
let last = null;

export function fillSweepChoices(entries) {
  $('sweep-situation').replaceChildren(...entries.filter(e => !e.error).map(e => element('option', { value: e.name, text: e.title ? `${e.title} (${e.name})` : e.name })));
  return loadInputs();
}

async function situationText() {
  return getText(`/api/situations/${encodeURIComponent($('sweep-situation').value)}`);
}

async function loadInputs() {
  if (!$('sweep-situation').value) return;
  let inputs;
  try {
    inputs = await postText('/api/inputs', await situationText());
  } catch (error) {
    $('heatmap').replaceChildren(element('p', { class: 'error', text: error.message }));
    return;
  }
  for (const [id, pick] of [['sweep-x', 0], ['sweep-y', 1]]) {
    const select = $(id);
    const keep = select.value;
    select.replaceChildren(...inputs.map(i => element('option', { value: i.key, text: `${i.label} (${i.key})` })));
    select.value = inputs.some(i => i.key === keep) ? keep : (inputs[pick] || inputs[0] || {}).key;
  }
}

function axis(prefix) {
  return { path: $(prefix).value, low: Number($(`${prefix}-low`).value), high: Number($(`${prefix}-high`).value), levels: Number($(`${prefix}-levels`).value) };
}

async function runNow() {
  const holder = $('heatmap');
  $('sweep-run').disabled = true;
  try {
    const body = {
      situation: await situationText(), x: axis('sweep-x'), y: axis('sweep-y'), output: $('sweep-output').value,
      replications: Number($('sweep-replications').value), horizon: Number($('sweep-horizon').value), seed: Number($('sweep-seed').value),
    };
    const answer = await runJob(() => postJob('/api/jobs/sweep', JSON.stringify(body)), jobUi('sweep'));
    if (answer) {
      last = answer;
      holder.replaceChildren(heatMap(answer));
      $('sweep-svg').disabled = false;
      $('sweep-csv').disabled = false;
    }
  } catch (error) {
    holder.replaceChildren(element('p', { class: 'error', 'data-testid': 'sweep-error', text: error.message }));
  } finally {
    $('sweep-run').disabled = false;
  }
}

export function initSweep() {
  $('sweep-situation').addEventListener('change', loadInputs);
  $('sweep-run').addEventListener('click', runNow);
  $('sweep-svg').addEventListener('click', () => downloadSvg($('heatmap'), `sweep-${last.output}.svg`));
  $('sweep-csv').addEventListener('click', () => downloadCsv(`sweep-${last.output}.csv`, heatMapCsv(last)));
}
