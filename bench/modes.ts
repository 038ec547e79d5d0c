/**
 * The implementations the benchmark compares. Each runs in its own
 * process (bench/serve.ts) behind an HTTP endpoint that takes GraphQL
 * requests, so that its CPU time and RSS can be measured apart from the
 * load generator and the sandbox.
 */
export type ModeName = 'service' | 'unbatched' | 'medplum' | 'rest';

export interface ModeInfo {
  readonly name: ModeName;
  readonly title: string;
  /**
   * Whether requests to the FHIR server cross the latency proxy. Medplum's
   * `$graphql` runs in process over the repository, so its latency is
   * reported as measured plus its repository calls times the delay.
   */
  readonly overNetwork: boolean;
}

export const MODES: readonly ModeInfo[] = [
  { name: 'service', title: 'service as shipped', overNetwork: true },
  {
    name: 'unbatched',
    title: 'service, batching off (maxBatchSize 1)',
    overNetwork: true,
  },
  {
    name: 'medplum',
    title: "Medplum's $graphql in process",
    overNetwork: false,
  },
  {
    name: 'rest',
    title: 'hand-written REST client (_include/_revinclude)',
    overNetwork: true,
  },
];

/** Settings of one bench/serve.ts process, passed as JSON in argv[2]. */
export interface ServeConfig {
  readonly mode: ModeName;
  /** FHIR base URL through the latency proxy; unused by "medplum". */
  readonly fhirBaseUrl: string;
  /** Whether the service keeps its shared cache of public reads. */
  readonly publicCache: boolean;
  /** Generated members, for "medplum", which loads its own copy of the data. */
  readonly members: { readonly count: number; readonly seed: number };
}

/** Messages bench/serve.ts sends to its parent over IPC. */
export type ServeMessage =
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'stats'; readonly stats: ProcessStats }
  | { readonly kind: 'failed'; readonly message: string };

/** Messages the parent sends to bench/serve.ts over IPC. */
export type ServeCommand =
  { readonly kind: 'stats' } | { readonly kind: 'stop' };

export interface ProcessStats {
  /** User plus system CPU time since the process started, in milliseconds. */
  readonly cpuMs: number;
  /** Resident set size now, in bytes. */
  readonly rssBytes: number;
  /** Largest resident set size since the process started, in bytes. */
  readonly maxRssBytes: number;
}
