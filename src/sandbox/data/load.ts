import path from 'node:path';
import { DEFAULT_MEMBER_COUNT, DEFAULT_MEMBER_SEED } from '../members/generate';
import { applyIdPrefix } from './id-prefix';
import { readManifest, type DataSetEntry } from './manifest';
import { generateMemberResources, MEMBER_SET_NAME } from './member-set';
import { repairIdentifierValues } from './repair';
import { readSetFolder, type SourcedResource } from './read-files';
import type { LoadedSet, LoadOptions, SandboxData } from './types';
import { checkUniqueIds } from './unique-ids';

export { DataLoadError } from './errors';
export type {
  LoadOptions,
  MemberOptions,
  SandboxData,
  SandboxDataSet,
} from './types';

/** The repository's `data/` folder. */
export const DEFAULT_DATA_DIR = path.resolve(__dirname, '../../../data');

/**
 * Loads the sandbox data: every set listed in `<dataDir>/sets.json`, with
 * its id prefix applied, then the generated members (by default 200 with
 * the default seed). Rejects with a DataLoadError naming the file when a
 * file is malformed, and naming both files when two resources share a
 * `Type/id`.
 */
export async function loadSandboxData(
  options: LoadOptions = {},
): Promise<SandboxData> {
  const sets = await loadDataSets(options.dataDir ?? DEFAULT_DATA_DIR);
  const members = options.members ?? {
    count: DEFAULT_MEMBER_COUNT,
    seed: DEFAULT_MEMBER_SEED,
  };
  if (members !== false) {
    sets.push(
      toLoadedSet(MEMBER_SET_NAME, generateMemberResources(sets, members), []),
    );
  }
  const all = sets.flatMap((set) => set.resources);
  checkUniqueIds(all);
  return {
    resources: all.map((entry) => entry.resource),
    countsByType: countByType(all),
    sets: sets.map((set) => set.summary),
  };
}

/**
 * Reads the sets listed in `<dataDir>/sets.json`, in manifest order, with
 * their id prefixes applied. Ids are not yet checked across sets.
 */
export async function loadDataSets(dataDir: string): Promise<LoadedSet[]> {
  const manifest = await readManifest(dataDir);
  return Promise.all(manifest.map((entry) => loadSet(dataDir, entry)));
}

async function loadSet(
  dataDir: string,
  entry: DataSetEntry,
): Promise<LoadedSet> {
  const contents = await readSetFolder(path.join(dataDir, entry.folder));
  if (entry.idPrefix) {
    applyIdPrefix(contents.resources, entry.idPrefix);
  }
  const repaired = contents.resources.reduce(
    (count, { resource }) => count + repairIdentifierValues(resource),
    0,
  );
  const files = contents.files.map((file) => path.relative(dataDir, file));
  const loaded = toLoadedSet(entry.name, contents.resources, files);
  if (repaired > 0) {
    loaded.summary.repairedIdentifierValues = repaired;
  }
  loaded.summary.folder = entry.folder;
  if (entry.idPrefix) {
    loaded.summary.idPrefix = entry.idPrefix;
  }
  return loaded;
}

function toLoadedSet(
  name: string,
  resources: SourcedResource[],
  files: string[],
): LoadedSet {
  return {
    summary: {
      name,
      files,
      resourceCount: resources.length,
      countsByType: countByType(resources),
    },
    resources,
  };
}

function countByType(
  resources: readonly SourcedResource[],
): Record<string, number> {
  const counts = new Map<string, number>();
  for (const { resource } of resources) {
    counts.set(
      resource.resourceType,
      (counts.get(resource.resourceType) ?? 0) + 1,
    );
  }
  // Sorted keys, so printed counts compare equal between runs.
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}
