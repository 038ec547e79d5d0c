import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DEFAULT_DATA_DIR } from '../../../src/sandbox/data/load';
import {
  parseMembersArgs,
  toNdjson,
  writeMembers,
} from '../../../src/sandbox/members/cli';
import { generateMembers } from '../../../src/sandbox/members/generate';
import { loadDirectory } from './directory-fixture';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'members-cli-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseMembersArgs', () => {
  it('applies the defaults', () => {
    expect(parseMembersArgs([])).toEqual({
      count: 200,
      seed: 2026,
      today: '2026-11-30',
      out: path.join(DEFAULT_DATA_DIR, 'generated', 'members.ndjson.gz'),
      dataDir: DEFAULT_DATA_DIR,
    });
  });

  it('reads every option', () => {
    const argv = [
      '--count',
      '3',
      '--seed',
      '9',
      '--today',
      '2025-01-31',
      '--out',
      'x.gz',
      '--data-dir',
      'd',
    ];
    expect(parseMembersArgs(argv)).toEqual({
      count: 3,
      seed: 9,
      today: '2025-01-31',
      out: 'x.gz',
      dataDir: 'd',
    });
  });

  it('returns undefined for --help', () => {
    expect(parseMembersArgs(['--help'])).toBeUndefined();
  });

  it('rejects a count that is not a number', () => {
    expect(() => parseMembersArgs(['--count', 'ten'])).toThrow(
      '--count must be a non-negative integer, got "ten"',
    );
  });

  it('rejects an unknown option', () => {
    expect(() => parseMembersArgs(['--members', '3'])).toThrow(
      "Unknown option '--members'",
    );
  });
});

describe('writeMembers', () => {
  it('writes the generated members as gzipped NDJSON', async () => {
    const out = path.join(dir, 'nested', 'members.ndjson.gz');
    const counts = await writeMembers({
      count: 3,
      seed: 9,
      today: '2026-11-30',
      out,
      dataDir: DEFAULT_DATA_DIR,
    });
    const text = gunzipSync(readFileSync(out)).toString('utf8');
    const expected = toNdjson(
      generateMembers({ count: 3, seed: 9, directory: await loadDirectory() }),
    );
    expect(text).toBe(expected);
    const lines = text.trimEnd().split('\n');
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    expect(lines).toHaveLength(total);
    expect(counts).toEqual({
      Patient: 3,
      Coverage: 3,
      ExplanationOfBenefit: 86,
    });
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      resourceType: 'Patient',
      id: 'member-0001',
    });
  });
});
