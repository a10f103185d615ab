// Payoffs edited in place: every payoff on the games page is a control (click it, or focus it and press Enter);
// the new value goes to POST /api/game/payoff and the page solves the changed game again.
import { element, postJson } from './api.js';

const $ = id => document.getElementById(id);
let editing = null;
let onChanged = async () => {};
let onError = () => {};

export function payoffTarget(node, target, game) {
  node.setAttribute('tabindex', '0');
  node.setAttribute('role', 'button');
  node.setAttribute('class', 'payoff');
  node.setAttribute('data-testid', 'payoff');
  node.setAttribute('aria-label', `payoff of ${game.players[target.player]} at ${target.where}: ${target.value}; press Enter to change`);
  const open = () => openEditor(target, game);
  node.addEventListener('click', open);
  node.addEventListener('keydown', event => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); open(); } });
  return node;
}

export function payoffSpans(game, index, where) {
  const parts = [];
  game.cells[index].payoffs.forEach((v, player) => {
    if (player > 0) parts.push(', ');
    parts.push(payoffTarget(element('span', { text: String(+v.toFixed(6)) }), { cell: index, player, value: v, where: `${where}` }, game));
  });
  return parts;
}

function openEditor(target, game) {
  editing = target;
  $('payoff-label').textContent = `Payoff of ${game.players[target.player]} at ${target.where}`;
  $('payoff-value').value = String(target.value);
  $('payoff-editor').hidden = false;
  $('payoff-value').focus();
  $('payoff-value').select();
}

async function applyPayoff() {
  const target = editing;
  if (!target) return;
  try {
    const answer = await postJson('/api/game/payoff', { game: $('game-text').value, node: target.node, cell: target.cell, player: target.player, value: $('payoff-value').value.trim() });
    $('payoff-editor').hidden = true;
    editing = null;
    await onChanged(answer.text);
  } catch (error) {
    onError(error);
  }
}

export function initPayoffEditor(changed, failed) {
  onChanged = changed;
  onError = failed;
  $('payoff-apply').addEventListener('click', applyPayoff);
  $('payoff-value').addEventListener('keydown', event => { if (event.key === 'Enter') applyPayoff(); });
  $('payoff-close').addEventListener('click', () => { $('payoff-editor').hidden = true; editing = null; });
}
