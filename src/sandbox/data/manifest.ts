import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DataLoadError } from './errors';

/** One entry of `data/sets.json`: a folder of FHIR resources. */
export interface DataSetEntry {
  /** Unique name, reported in `SandboxData.sets`. */
  name: string;
  /** Folder relative to the data directory. */
  folder: string;
  /** Prepended to every resource id of the set and to its own references. */
  idPrefix?: string;
  /** The reason for the prefix, or other facts a maintainer needs. */
  note?: string;
}

export const MANIFEST_FILE = 'sets.json';

const ID_PREFIX = /^[A-Za-z0-9\-.]{1,20}$/;

/** Reads and checks `sets.json` in `dataDir`. */
export async function readManifest(dataDir: string): Promise<DataSetEntry[]> {
  const file = path.join(dataDir, MANIFEST_FILE);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DataLoadError(
      `Invalid data manifest ${file}: ${errorMessage(error)}`,
    );
  }
  return checkManifest(parsed, file);
}

function checkManifest(value: unknown, file: string): DataSetEntry[] {
  if (!isRecord(value) || !Array.isArray(value.sets)) {
    throw new DataLoadError(
      `Invalid data manifest ${file}: expected an object with a "sets" array`,
    );
  }
  const entries = value.sets.map((set, index) => checkEntry(set, index, file));
  const names = new Set<string>();
  for (const entry of entries) {
    if (names.has(entry.name)) {
      throw new DataLoadError(
        `Invalid data manifest ${file}: set name "${entry.name}" is used twice`,
      );
    }
    names.add(entry.name);
  }
  return entries;
}

function checkEntry(value: unknown, index: number, file: string): DataSetEntry {
  const where = `Invalid data manifest ${file}: sets[${index}]`;
  if (!isRecord(value)) {
    throw new DataLoadError(`${where} must be an object`);
  }
  const { name, folder, idPrefix, note } = value;
  if (typeof name !== 'string' || name === '') {
    throw new DataLoadError(`${where}.name must be a non-empty string`);
  }
  if (typeof folder !== 'string' || !isInside(folder)) {
    throw new DataLoadError(
      `${where}.folder must be a relative path inside the data directory, got ${JSON.stringify(folder)}`,
    );
  }
  if (idPrefix !== undefined && !isIdPrefix(idPrefix)) {
    throw new DataLoadError(
      `${where}.idPrefix must be 1 to 20 of [A-Za-z0-9-.], got ${JSON.stringify(idPrefix)}`,
    );
  }
  if (note !== undefined && typeof note !== 'string') {
    throw new DataLoadError(`${where}.note must be a string`);
  }
  return {
    name,
    folder,
    ...(idPrefix ? { idPrefix } : {}),
    ...(note ? { note } : {}),
  };
}

function isIdPrefix(value: unknown): value is string {
  return typeof value === 'string' && ID_PREFIX.test(value);
}

function isInside(folder: string): boolean {
  const normalized = path.normalize(folder);
  return (
    folder !== '' &&
    !path.isAbsolute(normalized) &&
    normalized.split(path.sep)[0] !== '..'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
