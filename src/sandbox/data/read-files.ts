import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Resource } from 'fhir/r4';
import { DataLoadError } from './errors';
import { RESOURCE_ID } from './references';

/** A resource that has an id, as every stored resource does. */
export type StoredResource = Resource & { id: string };

/** A resource with the place it was read from, for error messages. */
export interface SourcedResource {
  resource: StoredResource;
  /** The file, plus `line N` for NDJSON. */
  source: string;
  /** `Type/id` as written in the source, before any id prefix. */
  sourceKey: string;
}

/** The resources of one set folder and the files they came from. */
export interface SetFolderContents {
  files: string[];
  resources: SourcedResource[];
}

const gunzipAsync = promisify(gunzip);

/**
 * Reads every file of a set folder in file name order: `*.json` contains one
 * resource, `*.ndjson` and `*.ndjson.gz` one resource per line. Any other
 * file rejects, so a stray file cannot be skipped unnoticed.
 */
export async function readSetFolder(
  folder: string,
): Promise<SetFolderContents> {
  const names = await listFiles(folder);
  const files = names.map((name) => path.join(folder, name));
  const perFile = await Promise.all(files.map(readResourceFile));
  return { files, resources: perFile.flat() };
}

async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.map((entry) => entry.name).sort();
  } catch (error) {
    throw new DataLoadError(
      `Cannot read data set folder ${folder}: ${errorMessage(error)}`,
    );
  }
}

/** Reads one resource file; see `readSetFolder` for the formats. */
export async function readResourceFile(
  file: string,
): Promise<SourcedResource[]> {
  if (file.endsWith('.json')) {
    const text = await readFile(file, 'utf8');
    return [toSourcedResource(parseJson(text, file), file)];
  }
  if (file.endsWith('.ndjson.gz')) {
    const text = (await gunzipOrReject(file)).toString('utf8');
    return parseNdjson(text, file);
  }
  if (file.endsWith('.ndjson')) {
    return parseNdjson(await readFile(file, 'utf8'), file);
  }
  throw new DataLoadError(
    `Unsupported data file ${file}: expected *.json, *.ndjson or *.ndjson.gz`,
  );
}

async function gunzipOrReject(file: string): Promise<Buffer> {
  try {
    return await gunzipAsync(await readFile(file));
  } catch (error) {
    throw new DataLoadError(
      `Invalid gzip file ${file}: ${errorMessage(error)}`,
    );
  }
}

function parseNdjson(text: string, file: string): SourcedResource[] {
  const resources: SourcedResource[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    // Blank lines (a trailing newline, CRLF endings) carry no resource.
    if (line.trim() === '') {
      continue;
    }
    const source = `${file} line ${index + 1}`;
    resources.push(toSourcedResource(parseJson(line, source), source));
  }
  return resources;
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataLoadError(
      `Invalid JSON in ${source}: ${errorMessage(error)}`,
    );
  }
}

function toSourcedResource(value: unknown, source: string): SourcedResource {
  if (!isResource(value)) {
    throw new DataLoadError(
      `Invalid resource in ${source}: expected an object with a string resourceType and an id of 1 to 64 [A-Za-z0-9-.], got ${describe(value)}`,
    );
  }
  return {
    resource: value,
    source,
    sourceKey: `${value.resourceType}/${value.id}`,
  };
}

function isResource(value: unknown): value is StoredResource {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const { resourceType, id } = value as Record<string, unknown>;
  return (
    typeof resourceType === 'string' &&
    /^[A-Z][A-Za-z]+$/.test(resourceType) &&
    typeof id === 'string' &&
    RESOURCE_ID.test(id)
  );
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return JSON.stringify(value)?.slice(0, 40) ?? String(value);
  }
  const { resourceType, id } = value as Record<string, unknown>;
  return `resourceType ${JSON.stringify(resourceType)}, id ${JSON.stringify(id)}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
