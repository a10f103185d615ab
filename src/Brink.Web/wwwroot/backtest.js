// Backtest: brink backtest over workspace cases (POST /api/jobs/backtest): the calibration plot and the per-case
// table, labelled with the evaluation exactly as brink backtest labels it.
import { element, format } from './api.js';
import { jobUi, postJob, runJob } from './jobs.js';
import { calibrationCsv, calibrationPlot, downloadCsv, downloadSvg } from './charts.js';

const $ = id => document.getElementById(id);
let last = null;

export function fillBacktestChoices(entries) {
  $('backtest-cases').replaceChildren(...entries.filter(e => !e.error).map(e => element('option', { value: e.name, text: e.title ? `${e.title} (${e.name})` : e.name })));
}

function label(report) {
  const inSample = report.per_case.filter(c => c.evaluation === 'in-sample').length;
  const note = inSample > 0
    ? `; note: ${inSample} case(s) are scored in-sample, with values fitted on them: optimistic, not comparable with the leave-one-out baselines`
    : '';
  return `backtest on ${report.cases} cases; model: ${report.evaluation}${note}. Brier ${format(report.brier)}, log loss ${format(report.log_loss)}, accuracy ${format(report.accuracy)}`;
}

function table(rows) {
  const head = ['case', 'evaluation', 'actual', 'predicted top', 'p(actual)', 'Brier'];
  return element('table', { class: 'numbers', 'data-testid': 'backtest-cases-table' },
    element('caption', { text: 'Per case' }),
    element('thead', {}, element('tr', {}, ...head.map(h => element('th', { scope: 'col', text: h })))),
    element('tbody', {}, ...rows.map(r => element('tr', { 'data-testid': 'backtest-row' },
      element('th', { scope: 'row', text: r.id }), element('td', { text: r.evaluation }), element('td', { text: r.actual }),
      element('td', { text: r.predicted_top }), element('td', { text: format(r.probability_of_actual) }), element('td', { text: format(r.brier) })))));
}

function tableCsv(rows) {
  return ['case,evaluation,actual,predicted_top,p_actual,brier', ...rows.map(r => [r.id, r.evaluation, r.actual, r.predicted_top, r.probability_of_actual, r.brier].join(','))].join('\n') + '\n';
}

async function runNow() {
  $('backtest-run').disabled = true;
  try {
    const cases = [...$('backtest-cases').selectedOptions].map(o => o.value);
    const body = JSON.stringify({ cases, in_sample: $('backtest-in-sample').checked });
    const answer = await runJob(() => postJob('/api/jobs/backtest', body), jobUi('backtest'));
    if (!answer) return;
    last = answer;
    $('backtest-label').textContent = label(answer.report);
    $('calibration').replaceChildren(calibrationPlot(answer.report.calibration, answer.report.evaluation));
    $('backtest-cases-table').replaceChildren(table(answer.per_case));
    for (const id of ['calibration-svg', 'calibration-csv', 'backtest-table-csv']) $(id).disabled = false;
  } catch (error) {
    $('backtest-label').replaceChildren(element('span', { class: 'error', text: error.message }));
  } finally {
    $('backtest-run').disabled = false;
  }
}

export function initBacktest() {
  $('backtest-run').addEventListener('click', runNow);
  $('calibration-svg').addEventListener('click', () => downloadSvg($('calibration'), 'calibration.svg'));
  $('calibration-csv').addEventListener('click', () => downloadCsv('calibration.csv', calibrationCsv(last.report.calibration)));
  $('backtest-table-csv').addEventListener('click', () => downloadCsv('backtest-cases.csv', tableCsv(last.per_case)));
}
