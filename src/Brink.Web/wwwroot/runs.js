// Runs: the workspace's run store. List, open, re-run (a job that says whether the run reproduced), delete, and
// the run's HTML report (brink report's page).
import { element, get } from './api.js';
import { deleteJson, jobUi, postJob, runJob } from './jobs.js';

const $ = id => document.getElementById(id);

export async function loadRuns() {
  const status = $('runs-status');
  try {
    const runs = await get('/api/runs');
    const head = ['id', 'kind', 'started (UTC)', 'pack', 'seed', 'elapsed', 'actions'];
    const rows = runs.map(run => element('tr', { 'data-testid': 'run-row', 'data-id': run.id, 'data-kind': run.kind },
      element('th', { scope: 'row', text: String(run.id) }), element('td', { text: run.kind }),
      element('td', { text: run.started_at.replace('T', ' ').slice(0, 19) }), element('td', { text: `${run.pack} ${run.pack_version}` }),
      element('td', { text: run.seed === null ? '–' : String(run.seed) }), element('td', { text: `${(run.elapsed_ms / 1000).toFixed(2)} s` }),
      element('td', {},
        element('button', { type: 'button', class: 'link', 'data-testid': 'run-open', 'aria-label': `open run ${run.id}`, text: 'Open', onclick: () => openRun(run.id) }),
        ' ', element('button', { type: 'button', class: 'link', 'data-testid': 'run-rerun', 'aria-label': `re-run run ${run.id}`, text: 'Re-run', onclick: () => rerun(run.id) }),
        ' ', element('button', { type: 'button', class: 'link', 'data-testid': 'run-delete', 'aria-label': `delete run ${run.id}`, text: 'Delete', onclick: () => remove(run.id) }),
        ' ', element('a', { href: `/api/runs/${run.id}/report`, target: '_blank', rel: 'noopener', 'data-testid': 'run-report', 'aria-label': `HTML report of run ${run.id}`, text: 'Report' }))));
    $('runs-table').replaceChildren(runs.length === 0
      ? element('p', { class: 'hint', 'data-testid': 'runs-empty', text: 'no runs yet: run a simulation, sweep or backtest' })
      : element('table', { class: 'numbers' }, element('caption', { text: `${runs.length} run(s), newest first` }),
        element('thead', {}, element('tr', {}, ...head.map(h => element('th', { scope: 'col', text: h })))), element('tbody', {}, ...rows)));
  } catch (error) {
    status.textContent = error.message;
  }
}

async function openRun(id) {
  const run = await get(`/api/runs/${id}`);
  let result = run.result_json;
  try { result = JSON.stringify(JSON.parse(result), null, 2); } catch { /* shown as stored */ }
  $('run-detail').replaceChildren(element('h3', { text: `Run ${run.id}: ${run.kind}` }),
    element('p', { 'data-testid': 'run-command' }, element('code', { text: `brink ${run.arguments.join(' ')}` })),
    element('p', { text: `inputs sha256 ${run.inputs_sha256}; pack ${run.pack} ${run.pack_version}; seed ${run.seed ?? '–'}` }),
    element('pre', { class: 'json', 'data-testid': 'run-result', text: result }));
}

async function rerun(id) {
  try {
    const verdict = await runJob(() => postJob(`/api/runs/${id}/rerun`), { ...jobUi('runs'), status: $('runs-status') });
    if (verdict) $('runs-status').textContent = verdict.sentence;
  } catch (error) {
    $('runs-status').textContent = error.message;
  }
}

async function remove(id) {
  try {
    await deleteJson(`/api/runs/${id}`);
    $('runs-status').textContent = `deleted run ${id}`;
    $('run-detail').replaceChildren();
    await loadRuns();
  } catch (error) {
    $('runs-status').textContent = error.message;
  }
}

export function initRuns() {
  $('runs-refresh').addEventListener('click', loadRuns);
  for (const tab of document.querySelectorAll('.tab[data-page="runs"]')) tab.addEventListener('click', loadRuns);
}
