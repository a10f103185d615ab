// Games: draw a Gambit tree as SVG (information sets joined by dashed lines, chance probabilities, payoffs) or a
// normal form as a table; solve it and show the equilibrium on the drawing and as a table.
import { ApiError, debounce, download, element, format, postText } from './api.js';
import { initPayoffEditor, payoffSpans, payoffTarget } from './payoffs.js';

const $ = id => document.getElementById(id);
const svgNs = 'http://www.w3.org/2000/svg';
const colours = ['#444444', '#b2182b', '#2166ac', '#1b7837', '#762a83', '#e08214'];
let current = { game: null, equilibria: [], selected: 0 };

function svg(tag, attributes, text) {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function layoutTree(game) {
  const positions = new Map();
  let leaf = 0;
  const place = (index, depth) => {
    const node = game.nodes[index];
    if (node.children.length === 0) {
      positions.set(index, { depth, slot: leaf++ });
      return leaf - 1;
    }
    const slots = node.children.map(child => place(child, depth + 1));
    positions.set(index, { depth, slot: (slots[0] + slots[slots.length - 1]) / 2 });
    return positions.get(index).slot;
  };
  place(0, 0);
  return { positions, leaves: leaf, depth: Math.max(...[...positions.values()].map(p => p.depth)) };
}

function behaviour(game, equilibrium, setIndex, action) {
  if (!equilibrium || equilibrium.kind !== 'behaviour') return null;
  const set = game.information_sets[setIndex];
  if (set.segment < 0) return null;
  return equilibrium.values[set.segment][action];
}

export function drawTree(game, equilibrium) {
  const { positions, leaves, depth } = layoutTree(game);
  const dx = 150, dy = 44, left = 60, top = 30;
  const width = left + (depth + 1) * dx + 120, height = top + leaves * dy + 10;
  const at = index => ({ x: left + positions.get(index).depth * dx, y: top + positions.get(index).slot * dy });
  const chart = svg('svg', { xmlns: svgNs, width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `game tree of ${game.title}`, 'data-testid': 'game-tree' });
  chart.append(svg('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
  for (const node of game.nodes) {
    const from = at(node.index);
    const set = node.information_set >= 0 ? game.information_sets[node.information_set] : null;
    node.children.forEach((child, action) => {
      const to = at(child);
      const p = set ? behaviour(game, equilibrium, set.index, action) : null;
      const chance = set && set.player === 0 ? set.probabilities[action] : null;
      const widthOfLine = p === null ? 1.5 : 1 + 6 * p;
      chart.append(svg('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: p !== null && p > 1e-9 ? '#08306b' : '#888888', 'stroke-width': widthOfLine.toFixed(2) }));
      let label = set.actions[action];
      if (chance !== null) label += ` [${chance}]`;
      if (p !== null) label += ` (${format(p)})`;
      chart.append(svg('text', { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 - 4, 'text-anchor': 'middle', 'font-size': 11, 'font-family': 'sans-serif', 'data-testid': p !== null ? 'branch-probability' : 'branch-label' }, label));
    });
  }
  for (const set of game.information_sets) {
    if (set.members.length < 2) continue;
    const points = set.members.map(m => at(m)).map(p => `${p.x},${p.y}`).join(' ');
    chart.append(svg('polyline', { points, fill: 'none', stroke: colours[set.player % colours.length], 'stroke-dasharray': '5 4', 'stroke-width': 1.5, 'data-testid': 'information-set' }));
  }
  for (const node of game.nodes) {
    const p = at(node.index);
    if (node.kind === 'terminal') {
      let x = p.x + 6;
      node.payoffs.forEach((v, player) => {
        const text = String(+v.toFixed(4));
        chart.append(payoffTarget(svg('text', { x, y: p.y + 4, 'font-size': 11, 'font-family': 'sans-serif', fill: colours[(player + 1) % colours.length] }, text),
          { node: node.index, player, value: v, where: `leaf ${node.index}` }, game));
        x += 7 * text.length + 10;
      });
      continue;
    }
    const set = game.information_sets[node.information_set];
    const chance = set.player === 0;
    chart.append(svg('circle', { cx: p.x, cy: p.y, r: 6, fill: chance ? '#ffffff' : colours[set.player % colours.length], stroke: '#222222' }));
    chart.append(svg('text', { x: p.x - 8, y: p.y - 9, 'text-anchor': 'end', 'font-size': 10, 'font-family': 'sans-serif' }, chance ? 'chance' : game.players[set.player - 1]));
  }
  return chart;
}

export function drawTable(game, equilibrium) {
  const mixed = equilibrium && equilibrium.kind === 'mixed' ? equilibrium.values : null;
  const name = (player, s) => game.strategies[player][s] + (mixed ? ` (${format(mixed[player][s])})` : '');
  if (game.players.length === 2) {
    const payoff = (r, c) => {
      const index = game.cells.findIndex(cell => cell.strategies[0] === r && cell.strategies[1] === c);
      return payoffSpans(game, index, `${game.strategies[0][r]} / ${game.strategies[1][c]}`);
    };
    const head = element('tr', {}, element('th', { scope: 'col', text: `${game.players[0]} \\ ${game.players[1]}` }),
      ...game.strategies[1].map((_, c) => element('th', { scope: 'col', text: name(1, c) })));
    const rows = game.strategies[0].map((_, r) => element('tr', {}, element('th', { scope: 'row', text: name(0, r) }),
      ...game.strategies[1].map((_, c) => element('td', {}, ...payoff(r, c)))));
    return element('table', { class: 'numbers', 'data-testid': 'game-table' }, element('caption', { text: game.title }), element('thead', {}, head), element('tbody', {}, ...rows));
  }
  const head = element('tr', {}, ...game.players.map(p => element('th', { scope: 'col', text: p })), element('th', { scope: 'col', text: 'payoffs' }));
  const rows = game.cells.map((cell, index) => element('tr', {}, ...cell.strategies.map((s, p) => element('td', { text: name(p, s) })),
    element('td', {}, ...payoffSpans(game, index, cell.strategies.map((s, p) => game.strategies[p][s]).join(' / ')))));
  return element('table', { class: 'numbers', 'data-testid': 'game-table' }, element('caption', { text: game.title }), element('thead', {}, head), element('tbody', {}, ...rows));
}

function redraw() {
  const game = current.game;
  if (!game) return;
  const equilibrium = current.equilibria[current.selected] || null;
  $('game-drawing').replaceChildren(game.kind === 'efg' ? drawTree(game, equilibrium) : drawTable(game, equilibrium));
  $('game-svg').disabled = game.kind !== 'efg';
}

function showError(error) {
  const where = error instanceof ApiError && error.line ? `line ${error.line}, column ${error.column}: ` : '';
  $('game-error').textContent = where + error.message;
}

async function readGame() {
  const text = $('game-text').value;
  if (!text.trim()) return;
  try {
    current = { game: await postText('/api/game', text, 'text/plain'), equilibria: [], selected: 0 };
    $('game-error').textContent = '';
    $('equilibria').replaceChildren();
    redraw();
  } catch (error) {
    showError(error);
  }
}

async function solveNow() {
  try {
    const result = await postText(`/api/solve?method=${encodeURIComponent($('game-method').value)}`, $('game-text').value, 'text/plain');
    current = { game: result.game, equilibria: result.equilibria, selected: 0 };
    $('game-error').textContent = result.lines.length === 0 ? 'no equilibrium found by this method' : '';
    const rows = result.equilibria.map((e, i) => element('tr', { 'data-testid': 'equilibrium-row' },
      element('td', {}, element('input', { type: 'radio', name: 'equilibrium', id: `eq-${i}`, checked: i === 0, onchange: () => { current.selected = i; redraw(); } })),
      element('td', {}, element('label', { for: `eq-${i}`, text: e.line }))));
    $('equilibria').replaceChildren(element('table', { class: 'numbers', 'data-testid': 'equilibria-table' },
      element('caption', { text: `Equilibria (${result.method}), each checked by the independent evaluator` }), element('tbody', {}, ...rows)));
    redraw();
  } catch (error) {
    showError(error);
  }
}

async function loadFile(file) {
  $('game-text').value = await file.text();
  await readGame();
}

export function initGames() {
  const text = $('game-text');
  text.addEventListener('input', debounce(readGame, 400));
  text.addEventListener('dragover', event => event.preventDefault());
  text.addEventListener('drop', event => {
    event.preventDefault();
    if (event.dataTransfer.files.length > 0) loadFile(event.dataTransfer.files[0]);
  });
  $('game-file').addEventListener('change', event => event.target.files.length > 0 && loadFile(event.target.files[0]));
  $('game-solve').addEventListener('click', solveNow);
  initPayoffEditor(async text => { $('game-text').value = text; await solveNow(); }, showError);
  $('game-svg').addEventListener('click', () => download('game-tree.svg', new XMLSerializer().serializeToString($('game-drawing').firstChild), 'image/svg+xml'));
}
