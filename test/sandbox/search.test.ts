import type {
  Bundle,
  Coverage,
  ExplanationOfBenefit,
  HumanName,
  Practitioner,
  PractitionerRole,
  Resource,
} from 'fhir/r4';
import type { TestSandbox } from './test-sandbox';
import {
  fetchJson,
  getBundle,
  getOutcome,
  matchIds,
  resourcesOfType,
  searchAllIds,
  startTestSandbox,
} from './test-sandbox';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: false });
});

afterAll(async () => {
  await sandbox.close();
});

function includedKeys(bundle: Bundle): string[] {
  return (bundle.entry ?? [])
    .filter((entry) => entry.search?.mode === 'include')
    .map((entry) => `${entry.resource?.resourceType}/${entry.resource?.id}`)
    .sort();
}

function existingKeys(references: (string | undefined)[]): string[] {
  const loaded = new Set(
    sandbox.resources.map((r: Resource) => `${r.resourceType}/${r.id}`),
  );
  const keys = references.filter(
    (reference): reference is string =>
      reference !== undefined && loaded.has(reference),
  );
  return [...new Set(keys)].sort();
}

function coverageIdsOf(...patients: string[]): string[] {
  return resourcesOfType<Coverage>(sandbox.resources, 'Coverage')
    .filter((c) => patients.includes(c.beneficiary.reference ?? ''))
    .map((c) => c.id ?? '')
    .sort();
}

describe('sandbox search by id and reference', () => {
  it('returns exactly the listed ids', async () => {
    const url = `${sandbox.baseUrl}/Coverage?_id=Coverage1,Coverage3,missing`;
    const { status, body } = await getBundle(url);
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(matchIds(body)).toEqual(['Coverage1', 'Coverage3']);
  });

  it('combines _id with another filter', async () => {
    const url = `${sandbox.baseUrl}/Coverage?_id=Coverage1,Coverage3&beneficiary=Patient/Patient2`;
    expect(await searchAllIds(url)).toEqual(['Coverage3']);
  });

  it('matches any reference of a list', async () => {
    const expected = coverageIdsOf('Patient/Patient1', 'Patient/Patient2');
    expect(expected.length).toBeGreaterThan(2);
    const url = `${sandbox.baseUrl}/Coverage?beneficiary=Patient/Patient1,Patient/Patient2`;
    expect(await searchAllIds(url)).toEqual(expected);
  });

  it('accepts bare, typed and absolute references', async () => {
    const expected = coverageIdsOf('Patient/Patient1');
    const values = [
      'beneficiary=Patient1',
      'beneficiary:Patient=Patient1',
      `beneficiary=${sandbox.baseUrl}/Patient/Patient1`,
    ];
    for (const value of values) {
      const ids = await searchAllIds(`${sandbox.baseUrl}/Coverage?${value}`);
      expect({ value, ids }).toEqual({ value, ids: expected });
    }
  });
});

describe('sandbox _include and _revinclude', () => {
  it('includes the referenced coverages', async () => {
    const eobs = resourcesOfType<ExplanationOfBenefit>(
      sandbox.resources,
      'ExplanationOfBenefit',
    ).filter((eob) => eob.patient.reference === 'Patient/Patient1');
    const url = `${sandbox.baseUrl}/ExplanationOfBenefit?patient=Patient/Patient1&_include=ExplanationOfBenefit:coverage&_count=100`;
    const { body } = await getBundle(url);
    expect(matchIds(body).sort()).toEqual(eobs.map((eob) => eob.id).sort());
    const coverages = eobs.flatMap((eob) =>
      eob.insurance.map((insurance) => insurance.coverage.reference),
    );
    expect(includedKeys(body)).toEqual(existingKeys(coverages));
    for (const entry of body.entry ?? []) {
      const { resourceType, id } = entry.resource ?? {};
      expect(entry.fullUrl).toBe(`${sandbox.baseUrl}/${resourceType}/${id}`);
    }
  });

  it('includes the roles that point to the practitioners', async () => {
    const url = `${sandbox.baseUrl}/Practitioner?family=Stark&_revinclude=PractitionerRole:practitioner&_count=100`;
    const { body } = await getBundle(url);
    const matched = new Set(matchIds(body).map((id) => `Practitioner/${id}`));
    expect(matched.size).toBeGreaterThan(5);
    const roles = resourcesOfType<PractitionerRole>(
      sandbox.resources,
      'PractitionerRole',
    ).filter((role) => matched.has(role.practitioner?.reference ?? ''));
    expect(includedKeys(body)).toEqual(
      roles.map((role) => `PractitionerRole/${role.id}`).sort(),
    );
  });

  it('includes on a batched _id lookup', async () => {
    const url = `${sandbox.baseUrl}/Patient?_id=Patient1,Patient2&_revinclude=Coverage:beneficiary`;
    const { body } = await getBundle(url);
    expect(matchIds(body)).toEqual(['Patient1', 'Patient2']);
    const expected = coverageIdsOf('Patient/Patient1', 'Patient/Patient2');
    expect(includedKeys(body)).toEqual(
      expected.map((id) => `Coverage/${id}`).sort(),
    );
  });
});

describe('sandbox chained search', () => {
  function hasFamilyStarting(name: HumanName[] | undefined, prefix: string) {
    return (name ?? []).some((part) =>
      part.family?.toLowerCase().startsWith(prefix.toLowerCase()),
    );
  }

  it('follows one reference to the practitioner name', async () => {
    const starks = new Set(
      resourcesOfType<Practitioner>(sandbox.resources, 'Practitioner')
        .filter((p) => hasFamilyStarting(p.name, 'Stark'))
        .map((p) => `Practitioner/${p.id}`),
    );
    const expected = resourcesOfType<PractitionerRole>(
      sandbox.resources,
      'PractitionerRole',
    )
      .filter((role) => starks.has(role.practitioner?.reference ?? ''))
      .map((role) => role.id ?? '')
      .sort();
    expect(expected.length).toBeGreaterThan(5);
    const url = `${sandbox.baseUrl}/PractitionerRole?practitioner.family=Stark`;
    expect(await searchAllIds(url)).toEqual(expected);
  });
});

describe('sandbox sorting', () => {
  it('sorts by _id both ways', async () => {
    const base = `${sandbox.baseUrl}/Location?address-state=RI&_count=100`;
    const ascending = matchIds((await getBundle(`${base}&_sort=_id`)).body);
    const descending = matchIds((await getBundle(`${base}&_sort=-_id`)).body);
    expect(ascending.length).toBe(10);
    expect(ascending).toEqual([...ascending].sort());
    expect(descending).toEqual([...ascending].reverse());
  });
});

describe('sandbox _elements and _summary', () => {
  const subsetted = expect.objectContaining({ code: 'SUBSETTED' });

  it('reduces a read to the listed elements', async () => {
    const url = `${sandbox.baseUrl}/Patient/Patient1?_elements=name,birthDate`;
    const { body } = await fetchJson(url);
    expect(Object.keys(body).sort()).toEqual(
      ['birthDate', 'id', 'meta', 'name', 'resourceType'].sort(),
    );
    expect(body.meta?.tag).toContainEqual(subsetted);
  });

  it('reduces matches but not included resources', async () => {
    const url = `${sandbox.baseUrl}/Coverage?_id=Coverage1&_elements=status&_include=Coverage:beneficiary`;
    const { body } = await getBundle(url);
    const [match, include] = body.entry ?? [];
    expect(Object.keys(match?.resource ?? {}).sort()).toEqual(
      // Coverage.beneficiary, payor and status are mandatory (min 1).
      ['beneficiary', 'id', 'meta', 'payor', 'resourceType', 'status'],
    );
    expect(match?.resource?.meta?.tag).toContainEqual(subsetted);
    expect(include?.resource?.meta?.tag ?? []).not.toContainEqual(subsetted);
    expect(include?.resource).toHaveProperty('name');
  });

  it('applies each _summary mode', async () => {
    const url = `${sandbox.baseUrl}/Patient/Patient1`;
    const full = (await fetchJson(url)).body;
    const summary = (await fetchJson(`${url}?_summary=true`)).body;
    const text = (await fetchJson(`${url}?_summary=text`)).body;
    const data = (await fetchJson(`${url}?_summary=data`)).body;
    const unchanged = (await fetchJson(`${url}?_summary=false`)).body;
    expect(full).toHaveProperty('text');
    expect(summary).not.toHaveProperty('text');
    expect(summary).toHaveProperty('name');
    expect(summary.meta?.tag).toContainEqual(subsetted);
    expect(Object.keys(text).sort()).toEqual(
      ['id', 'meta', 'resourceType', 'text'].sort(),
    );
    expect(data).not.toHaveProperty('text');
    expect(data).toHaveProperty('identifier');
    expect(unchanged).toEqual(full);
  });

  it('returns only the total for _summary=count', async () => {
    const url = `${sandbox.baseUrl}/Coverage?beneficiary=Patient/Patient1&_summary=count`;
    const { body } = await getBundle(url);
    expect(body.total).toBe(coverageIdsOf('Patient/Patient1').length);
    expect(body.entry).toBeUndefined();
    expect(body.link?.map((link) => link.relation)).toEqual(['self', 'first']);
  });
});

describe('sandbox POST _search', () => {
  it('reads parameters from a form body', async () => {
    const { status, body } = await getBundleByPost(
      'Coverage/_search',
      'beneficiary=Patient/Patient1',
    );
    expect(status).toBe(200);
    expect(matchIds(body).sort()).toEqual(coverageIdsOf('Patient/Patient1'));
  });

  function getBundleByPost(path: string, form: string) {
    return fetchJson<Bundle>(`${sandbox.baseUrl}/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
  }
});

describe('sandbox search errors', () => {
  const cases: [string, string, string][] = [
    [
      'unknown parameter',
      'ExplanationOfBenefit?foo=bar',
      'Unknown search parameter "foo" for ExplanationOfBenefit',
    ],
    [
      'reverse chain',
      'Patient?_has:Coverage:beneficiary:status=active',
      'Reverse chaining',
    ],
    [
      'two-level chain',
      'PractitionerRole?organization.partof.name=x',
      'follows one reference per chain',
    ],
    [
      'chain through a token',
      'PractitionerRole?specialty.name=x',
      'not a reference',
    ],
    [
      'ambiguous chain',
      'ExplanationOfBenefit?provider.name=x',
      'name the type',
    ],
    [
      'unknown chained parameter',
      'PractitionerRole?practitioner.foo=x',
      'Unknown search parameter "foo" for Practitioner',
    ],
    [
      'unsupported modifier',
      'Location?address-city:exact=Hartford',
      'Modifier :exact',
    ],
    ['token :text', 'PractitionerRole?specialty:text=x', 'Modifier :text'],
    ['quantity parameter', 'Location?near=1|2|3|km', 'cannot search'],
    ['unknown _sort', 'Coverage?_sort=foo', 'Invalid _sort value "foo"'],
    [
      '_include from another type',
      'Coverage?_include=Patient:organization',
      'starts from the searched type',
    ],
    [
      '_include of a token',
      'Coverage?_include=Coverage:status',
      'no reference search parameter',
    ],
    ['invalid _count', 'Coverage?_count=ten', 'Invalid _count value "ten"'],
    ['negative _offset', 'Coverage?_offset=-1', 'Invalid _offset value "-1"'],
    [
      'invalid date',
      'ExplanationOfBenefit?service-date=yesterday',
      'Invalid format for date',
    ],
    ['invalid _summary', 'Coverage?_summary=maybe', 'Invalid _summary value'],
    [
      'unknown element',
      'Coverage?_elements=nothing',
      'no top-level element "nothing"',
    ],
    [
      '_elements with _summary',
      'Coverage?_elements=status&_summary=true',
      'cannot be combined',
    ],
    [
      'invalid :missing',
      'Coverage?payor:missing=perhaps',
      'expected true or false',
    ],
    [
      '_filter',
      'Coverage?_filter=status eq active',
      'Unknown search parameter "_filter"',
    ],
  ];

  it.each(cases)('answers 400 for %s', async (_name, query, message) => {
    const { status, body } = await getOutcome(`${sandbox.baseUrl}/${query}`);
    expect(status).toBe(400);
    expect(body.resourceType).toBe('OperationOutcome');
    expect(body.issue[0]?.severity).toBe('error');
    expect(body.issue[0]?.diagnostics).toContain(message);
  });
});
