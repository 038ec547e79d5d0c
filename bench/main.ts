import { DEFAULT_LOADER_SETTINGS } from '../src/loaders';
import { startBenchBackend, type BenchBackend } from './backend';
import { compareModes } from './compare';
import { LoadGenerator } from './load-generator';
import { describeMachine } from './machine';
import { parseOptions, USAGE, type BenchOptions } from './options';
import { writeReport } from './output';
import { QUERIES } from './queries';
import type { ComparisonReport, RunSettings } from './report-types';
import { runMode, type ModeResult } from './run-mode';
import { runSoak } from './soak';
import { evaluateTargets, formatTarget } from './targets';

/**
 * `npm run bench`: starts the sandbox behind the latency proxy and the
 * load generator, runs the comparison (or the soak with `--soak`), and
 * writes bench/results/<date>.json and docs/benchmarks.md.
 */
async function main(): Promise<void> {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const options = parsed;
  const startedAt = new Date();
  const machine = describeMachine();
  log(
    `load average ${machine.loadAverage.join(' / ')}; loading ${options.members} members`,
  );
  const backend = await startBenchBackend(options);
  const load = LoadGenerator.start();
  try {
    const settings = runSettings(options, backend);
    const header = {
      date: startedAt.toISOString().slice(0, 10),
      startedAt: startedAt.toISOString(),
      machine,
    };
    const report =
      options.soakSeconds === undefined
        ? await runComparison(options, settings, backend, load, startedAt)
        : {
            ...header,
            ...(await runSoak(options, settings, backend, load, log)),
          };
    const targets = report.kind === 'soak' ? [report.target] : report.targets;
    for (const target of targets) {
      log(formatTarget(target));
    }
    const written = await writeReport({ ...report, ...header });
    log(`wrote ${written.join(' and ')}`);
  } finally {
    await load.stop();
    await backend.close();
  }
}

async function runComparison(
  options: BenchOptions,
  settings: RunSettings,
  backend: BenchBackend,
  load: LoadGenerator,
  startedAt: Date,
): Promise<Omit<ComparisonReport, 'date' | 'startedAt' | 'machine'>> {
  const modes: ModeResult[] = [];
  for (const mode of options.modes) {
    log(`mode ${mode}`);
    modes.push(await runMode(mode, options, backend, load, log));
  }
  return {
    kind: 'comparison',
    elapsedSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    loadAverageAtEnd: describeMachine().loadAverage,
    settings,
    queries: QUERIES.map(({ name, title, levels }) => ({
      name,
      title,
      levels,
    })),
    modes,
    comparisons: compareModes(modes),
    targets: evaluateTargets(QUERIES, modes),
  };
}

function runSettings(
  options: BenchOptions,
  backend: BenchBackend,
): RunSettings {
  const { maxUrlLength, maxBatchSize, reversePageSize } =
    DEFAULT_LOADER_SETTINGS;
  return {
    ...options,
    loader: { maxUrlLength, maxBatchSize, reversePageSize },
    resourceCount: Object.values(backend.countsByType).reduce(
      (a, b) => a + b,
      0,
    ),
  };
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
