import type { BundleEntry, Practitioner } from 'fhir/r4';
import { loadBackendSettings } from '../../src/config';
import { resolveReference } from '../../src/loaders/resolve-reference';
import { startSandbox, type Sandbox } from '../../src/sandbox/server';
import { startFaultProxy, type FaultProxy } from '../server/fault-proxy';
import {
  createRequestLoaders,
  type LoaderRequest,
} from '../server/request-loaders';

const FULL_URL = 'urn:uuid:4b1f0a52-6c1e-4d0e-9f51-2f3c1c9d7a10';

const PRACTITIONER: Practitioner = {
  resourceType: 'Practitioner',
  id: 'bundle-prac',
  name: [{ family: 'Bundled' }],
};

let sandbox: Sandbox;
let proxy: FaultProxy;
let request: LoaderRequest;

beforeAll(async () => {
  // An empty server: any request the loaders send would find nothing.
  sandbox = await startSandbox({ resources: [], port: 0 });
  proxy = await startFaultProxy(sandbox.baseUrl);
});

afterAll(async () => {
  await proxy.close();
  await sandbox.close();
});

beforeEach(() => {
  const backends = loadBackendSettings({}, { sandboxBaseUrl: proxy.baseUrl });
  request = createRequestLoaders(backends);
  const entries: BundleEntry[] = [
    { fullUrl: FULL_URL, resource: PRACTITIONER },
  ];
  request.loaders.remember(entries);
});

afterEach(async () => {
  proxy.takeRequests();
  await request.close();
});

describe('urn:uuid references', () => {
  it('resolve from remembered entries', async () => {
    const resolution = await resolveReference(
      request.loaders,
      { reference: FULL_URL },
      undefined,
    );
    expect(resolution).toEqual({ kind: 'found', resource: PRACTITIONER });
    expect(request.stats.backendRequests).toBe(0);
    expect(proxy.requests).toEqual([]);
  });

  it('are external when never seen', async () => {
    const other = 'urn:uuid:00000000-0000-4000-8000-000000000000';
    const resolution = await resolveReference(
      request.loaders,
      { reference: other },
      undefined,
    );
    expect(resolution).toEqual({ kind: 'external', reference: other });
    expect(request.stats.backendRequests).toBe(0);
    expect(proxy.requests).toEqual([]);
  });
});

describe('remembered entries', () => {
  it('resolve relative references without requests', async () => {
    const resolution = await resolveReference(
      request.loaders,
      { reference: 'Practitioner/bundle-prac' },
      undefined,
    );
    expect(resolution).toEqual({ kind: 'found', resource: PRACTITIONER });
    expect(request.stats.backendRequests).toBe(0);
    expect(proxy.requests).toEqual([]);
  });

  it('leave other ids to the server', async () => {
    const resolution = await resolveReference(
      request.loaders,
      { reference: 'Practitioner/other-prac' },
      undefined,
    );
    expect(resolution).toEqual({
      kind: 'not-found',
      reference: 'Practitioner/other-prac',
    });
    expect(proxy.requests.map(({ target }) => target)).toEqual([
      'Practitioner?_id=other-prac&_count=1',
    ]);
  });
});
