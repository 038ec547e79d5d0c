import { loadBackendSettings, type BackendSettings } from '../../src/config';
import type { LoadOutcome } from '../../src/loaders';
import {
  idsOf,
  startDefaultSandbox,
  type DefaultSandbox,
} from '../server/default-sandbox';
import { startFaultProxy, type FaultProxy } from '../server/fault-proxy';
import {
  createRequestLoaders,
  type LoaderOptions,
  type LoaderRequest,
} from '../server/request-loaders';

// Plan-Net directory ids of one length (31 characters), so the number of
// ids that fit in a URL budget is exact.
const DIRECTORY_ID = /^plannet-practitioner-\d{10}$/;

let sandbox: DefaultSandbox;
let proxy: FaultProxy;
let backends: BackendSettings;
let directoryIds: string[];
const opened: LoaderRequest[] = [];

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  proxy = await startFaultProxy(sandbox.sandbox.baseUrl);
  backends = loadBackendSettings({}, { sandboxBaseUrl: proxy.baseUrl });
  directoryIds = idsOf(sandbox.resources, 'Practitioner').filter((id) =>
    DIRECTORY_ID.test(id),
  );
});

afterAll(async () => {
  await proxy.close();
  await sandbox.sandbox.close();
});

afterEach(async () => {
  proxy.clearFaults();
  proxy.takeRequests();
  await Promise.all(opened.splice(0).map((request) => request.close()));
});

function open(options?: LoaderOptions): LoaderRequest {
  const request = createRequestLoaders(backends, options);
  opened.push(request);
  return request;
}

/** Returns the resource id of each outcome, or `not-found`. */
function idsFound(outcomes: ReadonlyArray<LoadOutcome | Error>): string[] {
  return outcomes.map((outcome) => {
    if (outcome instanceof Error) {
      throw outcome;
    }
    return outcome.kind === 'found' ? (outcome.resource.id ?? '') : 'not-found';
  });
}

function targets(): string[] {
  return proxy.requests.map((request) => request.target);
}

describe('read loader', () => {
  it('splits _id batches at the URL budget', async () => {
    const ids = directoryIds.slice(0, 10);
    expect(ids.every((id) => id.length === 31)).toBe(true);
    // The budget fits three ids: 3 * 31 characters and two `%2C`.
    const empty = `${proxy.baseUrl}/Practitioner?_id=&_count=1000`;
    const maxUrlLength = empty.length + 3 * 31 + 2 * 3;
    const { loaders, stats } = open({ settings: { maxUrlLength } });

    const outcomes = await loaders.read('Practitioner').loadMany(ids);

    expect(idsFound(outcomes)).toEqual(ids);
    expect(stats.backendRequests).toBe(4);
    const chunk = (from: number, to: number) =>
      `Practitioner?_id=${ids.slice(from, to).join('%2C')}&_count=${to - from}`;
    expect(targets().sort()).toEqual(
      [chunk(0, 3), chunk(3, 6), chunk(6, 9), chunk(9, 10)].sort(),
    );
    for (const target of targets()) {
      const url = `${proxy.baseUrl}/${target}`;
      expect(url.length).toBeLessThanOrEqual(maxUrlLength);
    }
  });

  it('sends one request under the default budget', async () => {
    const ids = directoryIds.slice(0, 10);
    const { loaders, stats } = open();
    const outcomes = await loaders.read('Practitioner').loadMany(ids);
    expect(idsFound(outcomes)).toEqual(ids);
    expect(stats.backendRequests).toBe(1);
  });

  it('resolves missing ids to not-found', async () => {
    const { loaders, stats } = open();
    const outcomes = await loaders
      .read('Practitioner')
      .loadMany(['Practitioner1', 'no-such-id', 'bad id!', 'Practitioner2']);
    expect(idsFound(outcomes)).toEqual([
      'Practitioner1',
      'not-found',
      'not-found',
      'Practitioner2',
    ]);
    // The invalid id is never sent: no FHIR id contains a space or "!".
    expect(targets()).toEqual([
      'Practitioner?_id=Practitioner1%2Cno-such-id%2CPractitioner2&_count=3',
    ]);
    expect(stats.backendRequests).toBe(1);
  });

  it('matches results by id, not position', async () => {
    proxy.setFault('Practitioner', {
      kind: 'edit-body',
      edit: (bundle) => ({
        ...bundle,
        entry: [...((bundle.entry as unknown[] | undefined) ?? [])].reverse(),
      }),
    });
    const ids = [
      'Practitioner1',
      'missing-a',
      'Practitioner2',
      'Practitioner3',
    ];
    const { loaders } = open();
    const outcomes = await loaders.read('Practitioner').loadMany(ids);
    expect(idsFound(outcomes)).toEqual([
      'Practitioner1',
      'not-found',
      'Practitioner2',
      'Practitioner3',
    ]);
  });

  it('follows next when the server caps the page', async () => {
    // Without `_count` the sandbox returns its default page of 20.
    proxy.setFault('Practitioner', { kind: 'drop-param', name: '_count' });
    const ids = directoryIds.slice(0, 45);
    const { loaders, stats } = open();

    const outcomes = await loaders.read('Practitioner').loadMany(ids);

    expect(idsFound(outcomes)).toEqual(ids);
    const [first, ...pages] = targets();
    expect(first).toBe(`Practitioner?_id=${ids.join('%2C')}&_count=45`);
    expect(pages).toHaveLength(2);
    const offsets = pages.map((target) =>
      new URL(target, proxy.baseUrl).searchParams.get('_offset'),
    );
    expect(offsets).toEqual(['20', '40']);
    expect(stats.backendRequests).toBe(3);
  });
});
