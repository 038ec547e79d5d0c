import pino from 'pino';
import { BackendTarget } from '../../../src/fhir';
import type { BackendCall } from '../../../src/fhir/call';
import type { CacheStore } from '../../../src/server/cache/cache-store';
import { MemoryStore } from '../../../src/server/cache/memory-store';
import {
  containsPhi,
  PublicCache,
} from '../../../src/server/cache/public-cache';

const backend = new BackendTarget({
  name: 'default',
  baseUrl: 'http://127.0.0.1:1/fhir',
  resourceTypes: 'default',
  headers: {},
  forwardAuthorization: false,
});

function callOf(resourceType: string | undefined): BackendCall {
  return {
    backend,
    interaction: 'search',
    resourceType,
    authorizationForwarded: false,
  };
}

const response = {
  status: 200,
  contentType: 'application/fhir+json',
  body: '{}',
};
const URL_A = 'http://127.0.0.1:1/fhir/Practitioner?name=a';

function bundleOf(...resources: object[]): object {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: resources.map((resource) => ({ resource })),
  };
}

describe('PublicCache', () => {
  let lookups: string[];
  let cache: PublicCache;

  beforeEach(() => {
    lookups = [];
    cache = new PublicCache({
      store: new MemoryStore(10, 1024 * 1024),
      ttlMs: 60_000,
      logger: pino({ level: 'silent' }),
      onLookup: (result) => lookups.push(result),
    });
  });

  it('stores a public search', async () => {
    const call = callOf('Practitioner');
    const json = bundleOf({ resourceType: 'Practitioner', id: 'p' });
    await cache.set(URL_A, call, response, json);
    expect(await cache.get(URL_A, call)).toEqual(response);
    expect(lookups).toEqual(['hit']);
  });

  it('counts a miss', async () => {
    expect(await cache.get(URL_A, callOf('Practitioner'))).toBeUndefined();
    expect(lookups).toEqual(['miss']);
  });

  it.each(['Patient', 'Coverage', 'ExplanationOfBenefit', 'RelatedPerson'])(
    'never stores a %s call',
    async (resourceType) => {
      const call = callOf(resourceType);
      await cache.set(URL_A, call, response, { resourceType, id: 'x' });
      expect(await cache.get(URL_A, call)).toBeUndefined();
      expect(lookups).toEqual([]);
    },
  );

  it('never stores a link of unknown type', async () => {
    const call = callOf(undefined);
    await cache.set(URL_A, call, response, bundleOf());
    expect(await cache.get(URL_A, call)).toBeUndefined();
  });

  it('never stores a bundle with included PHI', async () => {
    const call = callOf('Practitioner');
    const json = bundleOf(
      { resourceType: 'Practitioner', id: 'p' },
      { resourceType: 'Patient', id: 'm' },
    );
    await cache.set(URL_A, call, response, json);
    expect(await cache.get(URL_A, call)).toBeUndefined();
  });

  it('reads a failing store as a miss', async () => {
    const failing: CacheStore = {
      get: () => Promise.reject(new Error('down')),
      set: () => Promise.reject(new Error('down')),
      close: () => Promise.resolve(),
    };
    const broken = new PublicCache({
      store: failing,
      ttlMs: 1000,
      logger: pino({ level: 'silent' }),
      onLookup: (result) => lookups.push(result),
    });
    const call = callOf('Practitioner');
    await expect(
      broken.set(URL_A, call, response, {}),
    ).resolves.toBeUndefined();
    await expect(broken.get(URL_A, call)).resolves.toBeUndefined();
    expect(lookups).toEqual(['error']);
  });
});

describe('containsPhi', () => {
  it('finds a contained Patient', () => {
    const organization = {
      resourceType: 'Organization',
      contained: [{ resourceType: 'Patient', id: 'p' }],
    };
    expect(containsPhi(organization)).toBe(true);
  });

  it('finds PHI in a nested Bundle', () => {
    const inner = bundleOf({ resourceType: 'Coverage', id: 'c' });
    expect(containsPhi(bundleOf(inner))).toBe(true);
  });

  it('treats unknown types as PHI', () => {
    expect(containsPhi(bundleOf({ resourceType: 'Observation' }))).toBe(true);
  });

  it('accepts public resources and outcomes', () => {
    const json = bundleOf(
      { resourceType: 'Practitioner', id: 'p' },
      { resourceType: 'OperationOutcome', issue: [] },
    );
    expect(containsPhi(json)).toBe(false);
  });
});
