import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Files of one set: name to content; `.gz` names are gzipped on write. */
export type SetFiles = Record<string, string>;

/** A set of a temporary manifest, with the files of its folder. */
export interface TempSet {
  name: string;
  idPrefix?: string;
  files: SetFiles;
}

/**
 * Writes a data folder under os.tmpdir() with a `sets.json` listing the
 * sets (each in `sets/<index>`), and returns its path.
 */
export function writeDataDir(sets: readonly TempSet[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sandbox-data-'));
  const manifest = sets.map((set, index) => {
    const folder = `sets/${index}`;
    mkdirSync(path.join(dir, folder), { recursive: true });
    for (const [name, content] of Object.entries(set.files)) {
      const bytes = name.endsWith('.gz') ? gzipSync(content) : content;
      writeFileSync(path.join(dir, folder, name), bytes);
    }
    return {
      name: set.name,
      folder,
      ...(set.idPrefix ? { idPrefix: set.idPrefix } : {}),
    };
  });
  writeFileSync(
    path.join(dir, 'sets.json'),
    JSON.stringify({ sets: manifest }),
  );
  return dir;
}

/** Removes a folder made by `writeDataDir`. */
export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Returns the JSON of a minimal resource. */
export function resourceJson(
  resourceType: string,
  id: string,
  extra: object = {},
): string {
  return JSON.stringify({ resourceType, id, ...extra });
}
