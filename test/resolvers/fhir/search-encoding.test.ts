import type { Practitioner } from 'fhir/r4';
import { loadBackendSettings } from '../../../src/config';
import { startTestGraph } from '../../server/test-graph';
import {
  startDefaultSandbox,
  type DefaultSandbox,
} from '../../server/default-sandbox';
import { startFaultProxy, type FaultProxy } from '../../server/fault-proxy';
import type { TestGraph } from '../../server/test-graph';

let sandbox: DefaultSandbox;
let proxy: FaultProxy;
let graph: TestGraph;

beforeAll(async () => {
  sandbox = await startDefaultSandbox();
  proxy = await startFaultProxy(sandbox.sandbox.baseUrl);
  const backends = loadBackendSettings({}, { sandboxBaseUrl: proxy.baseUrl });
  graph = await startTestGraph(backends);
});

afterAll(async () => {
  await graph.close();
  await proxy.close();
  await sandbox.sandbox.close();
});

afterEach(() => {
  proxy.takeRequests();
});

const PRACTITIONERS_BY_NAME = `query ($name: String) {
  PractitionerList(name: $name, _count: 1000) { id }
}`;

/** Runs PractitionerList(name:) and returns the ids and the one URL sent. */
async function searchByName(name: string) {
  const response = await graph.query<{
    PractitionerList: Array<{ id: string }>;
  }>(PRACTITIONERS_BY_NAME, { name });
  expect(response.body.errors).toBeUndefined();
  const requests = proxy.takeRequests();
  expect(requests).toHaveLength(1);
  const ids = (response.body.data?.PractitionerList ?? []).map(({ id }) => id);
  return { ids: ids.sort(), target: requests[0]?.target ?? '' };
}

/** Returns the decoded query parameters of a recorded target, in order. */
function paramsOf(target: string): Array<[string, string]> {
  return [...new URL(target, 'http://proxy.invalid/').searchParams];
}

/** Searches the sandbox directly and returns the ids of every match. */
async function restSearch(resourceType: string, query: string) {
  const url = `${sandbox.sandbox.baseUrl}/${resourceType}?${query}&_count=1000`;
  const bundle = (await (await fetch(url)).json()) as {
    entry?: Array<{ resource: { id: string } }>;
  };
  return (bundle.entry ?? []).map((entry) => entry.resource.id).sort();
}

describe('search argument encoding', () => {
  it.each([
    ['Smith&_id=Practitioner2', 'name=Smith%26_id%3DPractitioner2'],
    ['Smith&_count=1', 'name=Smith%26_count%3D1'],
    ['Smith#top', 'name=Smith%23top'],
    ['Smith?_id=Practitioner2', 'name=Smith%3F_id%3DPractitioner2'],
    ['Smith|Brown', 'name=Smith%7CBrown'],
    ['Smith Brown', 'name=Smith%20Brown'],
  ])('keeps %j in one name parameter', async (name, encoded) => {
    const { ids, target } = await searchByName(name);
    expect(target).toBe(`Practitioner?${encoded}&_count=1000`);
    expect(paramsOf(target)).toEqual([
      ['name', name],
      ['_count', '1000'],
    ]);
    expect(ids).toEqual([]);
  });

  it('finds the plain name it protects', async () => {
    const { ids, target } = await searchByName('Smith');
    expect(target).toBe('Practitioner?name=Smith&_count=1000');
    expect(ids).toEqual(await restSearch('Practitioner', 'name=Smith'));
    expect(ids).toHaveLength(8);
  });

  it('passes a comma as the FHIR OR', async () => {
    const { ids, target } = await searchByName('Smith,Jones');
    expect(target).toBe('Practitioner?name=Smith%2CJones&_count=1000');
    expect(paramsOf(target)).toEqual([
      ['name', 'Smith,Jones'],
      ['_count', '1000'],
    ]);
    const smiths = await restSearch('Practitioner', 'name=Smith');
    const joneses = await restSearch('Practitioner', 'name=Jones');
    expect(ids).toEqual([...smiths, ...joneses].sort());
    expect(joneses).toHaveLength(4);
  });

  it('passes a token as system|code', async () => {
    const system = 'http://hl7.org/fhir/sid/us-npi';
    const withNpi = sandbox.resources
      .filter(
        (resource): resource is Practitioner =>
          resource.resourceType === 'Practitioner',
      )
      .filter((practitioner) =>
        (practitioner.identifier ?? []).some(
          (identifier) =>
            identifier.system === system && identifier.value === '6667778880',
        ),
      );
    const response = await graph.query<{
      PractitionerList: Array<{ id: string }>;
    }>(
      `query ($identifier: String) {
      PractitionerList(identifier: $identifier) { id }
    }`,
      { identifier: `${system}|6667778880` },
    );
    const [request] = proxy.takeRequests();
    expect(request?.target).toBe(
      'Practitioner?identifier=http%3A%2F%2Fhl7.org%2Ffhir%2Fsid%2Fus-npi%7C6667778880',
    );
    const ids = response.body.data?.PractitionerList.map(({ id }) => id);
    expect(ids?.sort()).toEqual(withNpi.map(({ id }) => id).sort());
    expect(ids).toContain('Practitioner1');
  });

  it('encodes reverse reference arguments', async () => {
    const response = await graph.query(`{
      Patient(id: "Patient1") {
        ExplanationOfBenefitList(
          _reference: patient
          status: "active&_id=EOBInpatient2"
        ) { id }
      }
    }`);
    expect(response.body.data).toEqual({
      Patient: { ExplanationOfBenefitList: [] },
    });
    const targets = proxy.takeRequests().map((request) => request.target);
    expect(targets).toEqual([
      'Patient?_id=Patient1&_count=1',
      'ExplanationOfBenefit?patient=Patient%2FPatient1&status=active%26_id%3DEOBInpatient2&_count=1000',
    ]);
  });

  it('sends no request for an id with a query', async () => {
    const response = await graph.query(`{
      Practitioner(id: "Practitioner1&_id=Practitioner2") { id }
    }`);
    expect(response.body.data).toEqual({ Practitioner: null });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.message).toBe(
      'Invalid FHIR Practitioner id "Practitioner1&_id=Practitioner2"; expected 1 to 64 letters, digits, "-" or "."',
    );
    expect(proxy.requests).toEqual([]);
  });
});
