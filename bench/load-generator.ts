import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { forkBenchFile, nextMessage } from './child';
import type { LoadJob, LoadResult, LoadWorkerMessage } from './load-worker';

/** The parent's handle on bench/load-worker.ts. */
export class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadGenerator {
    return new LoadGenerator(forkBenchFile('load-worker.ts', []));
  }

  /** Runs one job and returns its result. */
  run(job: LoadJob): Promise<LoadResult> {
    const answer = nextMessage(
      this.child,
      (message) => {
        const typed = message as LoadWorkerMessage;
        if (typed.kind === 'failed') {
          throw new Error(`load run failed: ${typed.message}`);
        }
        return typed.result;
      },
      // autocannon waits up to 60 s for the last responses. A run of a
      // fixed number of requests has no set length, so it gets 20 minutes.
      ((job.durationSeconds ?? 1110) + 90) * 1000,
      `load run on ${job.url}`,
    );
    this.child.send(job);
    return answer;
  }

  /** Closes the IPC channel, on which the worker exits, and waits for the exit. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) {
      return;
    }
    const exited = once(this.child, 'exit');
    this.child.disconnect();
    await exited;
  }
}
