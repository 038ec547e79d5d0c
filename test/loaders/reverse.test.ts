import type { Coverage, ExplanationOfBenefit, Resource } from 'fhir/r4';
import { loadBackendSettings, type BackendSettings } from '../../src/config';
import { SEARCH_PARAMETERS } from '../../src/generated/search-parameters';
import type { ReverseQuery } from '../../src/loaders';
import {
  startDefaultSandbox,
  type DefaultSandbox,
} from '../server/default-sandbox';
import { startFaultProxy, type FaultProxy } from '../server/fault-proxy';
import {
  createRequestLoaders,
  type LoaderRequest,
} from '../server/request-loaders';

const PARENTS = [
  'Patient/Patient1',
  'Patient/Patient2',
  'Patient/member-0001',
  'Patient/no-coverage',
];

let sandbox: DefaultSandbox;
let proxy: FaultProxy;
let backends: BackendSettings;
let request: LoaderRequest;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  proxy = await startFaultProxy(sandbox.sandbox.baseUrl);
  backends = loadBackendSettings({}, { sandboxBaseUrl: proxy.baseUrl });
});

afterAll(async () => {
  await proxy.close();
  await sandbox.sandbox.close();
});

beforeEach(() => {
  request = createRequestLoaders(backends);
});

afterEach(async () => {
  proxy.clearFaults();
  proxy.takeRequests();
  await request.close();
});

function reverseQuery(resourceType: string, param: string): ReverseQuery {
  const info = SEARCH_PARAMETERS[resourceType]?.[param];
  if (info === undefined) {
    throw new Error(`no search parameter ${resourceType}.${param}`);
  }
  return { resourceType, param, expression: info.expression, extra: [] };
}

function groupIds(group: Resource[] | Error): string[] {
  if (group instanceof Error) {
    throw group;
  }
  return group.map((resource) => resource.id ?? '');
}

/** Returns the ids of the sandbox's `resourceType` resources whose reference at `pick` is `parent`. */
function expectedIds<T extends Resource>(
  resourceType: string,
  pick: (resource: T) => string | undefined,
  parent: string,
): string[] {
  return sandbox.resources
    .filter((resource) => resource.resourceType === resourceType)
    .filter((resource) => pick(resource as T) === parent)
    .map((resource) => resource.id ?? '');
}

function beneficiaryOf(coverage: Coverage): string | undefined {
  return coverage.beneficiary.reference;
}

describe('reverse loader', () => {
  it('groups one search by parent', async () => {
    const loader = request.loaders.reverse(
      reverseQuery('Coverage', 'beneficiary'),
    );
    const groups = await loader.loadMany(PARENTS);
    const expected = PARENTS.map((parent) =>
      expectedIds('Coverage', beneficiaryOf, parent),
    );
    expect(groups.map(groupIds)).toEqual(expected);
    expect(expected.map((ids) => ids.length)).toEqual([2, 2, 2, 0]);
    expect(proxy.requests.map(({ target }) => target)).toEqual([
      'Coverage?beneficiary=Patient%2FPatient1%2CPatient%2FPatient2%2CPatient%2Fmember-0001%2CPatient%2Fno-coverage&_count=1000',
    ]);
  });

  it('re-checks matches of a server that ignores the parameter', async () => {
    // The proxy drops `beneficiary`, so the server returns every Coverage.
    proxy.setFault('Coverage', { kind: 'drop-param', name: 'beneficiary' });
    const loader = request.loaders.reverse(
      reverseQuery('Coverage', 'beneficiary'),
    );
    const groups = await loader.loadMany(PARENTS);
    expect(groups.map(groupIds)).toEqual(
      PARENTS.map((parent) => expectedIds('Coverage', beneficiaryOf, parent)),
    );
    expect(request.stats.backendRequests).toBe(1);
  });

  it('sees every Coverage through that server', async () => {
    proxy.setFault('Coverage', { kind: 'drop-param', name: 'beneficiary' });
    const url = `${proxy.baseUrl}/Coverage?beneficiary=Patient%2FPatient1&_count=1000`;
    const bundle = (await (await fetch(url)).json()) as { entry?: unknown[] };
    const coverages = sandbox.resources.filter(
      (resource) => resource.resourceType === 'Coverage',
    );
    expect(bundle.entry).toHaveLength(coverages.length);
    // More than the six Coverages of PARENTS, so the re-check has work.
    expect(coverages.length).toBeGreaterThan(6);
  });

  it('splits parents at the URL budget', async () => {
    const parents = Array.from(
      { length: 10 },
      (_, index) => `Patient/member-${String(index + 1).padStart(4, '0')}`,
    );
    // Every comma of the status list becomes `%2C` in the URL.
    const statuses = Array.from({ length: 31 }, () => 'active').join(',');
    const fixed = `${proxy.baseUrl}/ExplanationOfBenefit?patient=&status=${encodeURIComponent(statuses)}&_count=1000`;
    // The budget fits three parents: 3 * 21 encoded characters and two `%2C`.
    const maxUrlLength = fixed.length + 3 * 21 + 2 * 3;
    const budgeted = createRequestLoaders(backends, {
      settings: { maxUrlLength },
    });
    try {
      const loader = budgeted.loaders.reverse({
        ...reverseQuery('ExplanationOfBenefit', 'patient'),
        extra: [['status', statuses]],
      });
      const groups = await loader.loadMany(parents);
      const sizes = groups.map((group) => groupIds(group).length);
      expect(sizes.every((size) => size >= 10)).toBe(true);
      expect(budgeted.stats.backendRequests).toBe(4);
    } finally {
      await budgeted.close();
    }
    for (const { target } of proxy.requests) {
      const url = `${proxy.baseUrl}/${target}`;
      expect(url.length).toBeLessThanOrEqual(maxUrlLength);
    }
  });

  it('follows next when the server caps the page', async () => {
    // Without `_count` the sandbox returns its default page of 20.
    proxy.setFault('ExplanationOfBenefit', {
      kind: 'drop-param',
      name: '_count',
    });
    const loader = request.loaders.reverse(
      reverseQuery('ExplanationOfBenefit', 'patient'),
    );
    const group = await loader.load('Patient/member-0004');
    const expected = expectedIds<ExplanationOfBenefit>(
      'ExplanationOfBenefit',
      (eob) => eob.patient.reference,
      'Patient/member-0004',
    );
    expect(expected).toHaveLength(38);
    expect(groupIds(group)).toEqual(expected);
    const [first, ...pages] = proxy.requests.map(({ target }) => target);
    expect(first).toBe(
      'ExplanationOfBenefit?patient=Patient%2Fmember-0004&_count=1000',
    );
    expect(pages).toHaveLength(1);
    expect(request.stats.backendRequests).toBe(2);
  });
});
