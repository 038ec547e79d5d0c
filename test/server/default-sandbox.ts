import type { Resource } from 'fhir/r4';
import { loadSandboxData } from '../../src/sandbox/data/load';
import { DEFAULT_MEMBER_SEED } from '../../src/sandbox/members/generate';
import { startSandbox, type Sandbox } from '../../src/sandbox/server';

/**
 * Generated members the test sandboxes load. Member N does not depend on
 * the count, so `member-0001` to `member-0010` are the same as in the
 * default 200, and the sandbox starts faster.
 */
export const TEST_MEMBER_COUNT = 10;

export interface DefaultSandbox {
  readonly sandbox: Sandbox;
  /** Every resource the sandbox serves. */
  readonly resources: readonly Resource[];
}

/**
 * Starts the sandbox on a free port with the vendored data sets and the
 * first `TEST_MEMBER_COUNT` generated members.
 */
export async function startDefaultSandbox(): Promise<DefaultSandbox> {
  const { resources } = await loadSandboxData({
    members: { count: TEST_MEMBER_COUNT, seed: DEFAULT_MEMBER_SEED },
  });
  const sandbox = await startSandbox({ resources, port: 0 });
  return { sandbox, resources };
}

/** Returns the ids of the resources of `resourceType` in `resources`. */
export function idsOf(
  resources: readonly Resource[],
  resourceType: string,
): string[] {
  return resources
    .filter((resource) => resource.resourceType === resourceType)
    .map((resource) => resource.id ?? '');
}
