// evalstream dashboard: plain JavaScript and ECharts (served from its webjar), no build step.
// Live data: SSE /api/events (progress of every run) and /api/runs/{id}/events (progress and leaderboard of the
// open run); everything else is REST, re-read (throttled) when the live events say something changed.
'use strict';

const TERMINAL = new Set(['COMPLETED', 'CANCELLED', 'FAILED']);
const state = {
  runs: new Map(),        // runId -> run summary, progress fields updated live
  rates: new Map(),       // runId -> [{t, received}] recent samples for the client-side rate
  errorKinds: new Map(),  // runId -> [{modelId, kind, count}]
  suite: null,            // suite shown on the leaderboard
  run: null,              // open run id
  tab: 'overview',
  runSource: null,
  runBoard: [],
  items: { offset: 0, limit: 25, last: [] },
  charts: {},
};

const fromHash = decodeURIComponent((location.hash.match(/run=([^&]+)/) || [])[1] || '');

// ---------- small helpers ----------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
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
const has = (v) => v !== null && v !== undefined;
const pct = (v) => (has(v) ? (100 * v).toFixed(1) + '%' : '–');
const usd = (v) => (has(v) ? (v < 0.01 && v > 0 ? '$' + v.toFixed(4) : '$' + v.toFixed(2)) : '–');
const ms = (v) => (has(v) ? (v >= 10000 ? (v / 1000).toFixed(1) + ' s' : Math.round(v) + ' ms') : '–');
const short = (id, n = 22) => (id.length > n ? id.slice(0, n - 1) + '…' : id);
function duration(seconds) {
  if (!has(seconds) || !isFinite(seconds)) return '–';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600); const m = Math.floor((s % 3600) / 60); const r = s % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}
async function getJson(url) {
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, status: response.status };
    return { ok: true, data: await response.json() };
  } catch (e) {
    return { ok: false, status: 0 };
  }
}
/** Calls fn at most once per `wait` ms; a call during the wait runs once at its end (trailing). */
function throttle(fn, wait) {
  let timer = null; let last = 0; let pending = false;
  return function throttled() {
    const now = Date.now();
    if (now - last >= wait && !timer) { last = now; fn(); return; }
    pending = true;
    if (!timer) {
      timer = setTimeout(() => { timer = null; last = Date.now(); if (pending) { pending = false; fn(); } },
        Math.max(0, wait - (now - last)));
    }
  };
}
const throttles = new Map();
function throttled(key, wait, fn) {
  if (!throttles.has(key)) throttles.set(key, throttle(() => throttles.get(key).fn(), wait));
  const t = throttles.get(key); t.fn = fn; t();
}

// ---------- rate and ETA ----------
function recordRate(run) {
  const samples = state.rates.get(run.runId) || [];
  const now = Date.now();
  if (!samples.length || samples[samples.length - 1].received !== run.received) samples.push({ t: now, received: run.received });
  while (samples.length > 2 && now - samples[0].t > 30000) samples.shift();
  state.rates.set(run.runId, samples);
}
function rateOf(run) {
  if (has(run.ratePerSecond)) return run.ratePerSecond;           // from the server when it provides one
  if (TERMINAL.has(run.state)) return null;
  const s = state.rates.get(run.runId) || [];
  if (s.length < 2) return null;
  const dt = (Date.now() - s[0].t) / 1000;
  return dt > 0 ? (s[s.length - 1].received - s[0].received) / dt : null;
}
function etaOf(run) {
  if (has(run.etaSeconds)) return run.etaSeconds;
  if (TERMINAL.has(run.state) || !run.planned) return null;
  const rate = rateOf(run);
  return rate > 0 ? (run.planned - run.received) / rate : null;
}

// ---------- runs ----------
function progressBar(run) {
  const planned = run.planned;
  const bar = el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0,
    'aria-valuemax': planned ?? 0, 'aria-valuenow': run.received, 'aria-label': `progress of ${run.runId}` });
  if (planned) {
    const ok = Math.min(1, (run.received - run.errors) / planned);
    const errors = Math.min(1 - ok, run.errors / planned);
    bar.append(el('span', { style: `width:${(100 * ok).toFixed(1)}%` }));
    bar.append(el('span', { class: 'errors', style: `left:${(100 * ok).toFixed(1)}%;width:${(100 * errors).toFixed(1)}%` }));
  }
  const share = planned ? ` · ${Math.floor((100 * run.received) / planned)}%` : '';
  return el('div', { class: 'progress-cell' }, bar,
    el('div', { class: 'progress-label' }, el('span', { class: 'received' }, `${run.received} / ${planned ?? '?'}`), share));
}
function errorChips(runId, total) {
  const kinds = state.errorKinds.get(runId);
  if (!total) return el('span', { class: 'muted' }, '0');
  if (!kinds || !kinds.length) return el('span', { class: 'chip bad' }, `${total}`);
  const byKind = new Map();
  for (const k of kinds) byKind.set(k.kind, (byKind.get(k.kind) || 0) + k.count);
  return el('span', { class: 'chips' }, [...byKind].map(([kind, count]) => el('span', { class: 'chip bad', title: kind }, `${kind} ${count}`)));
}
function sortedRuns() {
  return [...state.runs.values()].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
}
function renderRuns() {
  const body = document.getElementById('run-rows');
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.runId : null;
  body.replaceChildren();
  const list = sortedRuns().slice(0, 50);
  if (!list.length) {
    body.append(el('tr', {}, el('td', { colspan: 6, class: 'empty' }, 'No runs yet.')));
    return;
  }
  for (const run of list) {
    const rate = rateOf(run); const eta = etaOf(run);
    const row = el('tr', { class: run.runId === state.run ? 'selected' : '', tabindex: 0, 'data-run-id': run.runId,
      'aria-selected': run.runId === state.run ? 'true' : 'false',
      onclick: () => openRun(run.runId),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openRun(run.runId); } } },
    el('td', {}, el('div', { class: 'runid', title: run.runId }, short(run.runId)),
      el('div', { class: 'suite' }, run.suite ? `${run.suite} v${run.suiteVersion}` : 'plan pending')),
    el('td', {}, progressBar(run)),
    el('td', { class: 'num rate' }, has(rate) ? `${rate.toFixed(1)}/s` : '–',
      el('div', { class: 'eta' }, TERMINAL.has(run.state) ? '' : `ETA ${duration(eta)}`)),
    el('td', { class: 'errors-cell' }, errorChips(run.runId, run.errors)),
    el('td', { class: 'num' }, usd(run.costUsd)),
    el('td', {}, el('span', { class: `state ${run.state}` }, run.state)));
    body.append(row);
    if (focused === run.runId) row.focus();
  }
}
function onProgress(progress) {
  const known = state.runs.get(progress.runId);
  if (!known) { throttled('load-runs', 1000, loadRuns); return; }  // a new run: fetch its suite and models
  if (!known.suite) throttled('load-runs', 1000, loadRuns);  // listed before scoring-service had its plan
  const errorsChanged = known.errors !== progress.errors;
  Object.assign(known, progress);
  recordRate(known);
  if (errorsChanged && progress.errors > 0) throttled('errors-' + progress.runId, 2000, () => loadErrorKinds(progress.runId));
  throttled('render-runs', 200, renderRuns);
  if (known.suite && known.suite === state.suite) throttled('suite-board', 1000, loadSuiteBoard);
  if (!state.suite && known.suite) { state.suite = known.suite; renderSuiteTabs(); loadSuiteBoard(); }
  renderSuiteTabs();
}
async function loadErrorKinds(runId) {
  const result = await getJson(`/api/runs/${encodeURIComponent(runId)}/errors`);
  if (!result.ok) return;
  state.errorKinds.set(runId, result.data);
  renderRuns();
  if (runId === state.run) renderErrorKinds();
}
async function loadRuns() {
  const result = await getJson('/api/runs?limit=200');
  if (!result.ok) return;
  for (const run of result.data) {
    const known = state.runs.get(run.runId);
    state.runs.set(run.runId, known ? Object.assign(known, run) : run);
    recordRate(state.runs.get(run.runId));
    if (run.errors > 0 && !state.errorKinds.has(run.runId)) loadErrorKinds(run.runId);
  }
  renderRuns();
  renderSuiteTabs();
  if (!state.run && !fromHash && state.runs.size) openRun(sortedRuns()[0].runId);  // the first run to appear
}
function followAllRuns() {
  const source = new EventSource('/api/events');
  const live = document.getElementById('live');
  source.onopen = () => { live.classList.add('on'); live.textContent = '● live'; };
  source.onerror = () => { live.classList.remove('on'); live.textContent = '● reconnecting'; };
  source.addEventListener('progress', (e) => onProgress(JSON.parse(e.data)));
}

// ---------- leaderboards ----------
function intervalBar(row) {
  // Percent coordinates, no viewBox: the bar fills the cell at any width without stretching the dot or text.
  const box = svg('svg', { class: 'ci', role: 'img', 'aria-label': `95% interval ${pct(row.ciLow)} to ${pct(row.ciHigh)}` });
  const x = (v) => `${(2 + 96 * v).toFixed(2)}%`;
  box.append(svg('line', { class: 'axis', x1: x(0), x2: x(1), y1: 8, y2: 8 }));
  for (const tick of [0.25, 0.5, 0.75]) box.append(svg('line', { class: 'tick', x1: x(tick), x2: x(tick), y1: 3, y2: 13 }));
  if (has(row.accuracy)) {
    box.append(svg('line', { class: 'range', x1: x(row.ciLow), x2: x(row.ciHigh), y1: 8, y2: 8 }));
    box.append(svg('circle', { class: 'point', cx: x(row.accuracy), cy: 8, r: 4.5 }));
    box.append(svg('text', { x: x(0), y: 22 }, `${pct(row.ciLow)} – ${pct(row.ciHigh)}`));
    box.append(svg('title', {}, `accuracy ${pct(row.accuracy)}, 95% interval ${pct(row.ciLow)} – ${pct(row.ciHigh)}, n=${row.n}`));
  }
  return box;
}
function significance(row) {
  const c = row.vsNext;
  if (!c) return el('span', { class: 'muted' }, '');
  const p = c.adjustedPValue < 0.001 ? '<0.001' : c.adjustedPValue.toFixed(3);
  const text = `${c.test === 'mcnemar' ? 'McNemar' : 'paired bootstrap'} vs ${c.nextModelId}: Δ ${(100 * c.difference).toFixed(1)} pts on ${c.n} items, p(Holm) ${p}`;
  return el('span', { class: `sig ${c.significant ? 'yes' : 'no'}`, title: text, 'aria-label': text, tabindex: 0 },
    c.significant ? '≻' : '≈', el('small', {}, ` p ${p}`));
}
function boardRow(row, withCost, extra = []) {
  const slices = el('div', { class: 'slices' });
  for (const [name, s] of Object.entries(row.slices || {})) {
    slices.append(el('span', { class: 'slice', title: `95%: ${pct(s.ciLow)} – ${pct(s.ciHigh)}` }, `${name} ${pct(s.value)} (n=${s.n})`));
  }
  return el('tr', { 'data-model': row.modelId },
    el('td', { class: 'num' }, row.rank),
    el('td', {}, el('div', { class: 'model' }, row.modelId), withCost ? el('div', { class: 'runid muted' }, short(row.runId || '', 26)) : slices),
    el('td', { class: 'num accuracy' }, pct(row.accuracy)),
    el('td', { class: 'ci' }, intervalBar(row)),
    el('td', { class: 'num' }, row.n),
    ...extra,
    el('td', {}, significance(row)));
}
function suites() {
  return [...new Set(sortedRuns().filter((r) => r.suite).map((r) => r.suite))];
}
function renderSuiteTabs() {
  const tabs = document.getElementById('suite-tabs');
  const list = suites();
  // picking the first suite must also load its board: nothing else may trigger it (a run whose suite arrived only
  // with the final runs list sends no more progress events)
  if (!state.suite && list.length) { state.suite = list[0]; throttled('suite-board', 1000, loadSuiteBoard); }
  const current = [...tabs.children].map((b) => b.dataset.suite).join('\n');
  if (current === list.join('\n') && tabs.querySelector('[aria-selected="true"]')?.dataset.suite === state.suite) return;
  tabs.replaceChildren(...list.map((suite) => el('button', { role: 'tab', 'data-suite': suite,
    'aria-selected': suite === state.suite ? 'true' : 'false', tabindex: suite === state.suite ? 0 : -1,
    onclick: () => { state.suite = suite; renderSuiteTabs(); loadSuiteBoard(); } }, suite)));
  arrowKeys(tabs);
}
async function loadSuiteBoard() {
  if (!state.suite) return;
  const suite = state.suite;
  const result = await getJson(`/api/leaderboard?suite=${encodeURIComponent(suite)}`);
  if (suite !== state.suite) return;
  const rows = result.ok ? result.data : [];
  const body = document.getElementById('board-rows');
  document.getElementById('board').hidden = rows.length === 0;
  document.getElementById('board-empty').hidden = rows.length > 0;
  document.getElementById('board-empty').textContent = rows.length ? '' : `No scored responses in suite ${suite} yet.`;
  body.replaceChildren(...rows.map((row) => boardRow(row, true, [el('td', { class: 'num' }, usd(row.costUsd))])));
  loadRegressions(suite);
}
async function loadRegressions(suite) {
  const result = await getJson(`/api/regressions?suite=${encodeURIComponent(suite)}`);
  const box = document.getElementById('regressions');
  const list = result.ok && Array.isArray(result.data) ? result.data : [];
  box.hidden = list.length === 0;
  document.getElementById('regression-list').replaceChildren(...list.slice(0, 8).map((r) => el('li', {},
    el('span', { class: 'chip bad' }, 'regression'), ` ${r.model}: ${r.metric} ${pct(r.before?.value)} (n=${r.before?.n}) → `
    + `${pct(r.after?.value)} (n=${r.after?.n}), effect ${has(r.effect) ? (100 * r.effect).toFixed(1) + ' pts' : '–'}, `
    + `p ${has(r.pValue) ? r.pValue.toPrecision(2) : '–'} (${r.test ?? 'paired'}), run ${short(r.runId || '', 18)}`)));
}

// ---------- one run ----------
function openRun(runId) {
  state.run = runId;
  state.items.offset = 0;
  history.replaceState(null, '', '#run=' + encodeURIComponent(runId));
  const run = state.runs.get(runId);
  if (run && run.suite && run.suite !== state.suite) { state.suite = run.suite; renderSuiteTabs(); loadSuiteBoard(); }
  document.getElementById('run').hidden = false;
  document.getElementById('run-title').textContent = `Run ${short(runId, 40)}`;
  renderRuns();
  renderRunHead();
  if (state.runSource) state.runSource.close();
  state.runBoardLive = false;  // a live metrics event beats the first REST answer, whichever arrives last
  refreshRunBoard(runId);
  document.getElementById('tab-judges').hidden = true;
  if (state.tab === 'judges') selectTab('overview', false);
  loadJudges();
  loadRunDetail();
  loadErrorKinds(runId);
  const source = new EventSource(`/api/runs/${encodeURIComponent(runId)}/events`);
  state.runSource = source;
  source.addEventListener('metrics', (e) => {
    if (state.run !== runId) return;
    state.runBoardLive = true;
    renderRunBoard(JSON.parse(e.data).rows);
    throttled('run-detail', 1500, loadRunDetail);
    throttled('tab-' + state.tab, 2000, loadTab);
  });
  source.addEventListener('progress', (e) => {
    const progress = JSON.parse(e.data);
    if (state.run !== runId) return;
    onProgress(progress);
    renderRunHead();
    const run = state.runs.get(runId);
    if (run && state.runBoard.length < (run.models || []).length) throttled('run-board', 1000, () => refreshRunBoard(runId, true));
    if (TERMINAL.has(progress.state)) {
      source.close();
      // closing the stream drops any metrics event still on its way: read the final board once over REST, or a
      // model whose scores all came in the last batch would be missing from it for good
      refreshRunBoard(runId, true);
      throttled('tab-' + state.tab, 500, loadTab);
      throttled('load-runs', 500, loadRuns);  // completedAt, final cost
    }
  });
  selectTab(state.tab, false);
}
/** The open run's leaderboard over REST: at open (unless the live stream already sent one) or when models are missing. */
function refreshRunBoard(runId, force = false) {
  getJson(`/api/runs/${encodeURIComponent(runId)}/leaderboard`).then((r) => {
    if (r.ok && state.run === runId && (force || !state.runBoardLive)) renderRunBoard(r.data);
  });
}
function renderRunHead() {
  const run = state.runs.get(state.run) || { runId: state.run, received: 0, errors: 0, state: '?' };
  const rate = rateOf(run);
  document.getElementById('run-meta').replaceChildren(
    el('span', { class: `state ${run.state}` }, run.state), ' ',
    run.suite ? `${run.suite} v${run.suiteVersion} · ` : '',
    `${(run.models || []).length} model${(run.models || []).length === 1 ? '' : 's'} · `,
    has(rate) ? `${rate.toFixed(1)} responses/s · ` : '',
    TERMINAL.has(run.state) ? `finished ${run.completedAt ? new Date(run.completedAt).toLocaleString() : ''}` : `ETA ${duration(etaOf(run))}`,
    has(run.costUsd) ? ` · ${usd(run.costUsd)}` : '');
  document.getElementById('run-progress').replaceChildren(progressBar(run));
}
function renderRunBoard(rows) {
  state.runBoard = rows;
  const body = document.getElementById('run-board-rows');
  body.replaceChildren(...(rows.length ? rows.map((row) => boardRow(row, false, [
    el('td', { class: 'num' }, row.errors), el('td', { class: 'num' }, row.unscored)]))
    : [el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'No scores yet.'))]));
  const models = document.getElementById('item-model');
  const current = models.value;
  models.replaceChildren(el('option', { value: '' }, 'all'), ...rows.map((r) => el('option', { value: r.modelId }, r.modelId)));
  models.value = current;
}
async function loadRunDetail() {
  const runId = state.run;
  const result = await getJson(`/api/runs/${encodeURIComponent(runId)}`);
  if (!result.ok || state.run !== runId) return;
  const metrics = result.data.metrics.filter((m) => m.metric === 'accuracy');
  const slices = [...new Set(metrics.map((m) => m.slice))].sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b)));
  const models = [...new Set(metrics.map((m) => m.modelId))];
  document.getElementById('slice-head').replaceChildren(el('tr', {}, el('th', {}, 'Model'), ...slices.map((s) => el('th', { class: 'num' }, s))));
  document.getElementById('slice-rows').replaceChildren(...models.map((model) => el('tr', {}, el('td', {}, model),
    ...slices.map((slice) => {
      const m = metrics.find((x) => x.modelId === model && x.slice === slice);
      if (!m) return el('td', { class: 'num muted' }, '–');
      return el('td', { class: 'num', title: `95%: ${pct(m.ciLow)} – ${pct(m.ciHigh)}; errors ${m.errors}, unscored ${m.unscored}` },
        el('div', {}, pct(m.value)), el('div', { class: 'ci-text' }, `${pct(m.ciLow)}–${pct(m.ciHigh)} · n=${m.n}`));
    }))));
}
function renderErrorKinds() {
  const kinds = state.errorKinds.get(state.run) || [];
  const box = document.getElementById('error-kinds');
  box.replaceChildren(...(kinds.length ? kinds.map((k) => el('span', { class: 'chip bad' }, `${k.modelId} · ${k.kind}: ${k.count}`))
    : [el('span', { class: 'muted' }, 'No errors.')]));
}

// ---------- tabs ----------
const TABS = ['overview', 'bias', 'latency', 'items', 'history', 'judges'];
function selectTab(name, focus = true) {
  state.tab = name;
  for (const tab of TABS) {
    const button = document.getElementById('tab-' + tab);
    button.setAttribute('aria-selected', tab === name ? 'true' : 'false');
    button.tabIndex = tab === name ? 0 : -1;
    document.getElementById('panel-' + tab).hidden = tab !== name;
  }
  if (focus) document.getElementById('tab-' + name).focus();
  loadTab();
}
function arrowKeys(list) {
  list.onkeydown = (e) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    const tabs = [...list.querySelectorAll('[role="tab"]:not([hidden])')];
    const i = tabs.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length;
    tabs[next].focus();
    tabs[next].click();
  };
}
function loadTab() {
  if (!state.run) return;
  if (state.tab === 'overview') { loadRunDetail(); renderErrorKinds(); }
  if (state.tab === 'bias') loadBias();
  if (state.tab === 'latency') loadLatency();
  if (state.tab === 'items') loadItems();
  if (state.tab === 'history') loadHistory();
  if (state.tab === 'judges') loadJudges();
}
function chart(id) {
  if (typeof echarts === 'undefined') return null;
  const node = document.getElementById(id);
  if (!state.charts[id]) state.charts[id] = echarts.init(node, null, { renderer: 'svg' });
  state.charts[id].resize();
  return state.charts[id];
}
const PALETTE = ['#2563eb', '#db2777', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4b5563'];

async function loadBias() {
  const runId = state.run;
  const result = await getJson(`/api/runs/${encodeURIComponent(runId)}/selection-bias`);
  if (!result.ok || state.run !== runId) return;
  const rows = result.data.filter((r) => r.n > 0);
  const k = Math.max(0, ...rows.map((r) => r.k));
  const labels = Array.from({ length: k }, (_, i) => String.fromCharCode(65 + i));
  const c = chart('bias-chart');
  if (c) {
    c.setOption({
      color: PALETTE, animationDuration: 300,
      title: { text: 'Share of answers at each option position', left: 0, textStyle: { fontSize: 13, fontWeight: 600 } },
      tooltip: { trigger: 'axis', valueFormatter: (v) => pct(v) },
      legend: { top: 0, right: 0 },
      grid: { left: 48, right: 16, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: labels, name: 'position' },
      yAxis: { type: 'value', axisLabel: { formatter: (v) => pct(v) }, max: (v) => Math.min(1, Math.max(0.5, Math.ceil(v.max * 11.5) / 10)) },
      series: rows.map((r, i) => ({ type: 'bar', name: `${r.modelId}${rows.filter((x) => x.modelId === r.modelId).length > 1 ? ` (k=${r.k})` : ''}`,
        data: labels.map((_, j) => (j < r.k ? r.predictedCounts[j] / r.n : null)),
        markLine: i === 0 ? { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#9ca3af' },
          label: { formatter: 'no preference' }, data: [{ yAxis: 1 / (r.k || 1) }] } : undefined })),
    }, true);
  }
  document.getElementById('bias-rows').replaceChildren(...(rows.length ? rows.map((r) => el('tr', {},
    el('td', {}, r.modelId), el('td', { class: 'num' }, r.k), el('td', { class: 'num' }, r.n),
    el('td', {}, (r.recalls || []).map((v, j) => el('span', { class: 'slice', title: `gold at ${labels[j]}: ${r.goldCounts[j]} items` },
      `${labels[j]} ${has(v) ? pct(v) : '–'}`))),
    el('td', { class: 'num' }, has(r.rstd) ? r.rstd.toFixed(1) : '–'),
    el('td', {}, has(r.rstdLow) ? `${r.rstdLow.toFixed(1)} – ${r.rstdHigh.toFixed(1)}` : '–')))
    : [el('tr', {}, el('td', { colspan: 6, class: 'empty' }, 'No read multiple-choice answers yet.'))]));
}

// Judges of a run with judge requests (an arena run): position consistency and position bias from the two orders,
// from the arena report (404 for other runs: the tab stays hidden).
function proportionText(p) {
  if (!p || !has(p.estimate)) return `– (n=${p ? p.n : 0})`;
  return `${pct(p.estimate)} [${pct(p.low)}, ${pct(p.high)}] n=${p.n}`;
}
async function loadJudges() {
  const runId = state.run;
  const result = await getJson(`/api/runs/${encodeURIComponent(runId)}/arena`);
  if (state.run !== runId) return;
  const tab = document.getElementById('tab-judges');
  const audit = result.ok ? (result.data.audit || []) : [];
  tab.hidden = audit.length === 0;
  if (tab.hidden && state.tab === 'judges') { selectTab('overview', false); return; }
  document.getElementById('judge-arena-link').href = `arena.html#run=${encodeURIComponent(runId)}`;
  document.getElementById('judge-rows').replaceChildren(...audit.map((a) => el('tr', {},
    el('td', {}, a.judge), el('td', { class: 'num' }, a.games),
    el('td', { class: 'consistency' }, proportionText(a.consistency)), el('td', {}, proportionText(a.firstBias)),
    el('td', {}, proportionText(a.secondBias)), el('td', { class: 'num' }, a.unparsable))));
}

async function loadLatency() {
  const runId = state.run;
  const result = await getJson(`/api/runs/${encodeURIComponent(runId)}/latency`);
  if (!result.ok || state.run !== runId) return;
  const rows = result.data;
  const q = (r, p) => (r.percentiles.find((x) => x.q === p) || {});
  const c = chart('latency-chart');
  if (c) {
    const ps = [0.5, 0.9, 0.95, 0.99];
    c.setOption({
      color: ['#93c5fd', '#60a5fa', '#2563eb', '#1e3a8a'], animationDuration: 300,
      title: { text: 'Latency percentiles (ms)', left: 0, textStyle: { fontSize: 13, fontWeight: 600 } },
      tooltip: { trigger: 'axis', valueFormatter: (v) => ms(v) }, legend: { top: 0, right: 0 },
      grid: { left: 56, right: 16, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: rows.map((r) => r.modelId) },
      yAxis: { type: 'value', name: 'ms' },
      series: ps.map((p) => ({ type: 'bar', name: `p${Math.round(p * 100)}`, data: rows.map((r) => q(r, p).valueMs ?? null) })),
    }, true);
  }
  const cell = (r, p) => {
    const x = q(r, p);
    return el('td', { class: 'num' }, has(x.valueMs) ? ms(x.valueMs) : '–', has(x.lowMs) ? el('div', { class: 'ci-text' }, `[${Math.round(x.lowMs)}, ${Math.round(x.highMs)}]`) : null);
  };
  document.getElementById('latency-rows').replaceChildren(...rows.map((r) => el('tr', {},
    el('td', {}, r.modelId), el('td', { class: 'num' }, r.n), cell(r, 0.5), cell(r, 0.9), cell(r, 0.95), cell(r, 0.99),
    el('td', { class: 'num' }, ms(r.maxMs)), el('td', { class: 'num' }, usd(r.costUsd)),
    el('td', { class: 'num' }, `${r.inputTokens} / ${r.outputTokens}`))));
}

async function loadItems() {
  const runId = state.run;
  const { offset, limit } = state.items;
  const model = document.getElementById('item-model').value;
  const value = document.getElementById('item-value').value;
  const query = new URLSearchParams({ limit, offset });
  if (model) query.set('modelId', model);
  if (value) query.set('value', value);
  const result = await getJson(`/api/runs/${encodeURIComponent(runId)}/items?${query}`);
  if (!result.ok || state.run !== runId) return;
  state.items.last = result.data;
  document.getElementById('item-page').textContent = result.data.length
    ? `${offset + 1}–${offset + result.data.length}` : (offset ? 'no more items' : 'no items yet');
  document.getElementById('item-prev').disabled = offset === 0;
  document.getElementById('item-next').disabled = result.data.length < limit;
  document.getElementById('item-rows').replaceChildren(...result.data.map((s) => {
    const open = () => openItem(s.requestId);
    return el('tr', { 'data-request-id': s.requestId, class: 'clickable', onclick: open },
      el('td', { class: 'runid' }, s.itemId), el('td', {}, s.modelId), el('td', {}, s.variantId + (s.sample ? ` #${s.sample}` : '')),
      el('td', {}, el('span', { class: `outcome ${s.value}` }, s.value)), el('td', {}, s.answer ?? '–'), el('td', {}, s.reference ?? '–'),
      el('td', { class: 'num' }, ms(s.latencyMs)),
      el('td', {}, el('button', { type: 'button', class: 'link', 'aria-label': `open ${s.itemId} of ${s.modelId}`,
        onclick: (e) => { e.stopPropagation(); open(); } }, 'Open')));
  }));
}
async function openItem(requestId) {
  const result = await getJson(`/api/runs/${encodeURIComponent(state.run)}/items/${encodeURIComponent(requestId)}`);
  if (!result.ok) return;
  const d = result.data; const s = d.score;
  document.getElementById('item-title').textContent = `${s.itemId} · ${s.modelId}`;
  const fact = (k, v) => [el('dt', {}, k), el('dd', {}, v ?? '–')];
  document.getElementById('item-facts').replaceChildren(
    ...fact('Outcome', el('span', { class: `outcome ${s.value}` }, s.value)), ...fact('Answer read', s.answer), ...fact('Gold', s.reference),
    ...fact('Options', (d.labels || []).join(' ') || '–'), ...fact('Variant', `${s.variantId}${s.sample ? ' sample ' + s.sample : ''}`),
    ...fact('Scorer', `${s.scorer}${s.filter ? ' / ' + s.filter : ''}`), ...fact('Explanation', s.explanation),
    ...fact('Latency', ms(s.latencyMs)), ...fact('Cost', usd(s.costUsd)),
    ...fact('Tokens', has(s.inputTokens) ? `${s.inputTokens} in / ${s.outputTokens} out` : '–'),
    ...(d.errorKind ? fact('Error', d.errorKind) : []), ...fact('Request', s.requestId));
  document.getElementById('item-prompt').textContent = d.prompt ?? '(the prompt was not recorded for this response)';
  document.getElementById('item-response').textContent = d.response ?? (s.value === 'ERROR' ? '(no answer)' : '(empty)');
  const dialog = document.getElementById('item-dialog');
  if (!dialog.open) dialog.showModal();
}

async function loadHistory() {
  const runId = state.run;
  const run = state.runs.get(runId);
  const note = document.getElementById('history-note');
  if (!run || !run.suite) { note.textContent = 'History needs the run plan (suite) first.'; return; }
  const models = (state.runBoard.length ? state.runBoard.map((r) => r.modelId) : run.models || []).slice(0, 8);
  const series = [];
  let source = 'history API';
  for (const model of models) {
    const q = `suite=${encodeURIComponent(run.suite)}&model=${encodeURIComponent(model)}`;
    const [history, regressions] = await Promise.all([getJson(`/api/history?${q}`), getJson(`/api/regressions?${q}`)]);
    let points;
    if (history.ok && Array.isArray(history.data)) {
      points = history.data.map((h) => ({ runId: h.runId, at: h.completedAt, value: h.accuracy?.value, low: h.accuracy?.lower,
        high: h.accuracy?.upper, n: h.accuracy?.n, regression: !!h.regression }));
    } else {
      source = 'runs of this suite (the history API is not available)';
      points = await historyFromRuns(run.suite, model);
    }
    const flagged = new Set((regressions.ok && Array.isArray(regressions.data) ? regressions.data : []).map((r) => r.runId));
    for (const p of points) if (flagged.has(p.runId)) p.regression = true;
    series.push({ model, points });
  }
  if (state.run !== runId) return;
  const count = series.reduce((sum, s) => sum + s.points.length, 0);
  note.textContent = `${count} points from ${source}. Bands are Wilson 95% intervals; red pins mark regressions `
    + '(a significant paired drop from the previous run of the same suite and model).';
  // the same regressions as text: readable without the chart, and by a screen reader
  const pinned = series.flatMap((s) => s.points.filter((p) => p.regression).map((p) => ({ model: s.model, ...p })));
  document.getElementById('history-regressions').replaceChildren(...pinned.map((p) => el('li', { class: 'regression' },
    `↓ regression: ${p.model} in run ${p.runId} (${has(p.value) ? pct(p.value) : '–'}, n=${p.n ?? '–'})`)));
  const c = chart('history-chart');
  if (!c) return;
  const opts = [];
  series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length];
    const data = s.points.filter((p) => has(p.value)).map((p) => [new Date(p.at).getTime(), p.value, p.low, p.high, p.n, p.runId, p.regression]);
    opts.push({ type: 'line', name: s.model, data, color, symbolSize: 7, showSymbol: true,
      markPoint: { symbol: 'pin', symbolSize: 34, itemStyle: { color: '#dc2626' }, label: { formatter: '↓', fontSize: 12 },
        data: data.filter((d) => d[6]).map((d) => ({ coord: [d[0], d[1]], name: 'regression' })) } });
    opts.push({ type: 'custom', name: s.model, color, silent: true, z: 1, data,
      renderItem: (params, api) => {
        const x = api.coord([api.value(0), api.value(2)]); const y = api.coord([api.value(0), api.value(3)]);
        return { type: 'line', shape: { x1: x[0], y1: x[1], x2: y[0], y2: y[1] }, style: { stroke: color, lineWidth: 6, opacity: 0.25 } };
      } });
  });
  c.setOption({
    animationDuration: 300,
    title: { text: `Accuracy over runs · ${run.suite}`, left: 0, textStyle: { fontSize: 13, fontWeight: 600 } },
    legend: { top: 0, right: 0, data: series.map((s) => s.model) },
    tooltip: { trigger: 'item', formatter: (p) => (p.data && p.data.length > 5 ? `${p.seriesName}<br>${pct(p.data[1])} [${pct(p.data[2])}, ${pct(p.data[3])}] n=${p.data[4]}<br>${p.data[5]}${p.data[6] ? '<br><b>regression</b>' : ''}` : p.name) },
    grid: { left: 52, right: 20, top: 44, bottom: 30 },
    xAxis: { type: 'time' }, yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => pct(v) } },
    series: opts,
  }, true);
}
async function historyFromRuns(suite, model) {
  const runs = sortedRuns().filter((r) => r.suite === suite && (r.models || []).includes(model)).slice(0, 20).reverse();
  const points = [];
  for (const r of runs) {
    const board = await getJson(`/api/runs/${encodeURIComponent(r.runId)}/leaderboard`);
    const row = board.ok ? board.data.find((x) => x.modelId === model) : null;
    if (row && has(row.accuracy)) points.push({ runId: r.runId, at: r.completedAt || r.createdAt, value: row.accuracy, low: row.ciLow, high: row.ciHigh, n: row.n });
  }
  return points;
}

// ---------- wiring ----------
for (const tab of TABS) document.getElementById('tab-' + tab).addEventListener('click', () => selectTab(tab, false));
arrowKeys(document.querySelector('#run [role="tablist"]'));
document.getElementById('item-model').addEventListener('change', () => { state.items.offset = 0; loadItems(); });
document.getElementById('item-value').addEventListener('change', () => { state.items.offset = 0; loadItems(); });
document.getElementById('item-prev').addEventListener('click', () => { state.items.offset = Math.max(0, state.items.offset - state.items.limit); loadItems(); });
document.getElementById('item-next').addEventListener('click', () => { state.items.offset += state.items.limit; loadItems(); });
window.addEventListener('resize', throttle(() => Object.values(state.charts).forEach((c) => c.resize()), 200));
setInterval(() => { if ([...state.runs.values()].some((r) => !TERMINAL.has(r.state))) renderRuns(); if (state.run) renderRunHead(); }, 2000);

// Open on the run named in the address (#run=...), else on the newest run, so something shows at once.
loadRuns().then(() => {
  if (fromHash) openRun(fromHash);
  loadSuiteBoard();
});
followAllRuns();
