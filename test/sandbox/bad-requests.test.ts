import { connect } from 'node:net';
import type { TestSandbox } from './test-sandbox';
import { fetchJson, getOutcome, startTestSandbox } from './test-sandbox';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: false });
});

afterAll(async () => {
  await sandbox.close();
});

/** Sends raw bytes and returns the status line of the response. */
function sendRaw(payload: string): Promise<string> {
  const { hostname, port } = new URL(sandbox.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(payload));
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
  });
}

async function expectServerUp(): Promise<void> {
  const { status } = await fetchJson(`${sandbox.baseUrl}/metadata`);
  expect(status).toBe(200);
}

/** Mulberry32: a small seeded PRNG, so the fuzz cases repeat exactly. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('sandbox methods', () => {
  it.each(['PUT', 'DELETE', 'PATCH'])(
    'answers 405 to %s on a resource',
    async (method) => {
      const { status, headers, body } = await getOutcome(
        `${sandbox.baseUrl}/Patient/Patient1`,
        {
          method,
          headers: { 'Content-Type': 'application/fhir+json' },
          body: '{',
        },
      );
      expect(status).toBe(405);
      expect(headers.get('allow')).toBe('GET, HEAD');
      expect(body.issue[0]?.code).toBe('not-supported');
    },
  );

  it('answers 405 to a create', async () => {
    const { status } = await getOutcome(`${sandbox.baseUrl}/Patient`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ resourceType: 'Patient' }),
    });
    expect(status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${sandbox.baseUrl}/Patient/Patient1`, {
      method: 'HEAD',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('sandbox bad requests', () => {
  const cases: [string, string, RequestInit, number][] = [
    ['path outside the base', '/../../other', {}, 404],
    ['search across all types', '', {}, 400],
    ['an operation', '/Patient/Patient1/$everything', {}, 400],
    ['type-level history', '/Patient/_history', {}, 400],
    ['an XML _format', '/Patient/Patient1?_format=xml', {}, 406],
    ['bad percent-encoding', '/Patient/%E0%A4%A', {}, 400],
    ['an id with a slash', '/Patient/a%2Fb', {}, 404],
    [
      'a text body',
      '',
      { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' },
      415,
    ],
    [
      'a JSON _search body',
      '/Patient/_search',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      },
      415,
    ],
  ];

  it.each(cases)('answers %s', async (_name, path, init, expected) => {
    const { status, body } = await getOutcome(
      `${sandbox.baseUrl}${path}`,
      init,
    );
    expect(status).toBe(expected);
    expect(body.resourceType).toBe('OperationOutcome');
  });

  it('answers 413 to a body over 10 MiB', async () => {
    const { status } = await getOutcome(sandbox.baseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: 'x'.repeat(11 * 1024 * 1024),
    });
    expect(status).toBe(413);
    await expectServerUp();
  });

  it('answers malformed HTTP with 400', async () => {
    expect(await sendRaw('GARBAGE\r\n\r\n')).toBe('HTTP/1.1 400 Bad Request');
    await expectServerUp();
  });

  it('answers an oversized request line with 431', async () => {
    const path = `/fhir/R4/Patient?name=${'a'.repeat(20000)}`;
    const status = await sendRaw(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(status).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    await expectServerUp();
  });

  it('never fails with 5xx on fuzzed searches', async () => {
    const random = seededRandom(20260412);
    const pick = <T>(items: readonly T[]): T =>
      items[Math.floor(random() * items.length)] as T;
    const types = ['Patient', 'Coverage', 'PractitionerRole', 'Basic', 'Nope'];
    const keys = [
      '_id',
      'name',
      'practitioner.name',
      '_include',
      '_sort',
      '_count',
      'service-date',
      'network:Organization',
      '_has:X:y:z',
      'a.b.c',
      '_elements',
      '_summary',
      'beneficiary:missing',
      '%zz',
      '',
    ];
    const values = [
      '',
      '%',
      '%zz',
      '%00',
      'Patient/1',
      'x,y,,z',
      '|',
      'ge2020',
      '99999999999999999999',
      '-1',
      'Coverage:payor:Organization',
      '\u00e9\u6f22',
      'a'.repeat(2000),
      '*',
      'true',
    ];
    const failures: string[] = [];
    const statuses = new Set<number>();
    for (let i = 0; i < 200; i += 1) {
      const query = `${pick(keys)}=${pick(values)}&${pick(keys)}=${pick(values)}`;
      const url = `${sandbox.baseUrl}/${pick(types)}?${query}`;
      const response = await fetch(url);
      const body = (await response.json()) as { resourceType: string };
      statuses.add(response.status);
      const fhirJson = ['Bundle', 'OperationOutcome'].includes(
        body.resourceType,
      );
      if (response.status >= 500 || !fhirJson) {
        failures.push(`${response.status} ${body.resourceType} ${url}`);
      }
    }
    expect(failures).toEqual([]);
    expect([...statuses].sort()).toEqual([200, 400, 404]);
    await expectServerUp();
  });
});
