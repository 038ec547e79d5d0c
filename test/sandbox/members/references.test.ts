import { MemoryRepository } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import {
  loadSandboxData,
  type SandboxData,
} from '../../../src/sandbox/data/load';
import {
  forEachReference,
  parseRelativeReference,
} from '../../../src/sandbox/data/references';

let data: SandboxData;
let byKey: Map<string, SandboxData['resources'][number]>;
let generated: SandboxData['resources'];

beforeAll(async () => {
  data = await loadSandboxData();
  byKey = new Map(data.resources.map((r) => [`${r.resourceType}/${r.id}`, r]));
  generated = data.resources.filter((r) => r.id.startsWith('member-'));
});

/** Returns every reference a resource holds, by form. */
function referencesOf(resource: SandboxData['resources'][number]) {
  const found = {
    relative: [] as string[],
    versioned: [] as string[],
    contained: [] as string[],
    other: [] as string[],
  };
  forEachReference(resource, ({ reference }) => {
    const parsed = parseRelativeReference(reference);
    if (reference.startsWith('#')) found.contained.push(reference);
    else if (parsed?.versionId) found.versioned.push(reference);
    else if (parsed) found.relative.push(reference);
    else found.other.push(reference);
  });
  return found;
}

describe('generated member references', () => {
  it('resolve every relative reference inside the loaded data', () => {
    let count = 0;
    for (const resource of generated) {
      for (const reference of referencesOf(resource).relative) {
        count += 1;
        expect([resource.id, reference, byKey.has(reference)]).toEqual([
          resource.id,
          reference,
          true,
        ]);
      }
    }
    expect(count).toBe(35410);
  });

  it('resolve every versioned reference to that version', () => {
    const versioned = generated.flatMap(
      (resource) => referencesOf(resource).versioned,
    );
    expect(versioned).toHaveLength(231);
    for (const reference of versioned) {
      const parsed = parseRelativeReference(reference);
      const target = byKey.get(`${parsed?.resourceType}/${parsed?.id}`);
      expect([
        reference,
        parsed?.resourceType,
        target?.meta?.versionId,
      ]).toEqual([reference, 'Practitioner', '1']);
    }
  });

  it('resolve every contained reference inside its resource', () => {
    let count = 0;
    for (const resource of generated) {
      const contained =
        'contained' in resource && Array.isArray(resource.contained)
          ? resource.contained
          : [];
      const ids = new Set(
        contained.map((inner: { id?: string }) => `#${inner.id}`),
      );
      for (const reference of referencesOf(resource).contained) {
        count += 1;
        expect([resource.id, reference, ids.has(reference)]).toEqual([
          resource.id,
          reference,
          true,
        ]);
      }
    }
    expect(count).toBe(284);
  });

  it('use no other reference forms', () => {
    expect(
      generated.flatMap((resource) => referencesOf(resource).other),
    ).toEqual([]);
  });

  it('point at directory providers, plans and payers', () => {
    const targets = new Set<string>();
    for (const resource of generated) {
      for (const reference of referencesOf(resource).relative) {
        targets.add(reference.split('/')[0] ?? '');
      }
    }
    expect([...targets].sort()).toEqual([
      'Coverage',
      'Organization',
      'Patient',
      'Practitioner',
    ]);
  });

  it('read back from a seeded MemoryRepository by version', async () => {
    // The sandbox stores resources in seeding mode, which keeps meta.versionId;
    // outside it Medplum 5 assigns a random versionId.
    const reference =
      generated.flatMap((resource) => referencesOf(resource).versioned)[0] ??
      '';
    const parsed = parseRelativeReference(reference);
    const target = byKey.get(`${parsed?.resourceType}/${parsed?.id}`);
    const repository = new MemoryRepository();
    await repository.withSeeding(() =>
      repository.createResource(target as Resource),
    );
    const read = await repository.readVersion(
      'Practitioner',
      parsed?.id ?? '',
      parsed?.versionId ?? '',
    );
    expect(read.id).toBe(parsed?.id);
  });
});
