import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConformanceReport } from './results.js';
import { totals } from './results.js';
import { renderMarkdown } from './write-markdown.js';
import { renderHtml } from './write-html.js';
import { renderJunit } from './write-junit.js';

export interface WrittenReports {
  json: string;
  markdown: string;
  html: string;
  junit: string;
  findings: string;
}

/** Writes coverage.{json,md,html}, junit.xml and findings.json into `dir`. */
export async function writeReports(report: ConformanceReport, dir: string): Promise<WrittenReports> {
  await mkdir(dir, { recursive: true });
  const files: WrittenReports = {
    json: join(dir, 'coverage.json'),
    markdown: join(dir, 'coverage.md'),
    html: join(dir, 'coverage.html'),
    junit: join(dir, 'junit.xml'),
    findings: join(dir, 'findings.json'),
  };
  await Promise.all([
    writeFile(files.json, `${JSON.stringify({ ...report, totals: totals(report) }, null, 2)}\n`),
    writeFile(files.markdown, renderMarkdown(report)),
    writeFile(files.html, renderHtml(report)),
    writeFile(files.junit, renderJunit(report)),
    writeFile(files.findings, `${JSON.stringify(report.findings, null, 2)}\n`),
  ]);
  return files;
}
