import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { CapabilityStatement, Resource } from 'fhir/r4';
import { DEFAULT_DATA_DIR } from '../../src/sandbox/data/load';
import { readFixtureResources } from './fixture-resources';
import type { TestSandbox } from './test-sandbox';
import {
  fetchJson,
  getBundle,
  getOutcome,
  startTestSandbox,
} from './test-sandbox';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
});

/** Returns the resource without the meta fields the server sets. */
function comparable(resource: Resource): Resource {
  const meta = { ...resource.meta };
  delete meta.versionId;
  delete meta.lastUpdated;
  const copy = { ...resource, meta };
  return Object.keys(meta).length > 0 ? copy : { ...resource, meta: {} };
}

// Jest's toEqual takes seconds on the 60 MB of generated EOBs, so it only
// runs to describe a difference that isDeepStrictEqual found. The JSON round
// trip gives `served` this realm's Object prototype, which fetch's JSON
// parser (outside Jest's sandbox) does not.
function expectSameContent(served: Resource, loaded: Resource): void {
  const sameRealm = JSON.parse(JSON.stringify(served)) as Resource;
  const [actual, expected] = [comparable(sameRealm), comparable(loaded)];
  if (!isDeepStrictEqual(actual, expected)) {
    expect(actual).toEqual(expected);
  }
}

function groupByType(resources: readonly Resource[]): Map<string, Resource[]> {
  const groups = new Map<string, Resource[]>();
  for (const resource of resources) {
    const group = groups.get(resource.resourceType) ?? [];
    group.push(resource);
    groups.set(resource.resourceType, group);
  }
  return groups;
}

describe('sandbox server', () => {
  it('listens on 127.0.0.1 under /fhir/R4', () => {
    expect(sandbox.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fhir\/R4$/);
  });

  it('returns every loaded resource through _id searches', async () => {
    for (const [type, resources] of groupByType(sandbox.resources)) {
      for (let start = 0; start < resources.length; start += 150) {
        const chunk = resources.slice(start, start + 150);
        const ids = chunk.map((resource) => resource.id).join(',');
        const { body } = await getBundle(
          `${sandbox.baseUrl}/${type}?_id=${ids}&_count=150`,
        );
        expect(body.total).toBe(chunk.length);
        const byId = new Map(
          (body.entry ?? []).map((entry) => [entry.resource?.id, entry]),
        );
        for (const resource of chunk) {
          const entry = byId.get(resource.id);
          expect(entry?.fullUrl).toBe(
            `${sandbox.baseUrl}/${type}/${resource.id}`,
          );
          expectSameContent(entry?.resource as Resource, resource);
        }
      }
    }
  });

  it('contains every vendored fixture resource', () => {
    const loaded = new Set(
      sandbox.resources.map((r) => `${r.resourceType}/${r.id}`),
    );
    const missing: string[] = [];
    const fixtures = readFixtureResources();
    expect(fixtures.length).toBeGreaterThan(11000);
    for (const { resource, file } of fixtures) {
      const folder = path.relative(DEFAULT_DATA_DIR, path.dirname(file));
      const set = sandbox.data.sets.find((item) => item.folder === folder);
      const key = `${resource.resourceType}/${set?.idPrefix ?? ''}${resource.id}`;
      if (!loaded.has(key)) {
        missing.push(`${key} from ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('reads a sample of resources by id', async () => {
    const sample = sandbox.resources.filter((_, index) => index % 97 === 0);
    expect(sample.length).toBeGreaterThan(100);
    for (const resource of sample) {
      const url = `${sandbox.baseUrl}/${resource.resourceType}/${resource.id}`;
      const { status, body, headers } = await fetchJson(url);
      expect(status).toBe(200);
      expect(headers.get('etag')).toBe('W/"1"');
      expectSameContent(body, resource);
    }
  });

  it('counts each type as the loader does', async () => {
    const counts = Object.entries(sandbox.data.countsByType);
    expect(counts.length).toBeGreaterThan(10);
    for (const [type, count] of counts) {
      const { body } = await getBundle(
        `${sandbox.baseUrl}/${type}?_summary=count`,
      );
      expect({ type, total: body.total }).toEqual({ type, total: count });
      expect(body.entry).toBeUndefined();
    }
  });

  it('reads version 1 of each resource', async () => {
    const url = `${sandbox.baseUrl}/Patient/Patient1/_history/1`;
    const { status, body } = await fetchJson(url);
    expect(status).toBe(200);
    expect(body.id).toBe('Patient1');
    expect(body.meta?.versionId).toBe('1');
  });

  it('returns the instance history', async () => {
    const url = `${sandbox.baseUrl}/Coverage/Coverage1/_history`;
    const { status, body } = await getBundle(url);
    expect(status).toBe(200);
    expect(body.type).toBe('history');
    expect(body.total).toBe(1);
    expect(body.entry?.[0]?.fullUrl).toBe(
      `${sandbox.baseUrl}/Coverage/Coverage1`,
    );
  });

  it('answers 404 for an unknown id', async () => {
    const { status, body } = await getOutcome(
      `${sandbox.baseUrl}/Patient/no-such-patient`,
    );
    expect(status).toBe(404);
    expect(body.resourceType).toBe('OperationOutcome');
    expect(body.issue[0]?.code).toBe('not-found');
    expect(body.issue[0]?.diagnostics).toBe(
      'Resource Patient/no-such-patient not found',
    );
  });

  it('answers 404 for an unknown version', async () => {
    const { status, body } = await getOutcome(
      `${sandbox.baseUrl}/Patient/Patient1/_history/2`,
    );
    expect(status).toBe(404);
    expect(body.issue[0]?.code).toBe('not-found');
  });

  it('answers 404 for an unknown resource type', async () => {
    for (const type of ['NoSuchType', 'FormularyItem', 'Observation']) {
      const { status, body } = await getOutcome(`${sandbox.baseUrl}/${type}`);
      expect({ type, status }).toEqual({ type, status: 404 });
      expect(body.resourceType).toBe('OperationOutcome');
      expect(body.issue[0]?.code).toBe('not-found');
    }
  });
});

describe('sandbox metadata', () => {
  let statement: CapabilityStatement;

  beforeAll(async () => {
    const { body } = await fetchJson<CapabilityStatement>(
      `${sandbox.baseUrl}/metadata`,
    );
    statement = body;
  });

  function searchParamsOf(type: string): string[] {
    const resource = statement.rest?.[0]?.resource?.find(
      (item) => item.type === type,
    );
    return (resource?.searchParam ?? []).map((parameter) => parameter.name);
  }

  it('lists every loaded type and no R5 type', () => {
    const types = statement.rest?.[0]?.resource?.map((item) => item.type);
    const loaded = new Set(sandbox.resources.map((r) => r.resourceType));
    expect(types).toEqual(expect.arrayContaining([...loaded]));
    expect(types).not.toContain('FormularyItem');
    expect(statement.fhirVersion).toBe('4.0.1');
  });

  it('lists IG search parameters', () => {
    expect(searchParamsOf('ExplanationOfBenefit')).toEqual(
      expect.arrayContaining(['service-date', 'billable-period-start']),
    );
    expect(searchParamsOf('PractitionerRole')).toContain('network');
    expect(searchParamsOf('Organization')).toContain('coverage-area');
    expect(searchParamsOf('Basic')).toEqual(
      expect.arrayContaining(['formulary', 'drug-tier']),
    );
    expect(searchParamsOf('MedicationKnowledge')).toContain('drug-name');
  });

  it('leaves out parameters it cannot search', () => {
    // Medplum-only, and a quantity parameter MemoryRepository cannot match.
    expect(searchParamsOf('Patient')).not.toContain('_compartment');
    expect(searchParamsOf('Location')).not.toContain('near');
  });
});
