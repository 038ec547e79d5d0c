import type { SourcedResource, StoredResource } from './read-files';

/** Options of the generated members; see `generateMembers`. */
export interface MemberOptions {
  count: number;
  seed: number;
  /** Reference day as YYYY-MM-DD; the generator's default when absent. */
  today?: string;
}

/** Options of `loadSandboxData`. */
export interface LoadOptions {
  /** Folder with `sets.json`; the repository's `data/` when absent. */
  dataDir?: string;
  /** Generated members to add, or false for the vendored sets only. */
  members?: MemberOptions | false;
}

/** Summary of one loaded set. */
export interface SandboxDataSet {
  name: string;
  /** Folder relative to the data directory; absent for generated members. */
  folder?: string;
  idPrefix?: string;
  /** Files read, relative to the data directory. */
  files: string[];
  resourceCount: number;
  countsByType: Record<string, number>;
  /** Numeric `Identifier.value`s stored as strings; see repair.ts. */
  repairedIdentifierValues?: number;
}

/** The sandbox's resources, ready to be stored, with counts per set. */
export interface SandboxData {
  resources: StoredResource[];
  countsByType: Record<string, number>;
  sets: SandboxDataSet[];
}

/** One set as read, before the cross-set id check. */
export interface LoadedSet {
  summary: SandboxDataSet;
  resources: SourcedResource[];
}
