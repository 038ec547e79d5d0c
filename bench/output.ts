import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceSection } from './markdown';
import { renderComparison, renderSoak } from './report';
import type { ComparisonReport, SoakReport } from './report-types';

const ROOT = path.resolve(__dirname, '..');
const RESULTS_DIR = path.join(ROOT, 'bench/results');
const DOC = path.join(ROOT, 'docs/benchmarks.md');

/**
 * Writes the run to bench/results/<date>.json (or <date>-soak.json) and
 * rewrites its section of docs/benchmarks.md; returns the paths written.
 */
export async function writeReport(
  report: ComparisonReport | SoakReport,
): Promise<string[]> {
  const suffix = report.kind === 'soak' ? '-soak' : '';
  const jsonPath = path.join(RESULTS_DIR, `${report.date}${suffix}.json`);
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  const markdown =
    report.kind === 'soak' ? renderSoak(report) : renderComparison(report);
  const section = report.kind === 'soak' ? 'soak' : 'comparison';
  const current = await readFile(DOC, 'utf8').catch(() => '# Benchmarks\n');
  await writeFile(DOC, replaceSection(current, section, markdown));
  return [jsonPath, DOC];
}
