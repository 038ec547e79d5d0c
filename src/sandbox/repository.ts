import { isResourceType } from '@medplum/core';
import type { Resource } from '@medplum/fhirtypes';
import { MemoryRepository } from '@medplum/fhir-router';
import type { Resource as R4Resource } from 'fhir/r4';

export interface SeededRepository {
  readonly repository: MemoryRepository;
  /** Resources stored, per resource type. */
  readonly countsByType: Readonly<Record<string, number>>;
  /** Resources dropped because a later one had the same type and id. */
  readonly duplicates: number;
  /** Resources dropped because R4 does not define their type, per type. */
  readonly unsupportedByType: Readonly<Record<string, number>>;
}

/**
 * Stores the resources in a new MemoryRepository, each as version "1" so
 * that `Type/id/_history/1` reads it. A resource that repeats an earlier
 * type and id replaces it. A resource without an id gets a generated one.
 */
export async function seedRepository(
  resources: readonly R4Resource[],
): Promise<SeededRepository> {
  const { unique, duplicates, unsupportedByType } = selectResources(resources);
  const repository = new MemoryRepository();
  // Seeding mode keeps the versionId and lastUpdated given in `meta`.
  await repository.withSeeding(async () => {
    for (const resource of unique) {
      await repository.createResource(asFirstVersion(resource));
    }
  });
  return {
    repository,
    countsByType: countByType(unique),
    duplicates,
    unsupportedByType,
  };
}

function selectResources(resources: readonly R4Resource[]): {
  unique: Resource[];
  duplicates: number;
  unsupportedByType: Record<string, number>;
} {
  const byKey = new Map<string, Resource>();
  const unsupportedByType: Record<string, number> = {};
  let withoutId = 0;
  for (const resource of resources) {
    if (!isResourceType(resource.resourceType)) {
      increment(unsupportedByType, resource.resourceType);
      continue;
    }
    // @types/fhir and @medplum/fhirtypes describe the same R4 JSON, and the
    // type was checked against the R4 StructureDefinitions just above.
    const r4 = resource as Resource;
    const key = r4.id ? `${r4.resourceType}/${r4.id}` : `#${withoutId++}`;
    byKey.set(key, r4);
  }
  const unique = [...byKey.values()];
  const duplicates =
    resources.length - totalOf(unsupportedByType) - unique.length;
  return { unique, duplicates, unsupportedByType };
}

function asFirstVersion(resource: Resource): Resource {
  return { ...resource, meta: { ...resource.meta, versionId: '1' } };
}

function countByType(resources: readonly Resource[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const resource of resources) {
    increment(counts, resource.resourceType);
  }
  return counts;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function totalOf(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
