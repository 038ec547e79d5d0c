import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { replaceSection } from './markdown';
import { renderComparison, renderSoak } from './report';
import type { ComparisonReport, SoakReport } from './report-types';

const ROOT = path.resolve(__dirname, '..');
const RESULTS_DIR = path.join(ROOT, 'bench/results');
const DOC = path.join(ROOT, 'docs/benchmarks.md');

/**
 * Writes the run to bench/results/<date>.json (or <date>-soak.json) and
 * rewrites its section of docs/benchmarks.md, both formatted by Prettier
 * as `npm run format:check` expects; returns the paths written.
 */
export async function writeReport(
  report: ComparisonReport | SoakReport,
): Promise<string[]> {
  const suffix = report.kind === 'soak' ? '-soak' : '';
  const jsonPath = path.join(RESULTS_DIR, `${report.date}${suffix}.json`);
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFormatted(jsonPath, JSON.stringify(report));
  const markdown =
    report.kind === 'soak' ? renderSoak(report) : renderComparison(report);
  const section = report.kind === 'soak' ? 'soak' : 'comparison';
  const current = await readFile(DOC, 'utf8').catch(() => '# Benchmarks\n');
  await writeFormatted(DOC, replaceSection(current, section, markdown));
  return [jsonPath, DOC];
}

async function writeFormatted(file: string, text: string): Promise<void> {
  const config = await prettier.resolveConfig(file);
  await writeFile(
    file,
    await prettier.format(text, { ...config, filepath: file }),
  );
}
