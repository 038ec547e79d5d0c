import { formatNumber, renderTable } from './markdown';
import type { MachineInfo } from './machine';
import { MODES } from './modes';
import type { ComparisonReport, RunSettings, SoakReport } from './report-types';
import type { QueryResult } from './run-mode';
import { formatMiB, formatTarget } from './targets';

/** Renders the comparison run as the Markdown of docs/benchmarks.md. */
export function renderComparison(report: ComparisonReport): string {
  const parts = [
    `### Run of ${report.date}${report.settings.quick ? ' (--quick)' : ''}`,
    renderMachine(report.machine, report.loadAverageAtEnd),
    renderSettings(report.settings),
    ...report.queries.map((query) => {
      const rows = report.modes.flatMap((mode) => {
        const result = mode.queries.find((q) => q.query === query.name);
        return result ? [queryRow(mode.mode, result, mode.peakRssBytes)] : [];
      });
      const headers = [
        'mode',
        'backend requests',
        ...report.settings.concurrencies.map(
          (c) => `c=${c} p50 / p95 / p99 ms`,
        ),
        ...report.settings.concurrencies.map((c) => `c=${c} req/s`),
        'CPU ms/query',
        'peak RSS',
      ];
      return `#### ${query.name} (${query.levels} levels)\n\n${query.title}.\n\n${renderTable(headers, rows)}`;
    }),
    '#### Ratios (service better when above 1)',
    renderTable(
      [
        'query',
        'against',
        'backend requests',
        'p50 at lowest c',
        'throughput at highest c',
        'CPU per query',
      ],
      report.comparisons.map((c) => [
        c.query,
        c.against,
        formatRatio(c.backendRequests),
        formatRatio(c.latencyP50),
        formatRatio(c.throughput),
        formatRatio(c.cpuMsPerQuery),
      ]),
    ),
    '#### Targets',
    report.targets.map((target) => `- ${formatTarget(target)}`).join('\n'),
  ];
  return parts.join('\n\n');
}

/** Renders a soak run as the Markdown of docs/benchmarks.md. */
export function renderSoak(report: SoakReport): string {
  const first = report.startSample;
  const last = report.samples.at(-1);
  return [
    `### Soak run of ${report.date}`,
    renderMachine(report.machine, report.loadAverageAtEnd),
    `Mixed load of the four queries on the service, ${report.connections} connections for ${report.settings.soakSeconds} s, ${report.settings.members} members, ${report.settings.delayMs} ms backend delay.`,
    renderTable(
      [
        'requests',
        'req/s',
        'p50 / p95 / p99 ms',
        'non-2xx',
        'RSS at start',
        'RSS at end',
      ],
      [
        [
          String(report.load.completed),
          formatNumber(report.load.throughput),
          latencyCell(report.load.latency),
          String(report.load.non2xx),
          `${formatMiB(first.rssBytes)} (${first.seconds} s)`,
          last ? `${formatMiB(last.rssBytes)} (${last.seconds} s)` : '–',
        ],
      ],
    ),
    `- ${formatTarget(report.target)}`,
  ].join('\n\n');
}

function renderMachine(
  machine: MachineInfo,
  loadAtEnd: readonly number[],
): string {
  return [
    `- Machine: ${machine.cpuCount} × ${machine.cpuModel}, ${formatMiB(machine.totalMemoryBytes)} memory, ${machine.platform}`,
    `- Node ${machine.nodeVersion}; load average ${machine.loadAverage.join(' / ')} at start, ${loadAtEnd.join(' / ')} at end`,
  ].join('\n');
}

function renderSettings(settings: RunSettings): string {
  return [
    `- Data: ${settings.resourceCount} resources, ${settings.members} generated members (seed ${settings.seed})`,
    `- Backend delay ${settings.delayMs} ms per request, jitter 0 to ${settings.jitterMs} ms; load runs at ${settings.concurrencies.join(', ')} connections of ${runLength(settings)}; ${settings.probeRequests} sequential requests per query count the backend requests and the added latency`,
    `- Loader settings: maxBatchSize ${settings.loader.maxBatchSize}, maxUrlLength ${settings.loader.maxUrlLength}, reversePageSize ${settings.loader.reversePageSize}; public read cache ${settings.publicCache ? 'on' : 'off'}`,
  ].join('\n');
}

function runLength(settings: RunSettings): string {
  if (settings.durationSeconds !== undefined) {
    return `${settings.durationSeconds} s each`;
  }
  return `${settings.rounds} per connection and at least ${settings.minRequests} requests`;
}

function queryRow(
  mode: string,
  result: QueryResult,
  peakRssBytes: number,
): string[] {
  const title = MODES.find((info) => info.name === mode)?.title ?? mode;
  const highest = [...result.runs].sort(
    (a, b) => b.connections - a.connections,
  )[0];
  const problems =
    result.probe.errors.length > 0 || result.probe.emptyResponses > 0
      ? ' (errors, see JSON)'
      : '';
  return [
    `${mode}: ${title}${problems}`,
    formatNumber(result.probe.backendRequests),
    ...result.runs.map((run) => latencyCell(run.reportedLatency)),
    ...result.runs.map((run) => formatNumber(run.throughput)),
    formatNumber(highest?.cpuMsPerQuery, 2),
    formatMiB(peakRssBytes),
  ];
}

function latencyCell(latency: {
  p50: number;
  p95: number;
  p99: number;
}): string {
  return [latency.p50, latency.p95, latency.p99]
    .map((value) => formatNumber(value, 0))
    .join(' / ');
}

function formatRatio(value: number | null): string {
  return value === null ? '–' : `${formatNumber(value, 2)}×`;
}
