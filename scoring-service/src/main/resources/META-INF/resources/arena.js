// Arena page: ratings with interval bars, the win-rate matrix and the judge audit of one arena run.
// Reads GET /api/runs/{id}/arena (computed by scoring-service on a debounce) and polls it every 2 s while the
// run is not complete, so ratings move while answers and verdicts stream in.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const fmt = (v, d) => (v === null || v === undefined || Number.isNaN(v)) ? '–' : Number(v).toFixed(d);
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  let runId = new URLSearchParams(location.hash.slice(1)).get('run');
  let judge = null;
  let timer = null;

  async function json(url) {
    const r = await fetch(url);
    if (!r.ok) {
      let detail = r.statusText;
      try { detail = (await r.json()).detail || detail; } catch (e) { /* not problem+json */ }
      throw new Error(detail);
    }
    return r.json();
  }

  async function loadRuns() {
    const runs = await json('/api/runs?limit=50');
    const pick = $('run-pick');
    pick.innerHTML = '<option value="">(choose a run)</option>' + runs.map((r) =>
      `<option value="${esc(r.runId)}" ${r.runId === runId ? 'selected' : ''}>${esc(r.runId)} · ${esc(r.suite)} · ${esc(r.state)}</option>`).join('');
  }

  function interval(p) {
    if (!p || p.estimate === null || p.estimate === undefined) return `– (n=${p ? p.n : 0})`;
    return `${fmt(p.estimate, 2)} [${fmt(p.low, 2)}, ${fmt(p.high, 2)}] n=${p.n}`;
  }

  // pairs never judged because a contestant's answer failed, counted apart (with the contestants responsible)
  function unjudged(g) {
    if (!g.pairsSkipped) return '';
    return ` · ${g.pairsSkipped} pairs unjudged (failed answers: ` +
      (g.failedAnswers || []).map((f) => `${f.model} ${f.answers}, ${f.pairsSkipped} pairs`).join('; ') + ')';
  }

  // win rate against the baseline with its SE, beside the length-controlled win rate with its bootstrap SE
  function renderBaseline(b) {
    const table = $('baseline');
    table.hidden = !b;
    if (!b) return;
    table.querySelector('caption').textContent = `Win rate against ${b.baseline} (ties half) and length-controlled win rate, SE, 95% interval, n`;
    table.querySelector('tbody').innerHTML = b.rows.map((r) =>
      `<tr><td>${esc(r.model)}</td><td class="num">${fmt(r.winRate, 1)}</td><td class="num">${fmt(r.standardError, 1)}</td>` +
      `<td>[${fmt(r.low, 1)}, ${fmt(r.high, 1)}]</td><td class="num">${r.n}</td>` +
      `<td class="num">${fmt(r.lcWinRate, 1)}</td><td class="num">${fmt(r.lcStandardError, 1)}</td>` +
      `<td>[${fmt(r.lcLow, 1)}, ${fmt(r.lcHigh, 1)}]</td><td class="num">${r.lcN}</td></tr>`).join('');
  }

  // the judge against the human labels of the run's pairs: kappa with its interval, raw agreement, n
  function human(h) {
    if (!h) return '–';
    return `${fmt(h.kappa, 2)} [${fmt(h.low, 2)}, ${fmt(h.high, 2)}] (${fmt(h.agreement, 2)}) n=${h.n}`;
  }

  function render(report) {
    $('meta').textContent = `${report.state || 'RUNNING'} · ${report.contestants.length} contestants · judges ${report.judges.join(', ')} · pairing ${report.pairing} · template ${report.template} · ${report.games.judged} games judged, ${report.games.unparsable} unparsable, ${report.games.errors} errors, ${report.games.skipped} not sent${unjudged(report.games)} · computed ${report.computedAt}`;
    const singles = report.singleRatings || [];
    const sets = singles.length ? singles.map((s) => ({ judge: s.judge })) : report.ratings;
    const judgePick = $('judge-pick');
    if (!judge || !sets.some((s) => s.judge === judge)) judge = sets.length ? sets[0].judge : null;
    judgePick.innerHTML = sets.map((s) => `<option ${s.judge === judge ? 'selected' : ''}>${esc(s.judge)}</option>`).join('');
    $('single-section').hidden = !singles.length;
    const single = singles.find((s) => s.judge === judge);
    $('single-ratings').querySelector('tbody').innerHTML = single ? single.ratings.map((r) =>
      `<tr><td>${esc(r.model)}</td><td class="num">${fmt(r.mean, 2)}</td><td>[${fmt(r.low, 2)}, ${fmt(r.high, 2)}]</td>` +
      `<td class="num">${fmt(r.sd, 2)}</td><td class="num">${r.n}</td><td class="num">${r.unparsable}</td><td class="num">${r.errors}</td></tr>`).join('') : '';
    const set = singles.length ? { note: 'a single-rating arena: see the single ratings' } : sets.find((s) => s.judge === judge);
    const tbody = $('ratings').querySelector('tbody');
    if (!set || set.note) {
      tbody.innerHTML = `<tr><td colspan="6" class="empty">${esc(set ? set.note : 'no ratings yet')}</td></tr>`;
      $('matrix').innerHTML = '';
      $('transitivity').textContent = '';
      renderBaseline(null);
    } else {
      const lows = set.bradleyTerry.map((r) => r.low ?? r.rating);
      const highs = set.bradleyTerry.map((r) => r.high ?? r.rating);
      const min = Math.min(...lows), max = Math.max(...highs), span = Math.max(1, max - min);
      const x = (v) => `${(100 * (v - min) / span).toFixed(1)}%`;
      tbody.innerHTML = set.bradleyTerry.map((r) => {
        const elo = set.elo.find((e) => e.model === r.model) || {};
        const ci = (r.low !== null && r.high !== null)
          ? `<span class="ci" style="left:${x(r.low)};width:calc(${x(r.high)} - ${x(r.low)})"></span>` : '';
        return `<tr><td class="num">${r.rank}</td><td>${esc(r.model)}</td><td class="num">${fmt(r.rating, 1)}</td>` +
          `<td><span class="bar" title="[${fmt(r.low, 1)}, ${fmt(r.high, 1)}]">${ci}<span class="pt" style="left:${x(r.rating)}"></span></span> [${fmt(r.low, 1)}, ${fmt(r.high, 1)}]</td>` +
          `<td class="num">${r.n}</td><td class="num">${fmt(elo.mean, 1)} ± ${fmt(elo.sd, 1)}</td></tr>`;
      }).join('');
      const t = set.transitivity;
      $('transitivity').textContent = t ? `Transitive: ${t.transitive ? 'yes' : 'no'} · ${t.pairsAgreeing} of ${t.pairsCompared} pairs agree with the ratings` +
        (set.pairs && set.pairs.spearman !== null ? ` · PairS vs reference: Spearman ${fmt(set.pairs.spearman, 3)}, Kendall ${fmt(set.pairs.kendall, 3)} (${set.pairs.nReferenced} models)` : '') : '';
      renderBaseline(set.baseline);
      const w = set.winRates;
      $('matrix').innerHTML = '<tr><th></th>' + w.models.map((m) => `<th class="rot">${esc(m)}</th>`).join('') + '</tr>' +
        w.models.map((m, i) => `<tr><th>${esc(m)}</th>` + w.models.map((_, j) => i === j ? '<td>–</td>' :
          `<td title="n=${w.games[i][j]}" style="background:rgba(29,63,110,${w.rates[i][j] === null ? 0 : (w.rates[i][j] * 0.6).toFixed(2)})">${w.rates[i][j] === null ? '' : fmt(100 * w.rates[i][j], 0) + '%'}</td>`).join('') + '</tr>').join('');
    }
    $('audit').querySelector('tbody').innerHTML = report.audit.map((a) => {
      const s = a.selfPreference;
      const self = s && s.delta !== null && s.delta !== undefined ? `${fmt(s.delta, 2)} [${fmt(s.low, 2)}, ${fmt(s.high, 2)}] n=${s.n} (own ${esc(s.ownModel)})` : '–';
      const lb = a.lengthBias;
      return `<tr><td>${esc(a.judge)}</td><td class="num">${a.games}</td><td>${interval(a.consistency)}</td><td>${interval(a.firstBias)}</td>` +
        `<td>${lb && lb.estimate !== null ? `${fmt(lb.estimate, 2)} [${fmt(lb.low, 2)}, ${fmt(lb.high, 2)}] n=${lb.n}` : '–'}</td><td>${self}</td>` +
        `<td class="num">${a.unparsable}</td><td>${human(a.human)}</td><td class="num">${fmt(a.costUsd, 4)}</td></tr>`;
    }).join('');
    $('agreement').querySelector('tbody').innerHTML = report.agreement.map((k) =>
      `<tr><td>${esc(k.judgeA)}</td><td>${esc(k.judgeB)}</td><td class="num">${fmt(k.kappa, 3)}</td><td>[${fmt(k.low, 2)}, ${fmt(k.high, 2)}]</td><td class="num">${k.n}</td></tr>`).join('');
  }

  async function refresh() {
    clearTimeout(timer);
    if (!runId) return;
    let done = false;
    try {
      const report = await json(`/api/runs/${encodeURIComponent(runId)}/arena`);
      render(report);
      done = report.state === 'COMPLETED' || report.state === 'CANCELLED';
    } catch (e) {
      $('meta').textContent = `No arena for run ${runId}: ${e.message}`;
    }
    if (!done) timer = setTimeout(refresh, 2000);
  }

  $('run-pick').addEventListener('change', (e) => {
    runId = e.target.value || null;
    location.hash = runId ? `run=${encodeURIComponent(runId)}` : '';
    refresh();
  });
  $('judge-pick').addEventListener('change', (e) => { judge = e.target.value; refresh(); });
  loadRuns().catch(() => {});
  refresh();
})();
