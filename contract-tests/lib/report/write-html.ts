import type { ConformanceReport } from './results.js';
import { summaryLine, totals } from './results.js';
import { buildMatrix, failureEntries, OUTCOME_LABEL, OUTCOME_SYMBOL, pairMessages } from './matrix.js';
import { escapeXml as h } from './escape.js';

const CSS = `
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1f2328;background:#fff}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
.meta{color:#57606a;margin-bottom:1rem}
.tiles{display:flex;gap:.6rem;flex-wrap:wrap;margin:.8rem 0}
.tile{padding:.5rem .9rem;border-radius:6px;font-weight:600}
.tile.passed{background:#dafbe1;color:#116329}.tile.failed{background:#ffebe9;color:#a40e26}
.tile.not_reachable{background:#eaeef2;color:#424a53}.tile.finding{background:#fff8c5;color:#7d4e00}
table{border-collapse:collapse;font-size:12px}
th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:center;white-space:nowrap}
th{background:#f6f8fa;position:sticky;top:0}
td.op{text-align:left;font-weight:600}td.req{text-align:left;font-family:ui-monospace,monospace;color:#57606a}
td.passed{background:#2da44e;color:#fff}td.failed{background:#cf222e;color:#fff;font-weight:700}
td.not_reachable{background:#afb8c1;color:#fff}td.none{background:#fff}
tr.has-failure td.op{color:#cf222e}td.n{text-align:right;color:#57606a}td.n.bad{color:#cf222e;font-weight:700}
ul{padding-left:1.2rem}li{margin:.2rem 0;font-family:ui-monospace,monospace;font-size:12px;word-break:break-word}
.interrupted{background:#fff8c5;color:#7d4e00;padding:.5rem .9rem;border-radius:6px}
pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:.3rem .5rem;margin:.2rem 0}
.legend span{display:inline-block;padding:1px 8px;margin-right:6px;border-radius:3px;color:#fff}
`;

/** A single self-contained page (inline CSS, no scripts, no external assets). */
export function renderHtml(report: ConformanceReport): string {
  const t = totals(report);
  const { statuses, rows } = buildMatrix(report);
  const head = `<tr><th>Operation</th><th>Request</th>${statuses.map((s) => `<th>${h(s)}</th>`).join('')}<th>Checked</th><th>Passed</th><th>Failed</th><th>Not reachable</th><th>Negative</th></tr>`;
  const body = rows
    .map((row) => {
      const anyFailed = [...row.cells.values()].some((p) => p.outcome === 'failed') || row.negatives.failed > 0;
      const cells = statuses
        .map((s) => {
          const pair = row.cells.get(s);
          if (!pair) return '<td class="none"></td>';
          const title = [`${row.operationId} ${s}: ${OUTCOME_LABEL[pair.outcome]}`, ...pairMessages(pair)].join('\n');
          return `<td class="${pair.outcome}" title="${h(title)}">${OUTCOME_SYMBOL[pair.outcome]}</td>`;
        })
        .join('');
      const sent = row.negatives.passed + row.negatives.failed;
      const neg = sent === 0 ? '<td class="none"></td>' : `<td class="${row.negatives.failed > 0 ? 'failed' : 'passed'}">${row.negatives.passed}/${sent}</td>`;
      const c = row.counts;
      const counts = `<td class="n">${c.checked}</td><td class="n">${c.passed}</td><td class="n${c.failed > 0 ? ' bad' : ''}">${c.failed}</td><td class="n">${c.not_reachable}</td>`;
      return `<tr${anyFailed ? ' class="has-failure"' : ''}><td class="op">${h(row.operationId)}</td><td class="req">${h(row.method)} ${h(row.path)}</td>${cells}${counts}${neg}</tr>`;
    })
    .join('\n');
  const failures = failureEntries(report);
  const unreachable = report.pairs.filter((p) => p.outcome === 'not_reachable').map((p) => `${p.operationId} ${p.status}: ${p.reason ?? ''}`);
  const findings = report.findings.map((f) => `${f.kind} at ${f.pointer}${f.occurrences > 1 ? ` (and ${f.occurrences - 1} more)` : ''}: ${f.message}`);
  const list = (items: string[]) => (items.length === 0 ? '<p>None.</p>' : `<ul>${items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Contract coverage: ${h(report.title)}</title><style>${CSS}</style></head>
<body>
<h1>Contract coverage: ${h(report.title)}</h1>
${report.interrupted ? `<p class="interrupted"><strong>Interrupted</strong>: ${h(report.interrupted)}</p>\n` : ''}<div class="meta">${h(report.specSource)} (OpenAPI ${h(report.openapi)}) against ${h(report.target)} · ${h(report.startedAt)} · ${(report.durationMs / 1000).toFixed(1)} s · ${report.operations} operations · ${t.pairs.total} operation × status pairs · checks: ${h(summaryLine(t.checks))}</div>
<div class="tiles">
<div class="tile passed">${t.pairs.passed} passed</div><div class="tile failed">${t.pairs.failed} failed</div>
<div class="tile not_reachable">${t.pairs.not_reachable} not reachable</div>
<div class="tile ${t.negatives.failed > 0 ? 'failed' : 'passed'}">${t.negatives.passed}/${t.negatives.passed + t.negatives.failed} invalid requests refused</div>
<div class="tile finding">${report.findings.length} spec findings</div>
</div>
<p class="legend"><span style="background:#2da44e">✅ passed</span><span style="background:#cf222e">❌ failed</span><span style="background:#afb8c1">⚪ not reachable</span> hover a cell for details; blank = not documented</p>
<table><thead>${head}</thead><tbody>
${body}
</tbody></table>
<h2>Failures (${failures.length})</h2>${failures.length === 0 ? '<p>None.</p>' : `<ul>${failures.map((f) => `<li>${h(f.message)}${f.reproduce ? `<pre>${h(f.reproduce)}</pre>` : ''}</li>`).join('')}</ul>`}
<h2>Not reachable (${unreachable.length})</h2>${list(unreachable)}
<h2>Spec findings (${findings.length})</h2>${list(findings)}
</body></html>
`;
}
