import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT_DIR } from './committed-schema';

describe('codegen.yml output', () => {
  test('matches the committed resolver types', () => {
    // `--check` generates in memory and exits with 1 when a file would change.
    const codegen = join(ROOT_DIR, 'node_modules/.bin/graphql-codegen');
    const run = spawnSync(codegen, ['--config', 'codegen.yml', '--check'], {
      cwd: ROOT_DIR,
      encoding: 'utf8',
    });
    expect(run.stderr + run.stdout).not.toMatch(/error/i);
    expect(run.status).toBe(0);
  });
});
