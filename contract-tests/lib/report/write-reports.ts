import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';
import type { ConformanceReport } from './results.js';
import { totals } from './results.js';
import { renderMarkdown } from './write-markdown.js';
import { renderHtml } from './write-html.js';
import { renderJunit } from './write-junit.js';

interface WrittenReports {
  json: string;
  markdown: string;
  html: string;
  junit: string;
  findings: string;
}

/** Writes coverage.{json,md,html}, junit.xml and findings.json into `dir`, each atomically (a reader never sees half a file). */
export async function writeReports(report: ConformanceReport, dir: string): Promise<WrittenReports> {
  const files: WrittenReports = {
    json: join(dir, 'coverage.json'),
    markdown: join(dir, 'coverage.md'),
    html: join(dir, 'coverage.html'),
    junit: join(dir, 'junit.xml'),
    findings: join(dir, 'findings.json'),
  };
  writeFileAtomic(files.json, `${JSON.stringify({ ...report, totals: totals(report) }, null, 2)}\n`);
  writeFileAtomic(files.markdown, renderMarkdown(report));
  writeFileAtomic(files.html, renderHtml(report));
  writeFileAtomic(files.junit, renderJunit(report));
  writeFileAtomic(files.findings, `${JSON.stringify(report.findings, null, 2)}\n`);
  return files;
}
