import type { Bundle, BundleEntry, OperationOutcome } from 'fhir/r4';
import type { TestSandbox } from './test-sandbox';
import { fetchJson, getOutcome, startTestSandbox } from './test-sandbox';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: false });
});

afterAll(async () => {
  await sandbox.close();
});

function postBundle(bundle: unknown) {
  return fetchJson<Bundle>(sandbox.baseUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/fhir+json' },
    body: JSON.stringify(bundle),
  });
}

function batchOf(...urls: [method: string, url: string][]) {
  return {
    resourceType: 'Bundle',
    type: 'batch',
    entry: urls.map(([method, url]) => ({ request: { method, url } })),
  };
}

function outcomeOf(entry: BundleEntry | undefined): OperationOutcome {
  return entry?.response?.outcome as OperationOutcome;
}

describe('sandbox batch', () => {
  it('answers mixed reads and searches with absolute URLs', async () => {
    const base = sandbox.baseUrl;
    const { status, body } = await postBundle(
      batchOf(
        ['GET', `${base}/Patient/Patient1`],
        ['GET', 'Coverage/Coverage1'],
        [
          'GET',
          `${base}/Coverage?beneficiary=Patient/Patient1&_include=Coverage:payor`,
        ],
        ['GET', 'PractitionerRole?_count=2'],
        ['GET', `${base}/Patient/Patient1/_history/1`],
      ),
    );
    expect(status).toBe(200);
    expect(body.type).toBe('batch-response');
    const [patient, coverage, search, paged, version] = body.entry ?? [];
    expect(patient?.response?.status).toBe('200 OK');
    expect(patient?.resource?.id).toBe('Patient1');
    expect(patient?.fullUrl).toBe(`${base}/Patient/Patient1`);
    expect(patient?.response?.etag).toBe('W/"1"');
    expect(coverage?.resource?.id).toBe('Coverage1');
    const searchset = search?.resource as Bundle;
    expect(searchset.type).toBe('searchset');
    expect(searchset.entry?.map((e) => e.search?.mode)).toContain('include');
    const pagedSet = paged?.resource as Bundle;
    const next = pagedSet.link?.find((link) => link.relation === 'next')?.url;
    expect(next).toBe(`${base}/PractitionerRole?_count=2&_offset=2`);
    expect(version?.resource?.meta?.versionId).toBe('1');
  });

  it('reports failed entries without failing the batch', async () => {
    const { status, body } = await postBundle(
      batchOf(
        ['GET', 'Patient/no-such-patient'],
        ['GET', 'NoSuchType/1'],
        ['GET', 'Coverage?foo=bar'],
        ['POST', 'Patient'],
        ['GET', 'https://elsewhere.example/fhir/Patient/Patient1'],
        ['GET', 'Patient/Patient2'],
      ),
    );
    expect(status).toBe(200);
    const statuses = body.entry?.map((entry) => entry.response?.status);
    expect(statuses).toEqual([
      '404 Not Found',
      '404 Not Found',
      '400 Bad Request',
      '405 Method Not Allowed',
      '400 Bad Request',
      '200 OK',
    ]);
    expect(outcomeOf(body.entry?.[2]).issue[0]?.diagnostics).toContain(
      'Unknown search parameter "foo"',
    );
    expect(outcomeOf(body.entry?.[4]).issue[0]?.diagnostics).toContain(
      'is not on this server',
    );
  });

  it('rejects a transaction', async () => {
    const bundle = {
      ...batchOf(['GET', 'Patient/Patient1']),
      type: 'transaction',
    };
    const { status, body } = await postBundle(bundle);
    expect(status).toBe(400);
    expect((body as unknown as OperationOutcome).issue[0]?.code).toBe(
      'not-supported',
    );
  });

  it('rejects a body that is not a Bundle', async () => {
    const { status } = await postBundle({ resourceType: 'Patient' });
    expect(status).toBe(400);
  });

  it('rejects more than 100 entries', async () => {
    const urls = Array.from({ length: 101 }, (): [string, string] => [
      'GET',
      'Patient/Patient1',
    ]);
    const { status } = await postBundle(batchOf(...urls));
    expect(status).toBe(413);
  });

  it('answers a malformed entry with its own 400', async () => {
    const { status, body } = await postBundle({
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        null,
        { request: { method: 'GET', url: 5 } },
        { request: { method: 'GET', url: 'Patient/Patient1' } },
      ],
    });
    expect(status).toBe(200);
    const statuses = body.entry?.map((e) => e.response?.status);
    expect(statuses).toEqual(['400 Bad Request', '400 Bad Request', '200 OK']);
  });

  it('rejects invalid JSON', async () => {
    const { status, body } = await getOutcome(sandbox.baseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: '{"resourceType": "Bundle",',
    });
    expect(status).toBe(400);
    expect(body.issue[0]?.diagnostics).toContain('not valid JSON');
  });
});
