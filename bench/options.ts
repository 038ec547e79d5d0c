import { parseArgs } from 'node:util';
import { MODES, type ModeName } from './modes';

/** Settings of one benchmark run. */
export interface BenchOptions {
  readonly quick: boolean;
  /** Generated members loaded into the sandbox on top of the example data. */
  readonly members: number;
  readonly seed: number;
  /** Delay the latency proxy adds to every backend request, in milliseconds. */
  readonly delayMs: number;
  /** Largest random extra delay per backend request, in milliseconds. */
  readonly jitterMs: number;
  /**
   * Length of each load run in seconds. Undefined runs a fixed number of
   * requests instead (`rounds`), because a run of fixed length drops the
   * requests still open at its end, and while this sandbox serves a few
   * queries per second those are most of the slow ones.
   */
  readonly durationSeconds: number | undefined;
  /** Requests per connection in each load run without a duration. */
  readonly rounds: number;
  /** Minimum number of requests in a load run without a duration. */
  readonly minRequests: number;
  readonly concurrencies: readonly number[];
  /** Sequential requests per query and mode that count requests and added latency. */
  readonly probeRequests: number;
  readonly modes: readonly ModeName[];
  /**
   * Whether the service keeps its shared cache of public directory and
   * formulary reads. Off by default: the runs repeat a few requests, so
   * the cache would serve nearly every public read from memory, and the
   * other modes have no such cache.
   */
  readonly publicCache: boolean;
  /** Seconds of mixed load on the service alone; undefined runs the comparison instead. */
  readonly soakSeconds: number | undefined;
}

export const USAGE = `Usage: npm run bench -- [options]

Compares the service, the service with batching off, Medplum's $graphql and
a hand-written REST client on the canonical queries, with a latency proxy
between each and the sandbox FHIR server.

  --quick             200 members, connections 1 and 16, load runs of one
                      request per connection and at least 4 requests
  --members N         generated members (default 2000; 200 with --quick)
  --seed N            member generator seed (default 2026)
  --delay MS          delay per backend request in ms (default 20)
  --jitter MS         extra random delay per backend request, 0 to MS (default 0)
  --rounds N          requests per connection in each load run (default 3;
                      1 with --quick); runs send at least 20 (4 with --quick)
  --duration S        run each load run for S seconds instead of --rounds
  --concurrency LIST  comma-separated connection counts (default 1,16,64;
                      1,16 with --quick)
  --modes LIST        comma-separated subset of ${MODES.map((m) => m.name).join(',')}
  --public-cache      keep the service's cache of public reads (default off)
  --soak S            run S seconds of mixed load on the service and report RSS
  --help              print this text
`;

/** Parses the command line; raises an Error whose message names the invalid option. */
export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      members: { type: 'string' },
      seed: { type: 'string' },
      delay: { type: 'string' },
      jitter: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      concurrency: { type: 'string' },
      modes: { type: 'string' },
      soak: { type: 'string' },
      'public-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    return 'help';
  }
  const quick = values.quick;
  return {
    quick,
    members: integer('--members', values.members, quick ? 200 : 2000, 20),
    seed: integer('--seed', values.seed, 2026, 0),
    delayMs: integer('--delay', values.delay, 20, 0),
    jitterMs: integer('--jitter', values.jitter, 0, 0),
    durationSeconds:
      values.duration === undefined
        ? undefined
        : integer('--duration', values.duration, 10, 1),
    rounds: integer('--rounds', values.rounds, quick ? 1 : 3, 1),
    minRequests: quick ? 4 : 20,
    concurrencies: integerList(
      '--concurrency',
      values.concurrency ?? (quick ? '1,16' : '1,16,64'),
    ),
    probeRequests: quick ? 5 : 20,
    modes: modeList(values.modes),
    publicCache: values['public-cache'],
    soakSeconds:
      values.soak === undefined
        ? undefined
        : integer('--soak', values.soak, 600, 10),
  };
}

function integer(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
): number {
  if (text === undefined) {
    return fallback;
  }
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `Invalid ${name} "${text}": expected an integer of at least ${min}`,
    );
  }
  return value;
}

function integerList(name: string, text: string): number[] {
  return text.split(',').map((part) => integer(name, part.trim(), 1, 1));
}

function modeList(text: string | undefined): ModeName[] {
  const known = MODES.map((mode) => mode.name);
  if (text === undefined) {
    return known;
  }
  return text.split(',').map((part) => {
    const name = part.trim() as ModeName;
    if (!known.includes(name)) {
      throw new Error(
        `Invalid --modes entry "${part}": expected one of ${known.join(', ')}`,
      );
    }
    return name;
  });
}
