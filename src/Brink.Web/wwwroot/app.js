// The workbench's entry point: page tabs, then each page wires itself up.
import { loadSituationList, openSituation, initScenarios } from './scenarios.js';
import { fillCompareChoices, initCompare } from './compare.js';
import { fillSimulateChoices, initSimulate } from './simulate.js';
import { initGames } from './games.js';
import { fillSweepChoices, initSweep } from './sweep.js';
import { fillBacktestChoices, initBacktest } from './backtest.js';
import { initRuns } from './runs.js';

function show(page) {
  for (const section of document.querySelectorAll('.page')) section.hidden = section.id !== `page-${page}`;
  for (const tab of document.querySelectorAll('.tab')) {
    if (tab.dataset.page === page) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
}

async function start() {
  for (const tab of document.querySelectorAll('.tab')) tab.addEventListener('click', () => show(tab.dataset.page));
  initScenarios();
  initCompare();
  initSimulate();
  initGames();
  initSweep();
  initBacktest();
  initRuns();
  const entries = await loadSituationList();
  fillCompareChoices(entries);
  fillSimulateChoices(entries);
  fillBacktestChoices(entries);
  await fillSweepChoices(entries);
  document.body.dataset.ready = 'true';
  const first = entries.find(e => !e.error);
  if (first) await openSituation(first.name);
}

start();
