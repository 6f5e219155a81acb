import type { Trace } from '../scenarios/trace.js';
import { summaryOf, type MarkedDifference, type TraceDiffResult } from './trace-diff.js';

/**
 * `contract:trace-diff --markdown`: the same comparison as a report to keep as data. What no
 * spec diff shows comes first: it is what reading the two specs would not have told a user.
 * Nothing in it depends on when or where it is rendered, so a committed report can be checked
 * against a fresh rendering.
 */
export function renderTraceDiffMarkdown({ files, before, after, versions, specs, differences }: TraceDiffResult): string {
  const side = (label: string, file: string, trace: Trace): string =>
    `- ${label}: \`${file}\`: ${trace.target}; recorder's version label ${trace.logtoVersion}, served spec ${trace.specFingerprint.slice(0, 12)}; e-mail connector ${trace.emailConnector}; ${trace.steps.length} steps, recorded ${trace.recordedAt}`;
  const steps = new Set(differences.map((d) => d.step));
  const lines = [
    `# Behaviour recorded in two traces: what changed`,
    '',
    `Written by \`npm run contract:trace-diff -- --markdown ${files.old} ${files.new}\`; a test renders it again and compares.`,
    '',
    side('old', files.old, before),
    side('new', files.new, after),
    `- ${versions.line}`,
    ...(specs ? [`- ${specs.line}`] : []),
    ...(before.emailConnector !== after.emailConnector ? ['- one trace was recorded with an e-mail connector and the other without; connector steps differ for that reason'] : []),
    '',
    differences.length === 0 ? 'No behaviour changed.' : `${steps.size} step(s) changed behaviour (${differences.length} difference(s))${summaryOf(differences, versions.same)}.`,
    '',
  ];
  if (differences.length === 0) return finish(lines);
  if (versions.same) return finish([...lines, ...section('Every difference', differences)]);
  const out = differences.filter((d) => d.placement.in === false);
  const unknown = differences.filter((d) => d.placement.in === 'unknown');
  const inDiff = differences.filter((d) => d.placement.in === true);
  lines.push(
    ...section(`Not in the spec diff: ${out.length} difference(s) on ${new Set(out.map((d) => d.step)).size} step(s)`, out, 'Behaviour that changed where no change between the two served specs is about it: a status, error code, header, field or value the specs do not account for.'),
    ...(unknown.length > 0 ? section(`Spec diff unknown: ${unknown.length} difference(s)`, unknown) : []),
    ...section(`In the spec diff: ${inDiff.length} difference(s) on ${new Set(inDiff.map((d) => d.step)).size} step(s)`, inDiff, 'Each with the change of the spec diff that is about it.', true),
  );
  return finish(lines);
}

/** The text without trailing blank lines (the command's output adds the last newline). */
function finish(lines: readonly string[]): string {
  return lines.join('\n').replace(/\n+$/, '');
}

function section(title: string, differences: readonly MarkedDifference[], intro?: string, withChanges = false): string[] {
  const byStep = new Map<string, MarkedDifference[]>();
  for (const d of differences) byStep.set(d.step, [...(byStep.get(d.step) ?? []), d]);
  const lines = [`## ${title}`, ''];
  if (intro) lines.push(intro, '');
  for (const [step, list] of byStep) {
    lines.push(`- \`${step}\``);
    for (const d of list) {
      const changes = withChanges && d.placement.in === true ? (d.placement.note ? [d.placement.note] : [...new Set(d.placement.changes.map((c) => `${c.operationId ?? ''}: ${c.message}`))]) : [];
      lines.push(`  - ${escape(d.what)}${changes.length > 0 ? ` (spec diff: ${escape(changes.slice(0, 2).join('; '))}${changes.length > 2 ? '; ...' : ''})` : ''}`);
    }
  }
  lines.push('');
  return lines;
}

/** Table-free Markdown: only what would start markup mid-line needs escaping. */
function escape(text: string): string {
  return text.replace(/([*_`<>])/g, '\\$1');
}
