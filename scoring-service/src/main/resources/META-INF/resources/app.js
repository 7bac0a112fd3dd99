// evalstream dashboard: plain JavaScript, no build step. Runs list with live progress (GET /api/runs,
// SSE /api/events) and the selected run's leaderboard (SSE /api/runs/{id}/events), updated without reload.
'use strict';

const TERMINAL = new Set(['COMPLETED', 'CANCELLED', 'FAILED']);
const runs = new Map();         // runId -> run summary (progress fields updated live)
let selected = decodeURIComponent((location.hash.match(/run=([^&]+)/) || [])[1] || '');
let runSource = null;           // EventSource of the selected run

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const pct = (v) => (v === null || v === undefined ? '–' : (100 * v).toFixed(1) + '%');

function progressBar(run) {
  const planned = run.planned;
  const bar = el('div', { class: 'progress', title: `${run.received} of ${planned ?? '?'} received` });
  if (planned) {
    const ok = Math.min(1, (run.received - run.errors) / planned);
    const errors = Math.min(1 - ok, run.errors / planned);
    bar.append(el('span', { style: `width:${(100 * ok).toFixed(1)}%` }));
    bar.append(el('span', { class: 'errors', style: `left:${(100 * ok).toFixed(1)}%;width:${(100 * errors).toFixed(1)}%` }));
  }
  const label = el('div', { class: 'progress-label' },
    `${run.received} / ${planned ?? '?'}` + (run.errors ? ` · ${run.errors} errors` : ''));
  return el('div', {}, bar, label);
}

function renderRuns() {
  const body = document.getElementById('run-rows');
  body.replaceChildren();
  const list = [...runs.values()].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  if (list.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: 4, class: 'empty' }, 'No runs yet.')));
    return;
  }
  for (const run of list) {
    const row = el('tr', { class: run.runId === selected ? 'selected' : '' },
      el('td', { class: 'runid', title: run.runId }, run.runId.length > 22 ? run.runId.slice(0, 21) + '…' : run.runId),
      el('td', {}, run.suite ? `${run.suite} v${run.suiteVersion}` : '–'),
      el('td', {}, progressBar(run)),
      el('td', {}, el('span', { class: `state ${run.state}` }, run.state)));
    row.setAttribute('tabindex', '0');  // keyboard: Tab to a run, Enter or Space to open it
    row.addEventListener('click', () => select(run.runId));
    row.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(run.runId); }
    });
    body.append(row);
  }
}

function intervalBar(row) {
  // Percent coordinates, no viewBox: the bar fills the cell at any width without stretching the dot or text.
  const box = svg('svg', { class: 'ci', role: 'img', 'aria-label': '95% interval' });
  const x = (v) => `${(2 + 96 * v).toFixed(2)}%`;
  box.append(svg('line', { class: 'axis', x1: x(0), x2: x(1), y1: 8, y2: 8 }));
  if (row.accuracy !== null && row.accuracy !== undefined) {
    box.append(svg('line', { class: 'range', x1: x(row.ciLow), x2: x(row.ciHigh), y1: 8, y2: 8 }));
    box.append(svg('circle', { class: 'point', cx: x(row.accuracy), cy: 8, r: 4 }));
    box.append(svg('text', { x: x(0), y: 21 }, `${pct(row.ciLow)} – ${pct(row.ciHigh)}`));
    box.append(svg('title', {}, `accuracy ${pct(row.accuracy)}, 95% interval ${pct(row.ciLow)} – ${pct(row.ciHigh)}`));
  }
  return box;
}

function renderBoard(rows) {
  const table = document.getElementById('board');
  const body = document.getElementById('board-rows');
  body.replaceChildren();
  table.hidden = false;
  if (rows.length === 0) {
    body.append(el('tr', {}, el('td', { colspan: 7, class: 'empty' }, 'No scores yet.')));
    return;
  }
  for (const row of rows) {
    const slices = el('div', { class: 'slices' });
    for (const [name, s] of Object.entries(row.slices || {})) {
      slices.append(el('span', { class: 'slice', title: `95%: ${pct(s.ciLow)} – ${pct(s.ciHigh)}` },
        `${name} ${pct(s.value)} (n=${s.n})`));
    }
    body.append(el('tr', {},
      el('td', { class: 'num' }, row.rank),
      el('td', {}, el('div', {}, row.modelId), slices),
      el('td', { class: 'num' }, pct(row.accuracy)),
      el('td', { class: 'ci' }, intervalBar(row)),
      el('td', { class: 'num' }, row.n),
      el('td', { class: 'num' }, row.errors),
      el('td', { class: 'num' }, row.unscored)));
  }
}

function renderDetailProgress(progress) {
  const run = runs.get(progress.runId) || {};
  Object.assign(run, progress);
  runs.set(progress.runId, run);
  document.getElementById('detail-meta').textContent =
    `${progress.runId}` + (run.suite ? ` · ${run.suite} v${run.suiteVersion}` : '') + ` · ${progress.state}`;
  document.getElementById('detail-progress').replaceChildren(progressBar(run));
}

function select(runId) {
  selected = runId;
  location.hash = 'run=' + encodeURIComponent(runId);
  renderRuns();
  if (runSource) runSource.close();
  document.getElementById('board-rows').replaceChildren();
  document.getElementById('detail-title').textContent = 'Leaderboard';
  // Load once over REST (works for finished runs too), then follow the live stream until the run ends.
  fetch(`/api/runs/${encodeURIComponent(runId)}/leaderboard`).then((r) => (r.ok ? r.json() : [])).then(renderBoard);
  runSource = new EventSource(`/api/runs/${encodeURIComponent(runId)}/events`);
  runSource.addEventListener('metrics', (e) => { if (selected === runId) renderBoard(JSON.parse(e.data).rows); });
  runSource.addEventListener('progress', (e) => {
    const progress = JSON.parse(e.data);
    if (selected !== runId) return;
    renderDetailProgress(progress);
    renderRuns();
    if (TERMINAL.has(progress.state)) runSource.close(); // the server ends the stream; do not reconnect
  });
}

async function loadRuns() {
  const response = await fetch('/api/runs');
  if (!response.ok) return;
  for (const run of await response.json()) runs.set(run.runId, run);
  renderRuns();
}

function followAllRuns() {
  const source = new EventSource('/api/events');
  const live = document.getElementById('live');
  source.onopen = () => live.classList.add('on');
  source.onerror = () => live.classList.remove('on');
  source.addEventListener('progress', (e) => {
    const progress = JSON.parse(e.data);
    const known = runs.get(progress.runId);
    if (!known) { loadRuns(); return; } // a new run: fetch its suite and models
    Object.assign(known, progress);
    renderRuns();
  });
}

// Open on the run named in the address (#run=...), else on the newest run, so the leaderboard shows at once.
loadRuns().then(() => {
  if (!selected) {
    const newest = [...runs.values()].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)))[0];
    if (newest) selected = newest.runId;
  }
  if (selected) select(selected);
});
followAllRuns();
