import type { Bundle, PractitionerRole } from 'fhir/r4';
import type { TestSandbox } from './test-sandbox';
import {
  getBundle,
  matchIds,
  resourcesOfType,
  startTestSandbox,
} from './test-sandbox';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: false });
});

afterAll(async () => {
  await sandbox.close();
});

function linkOf(bundle: Bundle, relation: string): string | undefined {
  return bundle.link?.find((link) => link.relation === relation)?.url;
}

function pageParameters(url: string | undefined): Record<string, string> {
  const params = new URL(url ?? '').searchParams;
  return {
    _count: params.get('_count') ?? '',
    _offset: params.get('_offset') ?? '',
  };
}

const SPECIALTY = 'http://nucc.org/provider-taxonomy|207R00000X';

function rolesWithSpecialty(): PractitionerRole[] {
  const [system, code] = SPECIALTY.split('|');
  return resourcesOfType<PractitionerRole>(
    sandbox.resources,
    'PractitionerRole',
  ).filter((role) =>
    (role.specialty ?? []).some((concept) =>
      (concept.coding ?? []).some(
        (c) => c.system === system && c.code === code,
      ),
    ),
  );
}

describe('sandbox paging', () => {
  it('returns each match once over all next links, with includes per page', async () => {
    const roles = rolesWithSpecialty();
    expect(roles.length).toBeGreaterThan(200);
    const query = new URLSearchParams({
      specialty: SPECIALTY,
      _include: 'PractitionerRole:practitioner',
      _count: '50',
    });
    let next: string | undefined =
      `${sandbox.baseUrl}/PractitionerRole?${query}`;
    const seen: string[] = [];
    let pages = 0;
    while (next) {
      const { status, body } = await getBundle(next);
      expect(status).toBe(200);
      expect(body.total).toBe(roles.length);
      const matches = (body.entry ?? []).filter(
        (e) => e.search?.mode === 'match',
      );
      const included = new Set(
        (body.entry ?? [])
          .filter((e) => e.search?.mode === 'include')
          .map((e) => `Practitioner/${e.resource?.id}`),
      );
      for (const entry of matches) {
        const role = entry.resource as PractitionerRole;
        seen.push(role.id ?? '');
        if (role.practitioner?.reference) {
          expect(included).toContain(role.practitioner.reference);
        }
      }
      expect(included.size).toBeGreaterThan(0);
      next = linkOf(body, 'next');
      expect(next ?? sandbox.baseUrl).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/fhir\/R4/,
      );
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(roles.length / 50));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(roles.map((role) => role.id).sort());
  });

  it('pages by 20 by default', async () => {
    const { body } = await getBundle(`${sandbox.baseUrl}/PractitionerRole`);
    expect(matchIds(body)).toHaveLength(20);
    expect(pageParameters(linkOf(body, 'self'))).toEqual({
      _count: '20',
      _offset: '0',
    });
    expect(pageParameters(linkOf(body, 'next'))).toEqual({
      _count: '20',
      _offset: '20',
    });
    expect(linkOf(body, 'previous')).toBeUndefined();
  });

  it('lowers _count above 1000 and says so in the self link', async () => {
    const { status, body } = await getBundle(
      `${sandbox.baseUrl}/Basic?_count=50000`,
    );
    expect(status).toBe(200);
    expect(matchIds(body)).toHaveLength(1000);
    expect(pageParameters(linkOf(body, 'self'))).toEqual({
      _count: '1000',
      _offset: '0',
    });
  });

  it('links back to the previous page', async () => {
    const url = `${sandbox.baseUrl}/PractitionerRole?_count=10&_offset=25`;
    const { body } = await getBundle(url);
    expect(pageParameters(linkOf(body, 'previous'))).toEqual({
      _count: '10',
      _offset: '15',
    });
    const previous = await getBundle(linkOf(body, 'previous') ?? '');
    const all = await getBundle(
      `${sandbox.baseUrl}/PractitionerRole?_count=35`,
    );
    expect(matchIds(previous.body)).toEqual(matchIds(all.body).slice(15, 25));
    expect(matchIds(body)).toEqual(matchIds(all.body).slice(25, 35));
  });

  it('returns the same page from its self link', async () => {
    const first = await getBundle(
      `${sandbox.baseUrl}/Location?address-state=MA&_count=7`,
    );
    const again = await getBundle(linkOf(first.body, 'self') ?? '');
    expect(matchIds(again.body)).toEqual(matchIds(first.body));
  });

  it('returns the total only for _count=0', async () => {
    const { body } = await getBundle(
      `${sandbox.baseUrl}/PractitionerRole?_count=0`,
    );
    expect(body.total).toBe(
      resourcesOfType(sandbox.resources, 'PractitionerRole').length,
    );
    expect(body.entry).toBeUndefined();
    expect(linkOf(body, 'next')).toBeUndefined();
  });

  it('returns an empty page past the end', async () => {
    const { body } = await getBundle(
      `${sandbox.baseUrl}/Coverage?_offset=100000`,
    );
    expect(body.total).toBeGreaterThan(0);
    expect(body.entry).toBeUndefined();
    expect(linkOf(body, 'next')).toBeUndefined();
  });
});
