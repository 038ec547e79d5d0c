import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/**
 * Starts a TypeScript file of bench/ in a Node process of its own, with
 * an IPC channel. It runs with this process's exec arguments, which carry
 * tsx's loader when the benchmark runs under tsx; otherwise it gets
 * `--import tsx`.
 */
export function forkBenchFile(file: string, args: string[]): ChildProcess {
  const execArgv =
    process.execArgv.length > 0 ? process.execArgv : ['--import', 'tsx'];
  return fork(path.join(__dirname, file), args, {
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/**
 * Waits for the first message from `child` that `accept` turns into a
 * value. Rejects when `accept` throws, the child exits first or
 * `timeoutMs` passes.
 */
export function nextMessage<T>(
  child: ChildProcess,
  accept: (message: unknown) => T | undefined,
  timeoutMs: number,
  description: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (message: unknown) => {
      let value: T | undefined;
      try {
        value = accept(message);
      } catch (error) {
        cleanUp();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (value !== undefined) {
        cleanUp();
        resolve(value);
      }
    };
    const onExit = (code: number | null) => {
      cleanUp();
      reject(
        new Error(`${description}: child process exited with code ${code}`),
      );
    };
    const timer = setTimeout(() => {
      cleanUp();
      reject(new Error(`${description}: no reply within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Asks `child` to stop with `message`, then kills it if it has not exited within 5 seconds. */
export async function stopChild(
  child: ChildProcess,
  message: object,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => resolve()),
  );
  child.send(message);
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
