// Probability bars with the 90% interval as a whisker; the top response is marked.
import { element, format } from './api.js';

export function predictionBars(result, testPrefix = 'prob') {
  const list = element('div', { class: 'bars', role: 'list' });
  for (const [name, probability] of Object.entries(result.probabilities)) {
    const interval = result.intervals ? result.intervals[name] : null;
    const bar = element('div', { class: 'bar' + (name === result.top ? ' top' : '') });
    bar.style.width = `${(probability * 100).toFixed(1)}%`;
    const track = element('div', { class: 'track' }, bar);
    if (interval) {
      const whisker = element('div', { class: 'whisker', title: `90% interval ${format(interval[0])}–${format(interval[1])}` });
      whisker.style.left = `${(interval[0] * 100).toFixed(1)}%`;
      whisker.style.width = `${((interval[1] - interval[0]) * 100).toFixed(1)}%`;
      track.append(whisker);
    }
    const text = interval ? `${format(probability)} (${format(interval[0])}–${format(interval[1])})` : format(probability);
    list.append(element('div', { class: 'bar-row', role: 'listitem', 'data-testid': `${testPrefix}-${name}`, 'data-value': probability },
      element('span', { class: 'bar-name', text: name }), track, element('span', { class: 'bar-value', text })));
  }
  return list;
}

export function utilityTable(explanation) {
  const utilities = explanation.utilities;
  if (!utilities || utilities.length === 0) return null;
  const objectives = Object.keys(utilities[0].by_objective);
  const head = element('tr', {}, element('th', { scope: 'col', text: 'response' }), element('th', { scope: 'col', text: 'EU' }),
    ...objectives.map(o => element('th', { scope: 'col', text: o })));
  const rows = utilities.map(u => element('tr', {}, element('th', { scope: 'row', text: u.response }), element('td', { text: format(u.total) }),
    ...objectives.map(o => element('td', { text: format(u.by_objective[o]) }))));
  return element('table', { class: 'numbers', 'data-testid': 'utility-table' },
    element('caption', { text: 'Expected utility by objective' }), element('thead', {}, head), element('tbody', {}, ...rows));
}

export function predictionPanel(result, testPrefix = 'prob') {
  const explanation = result.explanation;
  const flip = explanation.flip ? explanation.flip.sentence : 'no single input within its range changes the top response';
  return element('div', {},
    element('p', { class: 'top', 'data-testid': `${testPrefix}-top` }, 'most likely: ', element('strong', { text: result.top })),
    predictionBars(result, testPrefix),
    explanation.robustness ? element('p', { class: 'hint', text: explanation.robustness }) : null,
    element('p', { 'data-testid': `${testPrefix}-flip` }, element('strong', { text: 'what would flip it: ' }), flip),
    utilityTable(explanation));
}
