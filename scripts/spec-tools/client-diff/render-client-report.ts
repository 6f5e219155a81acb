import type { Area, Impact } from './client-rules.js';
import type { ClientChange, ClientReport } from './client-report.js';

const IMPACT_TITLES: Record<Impact, string> = {
  breaking: 'Breaking: code that compiled against the old client may not compile, or may break at run time',
  addition: 'Additions: new things calling code may use',
  compatible: 'Compatible: the types change, code that compiled still compiles',
};

const AREA_TITLES: Record<Area, string> = {
  methods: 'Methods',
  signatures: 'Call signatures and results',
  request: 'What a call sends (parameters, request bodies)',
  response: 'What a call gets back (response bodies)',
  types: 'Exported types and classes',
};

const SEMVER_MEANING = {
  major: 'code that compiled against the old client may not compile, or may break at run time',
  minor: 'only additions: code that compiled still compiles and behaves the same',
  patch: 'nothing that calling code can see changed in the generated methods or types',
} as const;

/**
 * Markdown: readable in a terminal, and the body of the pull request spec-drift.yml opens.
 * Breaking first, then additions, then compatible changes, each by area; what the generated code
 * does not show is only counted.
 */
export function renderClientMarkdown(report: ClientReport): string {
  const { summary } = report;
  const lines = [
    '## What this changes for code that calls the generated client',
    '',
    `- Old: \`${report.old.file}\`, ${report.old.description}`,
    `- New: \`${report.new.file}\`, ${report.new.description}`,
    ...report.notes.map((note) => `- Note: ${note}`),
    '',
    `**Suggested version bump: ${report.semver}** (${SEMVER_MEANING[report.semver]}).`,
    '',
    `${summary.breaking} breaking, ${summary.additions} additions, ${summary.compatible} compatible; ${summary.notShown} wire changes the generated code does not show.`,
  ];
  for (const impact of ['breaking', 'addition', 'compatible'] as Impact[]) {
    const ofImpact = report.changes.filter((change) => change.impact === impact);
    if (ofImpact.length === 0) continue;
    lines.push('', `### ${IMPACT_TITLES[impact]} (${ofImpact.length})`);
    for (const area of Object.keys(AREA_TITLES) as Area[]) {
      const inArea = ofImpact.filter((change) => change.area === area);
      if (inArea.length === 0) continue;
      lines.push('', `#### ${AREA_TITLES[area]}`, '');
      for (const change of inArea) lines.push(`- ${renderLine(change)}`);
    }
  }
  const hidden = Object.entries(report.notShown);
  if (hidden.length > 0) {
    lines.push(
      '',
      `### Not shown by the generated code (${summary.notShown})`,
      '',
      'These change the wire, not the generated methods or types (validation constraints, error statuses, prose, security, response headers); `npm run spec:diff -- <old> <new>` lists each one:',
      '',
      hidden.map(([kind, n]) => `${kind} ${n}`).join(', '),
    );
  }
  return lines.join('\n');
}

function renderLine(change: ClientChange): string {
  const methods = change.methods.map((method) => `\`${method}\``).join(', ');
  const named = change.type?.startsWith("components['schemas']") === true;
  let line: string;
  if (named) line = `${change.text}${methods ? `; in ${methods}` : ''}`;
  else if (methods) line = `${methods}: ${change.text}${change.type && change.area !== 'types' ? ` (\`${change.type}\`)` : ''}`;
  else line = change.text;
  return change.why ? `${line}. *${upperFirst(change.why)}.*` : line;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function renderClientJson(report: ClientReport): string {
  return JSON.stringify(report, null, 2);
}
