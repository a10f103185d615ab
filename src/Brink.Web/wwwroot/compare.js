// Compare: two situations side by side, and the inputs in which they differ.
import { element, format, getText, postJson } from './api.js';
import { predictionPanel } from './bars.js';

const $ = id => document.getElementById(id);

export function fillCompareChoices(entries) {
  for (const [id, pick] of [['compare-left', 0], ['compare-right', 1]]) {
    const select = $(id);
    select.replaceChildren(...entries.map(e => element('option', { value: e.name, text: e.title ? `${e.title} (${e.name})` : e.name })));
    if (entries.length > pick) select.selectedIndex = pick;
  }
}

async function compareNow() {
  const [leftName, rightName] = [$('compare-left').value, $('compare-right').value];
  const [left, right] = await Promise.all([leftName, rightName].map(n => getText(`/api/situations/${encodeURIComponent(n)}`)));
  try {
    const result = await postJson('/api/compare', { left, right });
    $('compare-left-result').replaceChildren(element('h3', { text: leftName }), predictionPanel(result.left, 'left'));
    $('compare-right-result').replaceChildren(element('h3', { text: rightName }), predictionPanel(result.right, 'right'));
    const rows = result.differences.map(d => element('tr', { 'data-testid': 'difference-row' },
      element('th', { scope: 'row', text: `${d.label} (${d.input})` }), element('td', { text: value(d.left) }), element('td', { text: value(d.right) })));
    $('compare-differences').replaceChildren(
      element('table', { class: 'numbers' }, element('caption', { text: `Inputs that differ${result.trigger_differs ? ' (the triggers differ too)' : ''}` }),
        element('thead', {}, element('tr', {}, element('th', { scope: 'col', text: 'input' }), element('th', { scope: 'col', text: leftName }), element('th', { scope: 'col', text: rightName }))),
        element('tbody', {}, ...rows)));
  } catch (error) {
    $('compare-differences').replaceChildren(element('p', { class: 'error', text: error.message }));
  }
}

function value(v) {
  return typeof v === 'number' ? format(v, 2) : 'absent';
}

export function initCompare() {
  $('compare-button').addEventListener('click', compareNow);
}
