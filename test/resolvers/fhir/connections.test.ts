import { CursorCodec } from '../../../src/pagination/cursor';
import { loadBackendSettings } from '../../../src/config';
import { startTestGraph } from '../../server/test-graph';
import {
  startDefaultSandbox,
  type DefaultSandbox,
} from '../../server/default-sandbox';
import type { GraphResponse, TestGraph } from '../../server/test-graph';

const PAGE_SIZE = 50;

const INVALID_CURSOR =
  'Invalid cursor for Query.PractitionerConnection: pass a cursor this field returned to you, unchanged';

interface Connection {
  count: number | null;
  offset: number | null;
  pagesize: number | null;
  next: string | null;
  previous: string | null;
  edges: Array<{ resource: { id: string } }>;
}

const PAGE_FIELDS = `count offset pagesize next previous edges { resource { id } }`;

let sandbox: DefaultSandbox;
let graph: TestGraph;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  const sandboxBaseUrl = sandbox.sandbox.baseUrl;
  graph = await startTestGraph(loadBackendSettings({}, { sandboxBaseUrl }));
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

async function firstPage(
  field: 'PractitionerConnection' | 'OrganizationConnection',
): Promise<Connection> {
  const response = await graph.query<Record<string, Connection>>(
    `{ ${field}(_count: ${PAGE_SIZE}) { ${PAGE_FIELDS} } }`,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.[field] as Connection;
}

function pageAt(
  cursor: string,
): Promise<GraphResponse<{ PractitionerConnection: Connection | null }>> {
  return graph.query(
    `query ($cursor: String) {
      PractitionerConnection(_cursor: $cursor) { ${PAGE_FIELDS} }
    }`,
    { cursor },
  );
}

/** Returns every Practitioner id by a direct REST search, following `next`. */
async function restPractitionerIds(): Promise<string[]> {
  const ids: string[] = [];
  let url: string | undefined =
    `${sandbox.sandbox.baseUrl}/Practitioner?_count=1000`;
  while (url !== undefined) {
    const bundle = (await (await fetch(url)).json()) as {
      entry?: Array<{ resource: { id: string } }>;
      link?: Array<{ relation: string; url: string }>;
    };
    ids.push(...(bundle.entry ?? []).map((entry) => entry.resource.id));
    url = bundle.link?.find((link) => link.relation === 'next')?.url;
  }
  return ids;
}

describe('PractitionerConnection', () => {
  it('returns every item once across pages', async () => {
    const expected = await restPractitionerIds();
    const seen: string[] = [];
    let page = await firstPage('PractitionerConnection');
    let pages = 1;
    seen.push(...page.edges.map((edge) => edge.resource.id));
    while (page.next !== null) {
      const response = await pageAt(page.next);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.extensions?.backend?.backendRequests).toBe(1);
      expect(response.body.extensions?.backend?.byResourceType).toEqual({
        Practitioner: 1,
      });
      page = response.body.data?.PractitionerConnection as Connection;
      expect(page.offset).toBe(pages * PAGE_SIZE);
      expect(page.pagesize).toBe(PAGE_SIZE);
      expect(page.count).toBe(expected.length);
      seen.push(...page.edges.map((edge) => edge.resource.id));
      pages += 1;
    }
    expect(expected).toHaveLength(2011);
    expect(pages).toBe(Math.ceil(expected.length / PAGE_SIZE));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(expected.sort());
  });

  it('goes back with the previous cursor', async () => {
    const first = await firstPage('PractitionerConnection');
    expect(first.previous).toBeNull();
    const second = await pageAt(first.next ?? '');
    const previous = second.body.data?.PractitionerConnection?.previous;
    const back = await pageAt(previous ?? '');
    const ids = back.body.data?.PractitionerConnection?.edges.map(
      (edge) => edge.resource.id,
    );
    expect(ids).toEqual(first.edges.map((edge) => edge.resource.id));
  });

  it('hides the backend URL in the cursor', async () => {
    const { next } = await firstPage('PractitionerConnection');
    const bytes = Buffer.from(next ?? '', 'base64url').toString('latin1');
    expect(bytes).not.toContain('_offset');
    expect(bytes).not.toContain('127.0.0.1');
  });

  it('rejects a cursor made with another key', async () => {
    const { next } = await firstPage('PractitionerConnection');
    const binding = {
      caller: 'anonymous',
      field: 'Query.PractitionerConnection',
    };
    const forged = new CursorCodec(Buffer.alloc(32, 9)).encode(binding, {
      backend: 'sandbox',
      url: `${sandbox.sandbox.baseUrl}/Practitioner?_count=50&_offset=100`,
    });
    expect(forged).not.toBe(next);
    const response = await pageAt(forged);
    expectInvalidCursor(response);
  });

  it('rejects a cursor with a changed byte', async () => {
    const { next } = await firstPage('PractitionerConnection');
    const bytes = Buffer.from(next ?? '', 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    const response = await pageAt(bytes.toString('base64url'));
    expectInvalidCursor(response);
  });

  it('rejects a cursor of another field', async () => {
    const { next } = await firstPage('OrganizationConnection');
    expect(next).not.toBeNull();
    const response = await pageAt(next ?? '');
    expectInvalidCursor(response);
  });
});

function expectInvalidCursor(
  response: GraphResponse<{ PractitionerConnection: Connection | null }>,
): void {
  expect(response.body.data).toEqual({ PractitionerConnection: null });
  expect(response.body.errors).toHaveLength(1);
  const [error] = response.body.errors ?? [];
  expect(error?.message).toBe(INVALID_CURSOR);
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.path).toEqual(['PractitionerConnection']);
  expect(response.body.extensions?.backend?.backendRequests).toBe(0);
}
