import { loadDataSets } from '../../../src/sandbox/data/load';
import { directoryFromSets } from '../../../src/sandbox/data/member-set';
import type { ProviderDirectory } from '../../../src/sandbox/members/directory';

/** Builds the generator's directory from the repository's data sets. */
export async function loadDirectory(): Promise<ProviderDirectory> {
  return directoryFromSets(await loadDataSets(`${__dirname}/../../../data`));
}
