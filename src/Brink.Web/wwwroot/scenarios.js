// Scenarios: the workspace's situations, a YAML editor validated as you type, the prediction, and what-if sliders.
import { ApiError, debounce, element, format, get, getText, postJson, postText } from './api.js';
import { predictionPanel } from './bars.js';

const state = { name: null, overrides: {}, baseline: null, whatIf: null };
const $ = id => document.getElementById(id);

export async function loadSituationList() {
  const entries = await get('/api/situations');
  const list = $('situation-list');
  list.replaceChildren(...entries.map(entry => element('li', {},
    element('button', {
      type: 'button', class: 'link', 'data-testid': 'situation-item', 'data-name': entry.name,
      onclick: () => openSituation(entry.name),
    }, element('span', { text: entry.title || entry.name }), element('small', { text: entry.error ? ` (error: ${entry.error.error})` : ` ${entry.date || ''}` })))));
  return entries;
}

export async function openSituation(name) {
  state.name = name;
  $('editor-name').textContent = name;
  $('yaml-editor').value = await getText(`/api/situations/${encodeURIComponent(name)}`);
  await validateNow();
  await predictNow();
}

function showErrors(errors) {
  const box = $('validation');
  if (errors.length === 0) {
    box.replaceChildren(element('span', { class: 'ok', 'data-testid': 'validation-ok', text: 'valid' }));
    return;
  }
  box.replaceChildren(element('ul', {}, ...errors.map(e => element('li', { class: 'error', 'data-testid': 'validation-error' },
    element('button', { type: 'button', class: 'link', onclick: () => goTo(e.line, e.column), text: `line ${e.line}, column ${e.column}` }),
    `: ${e.error}`))));
}

function goTo(line, column) {
  const editor = $('yaml-editor');
  const lines = editor.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += Math.max(0, column - 1);
  editor.focus();
  editor.setSelectionRange(offset, offset);
}

async function validateNow() {
  try {
    showErrors(await postText('/api/validate', $('yaml-editor').value));
  } catch (error) {
    showErrors([{ error: error.message, line: error.line || 1, column: error.column || 1 }]);
  }
}

async function predictNow() {
  const panel = $('prediction');
  try {
    const text = $('yaml-editor').value;
    const [result, inputs] = await Promise.all([postText('/api/predict', text), postText('/api/inputs', text)]);
    state.baseline = result;
    state.overrides = {};
    panel.replaceChildren(predictionPanel(result));
    buildSliders(inputs);
    $('whatif-result').replaceChildren();
  } catch (error) {
    panel.replaceChildren(element('p', { class: 'error', text: describe(error) }));
  }
}

function describe(error) {
  return error instanceof ApiError && error.line ? `line ${error.line}, column ${error.column}: ${error.message}` : error.message;
}

function buildSliders(inputs) {
  const holder = $('sliders');
  holder.replaceChildren(...inputs.map((input, index) => {
    const id = `slider-${index}`;
    const output = element('output', { for: id, text: format(input.value, 2) });
    const slider = element('input', {
      id, type: 'range', min: '0', max: '1', step: '0.01', value: String(input.value),
      'data-testid': 'whatif-slider', 'data-path': input.key,
    });
    slider.addEventListener('input', () => {
      output.textContent = format(Number(slider.value), 2);
      state.overrides[input.key] = Number(slider.value);
      whatIfSoon();
    });
    return element('div', { class: 'slider' }, element('label', { for: id, text: `${input.label} (${input.key})` }), slider, output);
  }));
}

const whatIfSoon = debounce(whatIfNow, 120);

async function whatIfNow() {
  const box = $('whatif-result');
  try {
    const result = await postJson('/api/whatif', { situation: $('yaml-editor').value, overrides: state.overrides });
    state.whatIf = result;
    $('prediction').replaceChildren(predictionPanel(result.prediction));
    const mechanisms = element('ul', {}, ...result.mechanisms.map(m => element('li', { text: `${m.objective}: ${m.change >= 0 ? '+' : ''}${format(m.change)}` })));
    box.replaceChildren(element('p', { 'data-testid': 'whatif-sentence', text: result.sentence }),
      element('p', { class: 'hint', text: `change of ${result.moved}'s utility advantage by objective:` }), mechanisms);
  } catch (error) {
    box.replaceChildren(element('p', { class: 'error', text: describe(error) }));
  }
}

async function saveText(name, text, status) {
  try {
    await postText(`/api/situations/${encodeURIComponent(name)}`, text, 'application/yaml', 'PUT');
    status.textContent = `saved ${name}`;
    await loadSituationList();
  } catch (error) {
    status.textContent = `not saved: ${describe(error)}`;
  }
}

export function initScenarios() {
  const validateSoon = debounce(validateNow, 300);
  $('yaml-editor').addEventListener('input', validateSoon);
  $('predict-button').addEventListener('click', predictNow);
  $('save-button').addEventListener('click', () => state.name && saveText(state.name, $('yaml-editor').value, $('validation')));
  $('whatif-save').addEventListener('click', () => {
    const name = $('whatif-name').value.trim();
    const status = $('whatif-status');
    if (!state.whatIf || !name) {
      status.textContent = 'move a slider and give a file name such as my-what-if.yaml first';
      return;
    }
    saveText(name.endsWith('.yaml') || name.endsWith('.yml') ? name : `${name}.yaml`, state.whatIf.situation_yaml, status);
  });
}
