import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataLoadError, loadSandboxData } from '../../../src/sandbox/data/load';
import {
  removeDataDir,
  resourceJson,
  writeDataDir,
  type TempSet,
} from './temp-data-dir';

const dirs: string[] = [];

afterAll(() => dirs.forEach(removeDataDir));

function makeDir(sets: readonly TempSet[]): string {
  const dir = writeDataDir(sets);
  dirs.push(dir);
  return dir;
}

function load(sets: readonly TempSet[]) {
  const dir = makeDir(sets);
  return { dir, result: loadSandboxData({ dataDir: dir, members: false }) };
}

function loadManifest(manifest: unknown) {
  const dir = makeDir([]);
  const file = path.join(dir, 'sets.json');
  writeFileSync(file, JSON.stringify(manifest));
  return { file, result: loadSandboxData({ dataDir: dir, members: false }) };
}

describe('loadSandboxData rejects malformed data', () => {
  it('rejects a malformed JSON file', async () => {
    const { dir, result } = load([
      {
        name: 'a',
        files: { 'Patient-p1.json': '{"resourceType": "Patient",' },
      },
    ]);
    const file = path.join(dir, 'sets/0/Patient-p1.json');
    await expect(result).rejects.toThrow(DataLoadError);
    await expect(result).rejects.toThrow(`Invalid JSON in ${file}: `);
  });

  it('rejects a malformed NDJSON line', async () => {
    const lines = [
      resourceJson('Patient', 'p1'),
      '{"resourceType": "Patient", "id": "p2"',
      resourceJson('Patient', 'p3'),
    ];
    const { dir, result } = load([
      { name: 'a', files: { 'Patient.ndjson.gz': lines.join('\n') } },
    ]);
    const file = path.join(dir, 'sets/0/Patient.ndjson.gz');
    await expect(result).rejects.toThrow(`Invalid JSON in ${file} line 2: `);
  });

  it('rejects an NDJSON line without an id', async () => {
    const lines = [
      resourceJson('Patient', 'p1'),
      '',
      JSON.stringify({ resourceType: 'Patient' }),
    ];
    const { dir, result } = load([
      { name: 'a', files: { 'Patient.ndjson': lines.join('\n') } },
    ]);
    const file = path.join(dir, 'sets/0/Patient.ndjson');
    await expect(result).rejects.toThrow(
      `Invalid resource in ${file} line 3: expected an object with a string resourceType and an id of 1 to 64 [A-Za-z0-9-.], got resourceType "Patient", id undefined`,
    );
  });

  it('rejects a JSON file without a resourceType', async () => {
    const { dir, result } = load([
      { name: 'a', files: { 'x.json': '{"id": "x1"}' } },
    ]);
    const file = path.join(dir, 'sets/0/x.json');
    await expect(result).rejects.toThrow(
      `Invalid resource in ${file}: expected an object with a string resourceType`,
    );
  });

  it('rejects a file of another format', async () => {
    const { dir, result } = load([
      { name: 'a', files: { 'README.md': '# notes' } },
    ]);
    const file = path.join(dir, 'sets/0/README.md');
    await expect(result).rejects.toThrow(
      `Unsupported data file ${file}: expected *.json, *.ndjson or *.ndjson.gz`,
    );
  });

  it('rejects an id used by two sets, naming both files', async () => {
    const { dir, result } = load([
      {
        name: 'a',
        files: { 'Patient-p1.json': resourceJson('Patient', 'p1') },
      },
      {
        name: 'b',
        files: {
          'Patient.ndjson.gz': `${resourceJson('Patient', 'p0')}\n${resourceJson('Patient', 'p1', { active: true })}\n`,
        },
      },
    ]);
    const first = path.join(dir, 'sets/0/Patient-p1.json');
    const second = path.join(dir, 'sets/1/Patient.ndjson.gz line 2');
    await expect(result).rejects.toThrow(
      `Duplicate resource Patient/p1 with different content: Patient/p1 in ${first} and Patient/p1 in ${second}; give one of the sets an idPrefix in data/sets.json`,
    );
  });

  it('rejects identical copies too', async () => {
    const { result } = load([
      { name: 'a', files: { 'p.json': resourceJson('Patient', 'p1') } },
      { name: 'b', files: { 'p.json': resourceJson('Patient', 'p1') } },
    ]);
    await expect(result).rejects.toThrow(
      'Duplicate resource Patient/p1 with identical content',
    );
  });

  it('names the source id of a prefixed duplicate', async () => {
    const { dir, result } = load([
      { name: 'a', files: { 'p.json': resourceJson('Patient', 'old-p1') } },
      {
        name: 'b',
        idPrefix: 'old-',
        files: { 'p.json': resourceJson('Patient', 'p1') },
      },
    ]);
    await expect(result).rejects.toThrow(
      `Duplicate resource Patient/old-p1 with identical content: Patient/old-p1 in ${path.join(dir, 'sets/0/p.json')} and Patient/p1 in ${path.join(dir, 'sets/1/p.json')}`,
    );
  });

  it('rejects a manifest entry without a folder', async () => {
    const { file, result } = loadManifest({ sets: [{ name: 'a' }] });
    await expect(result).rejects.toThrow(
      `Invalid data manifest ${file}: sets[0].folder must be a relative path inside the data directory, got undefined`,
    );
  });

  it('rejects a folder outside the data directory', async () => {
    const { result } = loadManifest({ sets: [{ name: 'a', folder: '../x' }] });
    await expect(result).rejects.toThrow(
      'sets[0].folder must be a relative path inside the data directory, got "../x"',
    );
  });

  it('rejects an id prefix that makes an id too long', async () => {
    const { result } = load([
      {
        name: 'a',
        idPrefix: 'prefix-',
        files: { 'p.json': resourceJson('Patient', 'x'.repeat(60)) },
      },
    ]);
    await expect(result).rejects.toThrow(
      `Id prefix "prefix-" makes Patient/${'x'.repeat(60)} in`,
    );
  });

  it('rejects a set name used twice', async () => {
    const { file, result } = loadManifest({
      sets: [
        { name: 'a', folder: 'x' },
        { name: 'a', folder: 'y' },
      ],
    });
    await expect(result).rejects.toThrow(
      `Invalid data manifest ${file}: set name "a" is used twice`,
    );
  });

  it('rejects a missing set folder', async () => {
    const { result } = loadManifest({
      sets: [{ name: 'a', folder: 'missing' }],
    });
    await expect(result).rejects.toThrow('Cannot read data set folder');
  });

  it('rejects members without the directory sets', async () => {
    const dir = makeDir([{ name: 'a', files: {} }]);
    await expect(loadSandboxData({ dataDir: dir })).rejects.toThrow(
      'Generated members need the data set "plan-net/ri-directory", which data/sets.json does not list; add it or load with members: false',
    );
  });
});
