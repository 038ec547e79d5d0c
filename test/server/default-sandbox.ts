import type { Resource } from 'fhir/r4';
import { loadSandboxData } from '../../src/sandbox/data/load';
import { startSandbox, type Sandbox } from '../../src/sandbox/server';

export interface DefaultSandbox {
  readonly sandbox: Sandbox;
  /** Every resource the sandbox serves. */
  readonly resources: readonly Resource[];
}

/**
 * Starts the sandbox on a free port with the default data: the fixtures
 * and 200 generated members.
 */
export async function startDefaultSandbox(): Promise<DefaultSandbox> {
  const { resources } = await loadSandboxData();
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
