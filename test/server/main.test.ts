import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.join(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface Exit {
  readonly code: number | null;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs the service's entry point with only `env` and PATH set. */
function runMain(env: Record<string, string>): Promise<Exit> {
  const started = performance.now();
  const child = spawn(TSX, ['src/server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => {
    child.on('close', (code) =>
      resolve({ code, stderr, ms: performance.now() - started }),
    );
  });
}

describe('main', () => {
  it('stops on an invalid FHIR_BASE_URL', async () => {
    const exit = await runMain({ FHIR_BASE_URL: 'not-a-url' });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(
      /^Invalid configuration: FHIR_BASE_URL: .*"not-a-url".*; expected .*URL/,
    );
    expect(exit.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    // It fails before loading the sandbox data or opening any port.
    expect(exit.ms).toBeLessThan(15_000);
  });

  it('stops on an invalid limit', async () => {
    const exit = await runMain({ MAX_QUERY_DEPTH: 'deep' });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toBe(
      'Invalid configuration: MAX_QUERY_DEPTH: invalid value "deep"; expected an integer from 1 to 2147483647\n',
    );
  });
});
