import type { Comparison } from './compare';
import type { LoadResult } from './load-worker';
import type { MachineInfo } from './machine';
import type { BenchOptions } from './options';
import type { ModeResult } from './run-mode';
import type { TargetResult } from './targets';

/** Settings recorded with a run, so that its figures can be reproduced. */
export interface RunSettings extends BenchOptions {
  readonly loader: {
    readonly maxUrlLength: number;
    readonly maxBatchSize: number;
    readonly reversePageSize: number;
  };
  /** Resources the sandbox served. */
  readonly resourceCount: number;
}

/** Contents of bench/results/<date>.json, written by `npm run bench`. */
export interface ComparisonReport {
  readonly kind: 'comparison';
  /** YYYY-MM-DD (UTC) of the start. */
  readonly date: string;
  readonly startedAt: string;
  readonly elapsedSeconds: number;
  readonly machine: MachineInfo;
  /** Load averages when the run ended; `machine` has those at the start. */
  readonly loadAverageAtEnd: readonly number[];
  readonly settings: RunSettings;
  readonly queries: ReadonlyArray<{
    readonly name: string;
    readonly title: string;
    readonly levels: number;
  }>;
  readonly modes: readonly ModeResult[];
  readonly comparisons: readonly Comparison[];
  readonly targets: readonly TargetResult[];
}

/** One RSS reading of the service during a soak run. */
export interface RssSample {
  /** Seconds since the load started. */
  readonly seconds: number;
  readonly rssBytes: number;
}

/** Contents of bench/results/<date>-soak.json, written by `npm run bench -- --soak S`. */
export interface SoakReport {
  readonly kind: 'soak';
  readonly date: string;
  readonly startedAt: string;
  readonly machine: MachineInfo;
  readonly loadAverageAtEnd: readonly number[];
  readonly settings: RunSettings;
  readonly connections: number;
  readonly samples: readonly RssSample[];
  /** The sample the growth is measured from, after start-up. */
  readonly startSample: RssSample;
  readonly load: LoadResult;
  readonly target: TargetResult;
}
