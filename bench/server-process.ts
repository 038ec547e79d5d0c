import type { ChildProcess } from 'node:child_process';
import { forkBenchFile, nextMessage, stopChild } from './child';
import type { ProcessStats, ServeConfig, ServeMessage } from './modes';

/** Data loading for mode "medplum" takes about 20 s for 2,000 members on a shared 2-core machine. */
const START_TIMEOUT_MS = 300_000;

/** One bench/serve.ts process, as the benchmark drives it. */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    /** GraphQL URL of the implementation under test. */
    readonly url: string,
  ) {}

  /** Forks bench/serve.ts with `config` and waits until it listens. */
  static async start(config: ServeConfig): Promise<ServerProcess> {
    const child = forkBenchFile('serve.ts', [JSON.stringify(config)]);
    const url = await nextMessage(
      child,
      (message) => {
        const typed = message as ServeMessage;
        if (typed.kind === 'failed') {
          throw new Error(
            `mode ${config.mode} failed to start: ${typed.message}`,
          );
        }
        return typed.kind === 'ready' ? typed.url : undefined;
      },
      START_TIMEOUT_MS,
      `start of mode ${config.mode}`,
    ).catch(async (error: unknown) => {
      child.kill('SIGKILL');
      throw error;
    });
    return new ServerProcess(child, url);
  }

  /** Reads the process's CPU time and RSS. */
  stats(): Promise<ProcessStats> {
    const answer = nextMessage(
      this.child,
      (message) => {
        const typed = message as ServeMessage;
        return typed.kind === 'stats' ? typed.stats : undefined;
      },
      10_000,
      'stats',
    );
    this.child.send({ kind: 'stats' });
    return answer;
  }

  stop(): Promise<void> {
    return stopChild(this.child, { kind: 'stop' });
  }
}
