import {
  buildProviderDirectory,
  type ProviderDirectory,
} from '../members/directory';
import { generateMembers } from '../members/generate';
import { DataLoadError } from './errors';
import type { SourcedResource, StoredResource } from './read-files';
import type { LoadedSet, MemberOptions } from './types';

/** Name of the generated members in `SandboxData.sets`. */
export const MEMBER_SET_NAME = 'generated/members';
/** Sets whose providers, plans and drugs the members' claims point at. */
export const DIRECTORY_SET_NAME = 'plan-net/ri-directory';
export const FORMULARY_SET_NAME = 'usdf/ri-formulary';

/**
 * Builds the generator's provider directory from the loaded Plan-Net
 * reference directory and US Drug Formulary reference sets.
 */
export function directoryFromSets(
  sets: readonly LoadedSet[],
): ProviderDirectory {
  return buildProviderDirectory({
    planNet: resourcesOf(sets, DIRECTORY_SET_NAME),
    formulary: resourcesOf(sets, FORMULARY_SET_NAME),
  });
}

/**
 * Generates the members from the loaded sets, each tagged with the
 * generator options as its source for error messages.
 */
export function generateMemberResources(
  sets: readonly LoadedSet[],
  options: MemberOptions,
): SourcedResource[] {
  const directory = directoryFromSets(sets);
  const today = options.today ? `, today ${options.today}` : '';
  const source = `generated members (count ${options.count}, seed ${options.seed}${today})`;
  return generateMembers({ ...options, directory }).map((resource) => {
    // Every generated resource has an id.
    const stored = resource as StoredResource;
    return {
      resource: stored,
      source,
      sourceKey: `${stored.resourceType}/${stored.id}`,
    };
  });
}

function resourcesOf(
  sets: readonly LoadedSet[],
  name: string,
): StoredResource[] {
  const set = sets.find((candidate) => candidate.summary.name === name);
  if (!set) {
    throw new DataLoadError(
      `Generated members need the data set "${name}", which data/sets.json does not list; add it or load with members: false`,
    );
  }
  return set.resources.map((entry) => entry.resource);
}
