import type { DefaultSandbox } from '../server/default-sandbox';
import {
  ATTACKER,
  DEPENDENT,
  startSecuritySandbox,
  SUBSCRIBER,
} from './helpers/dataset';
import {
  startSecureGraph,
  type Caller,
  type SecureGraph,
} from './helpers/secure-graph';
import { signDevToken } from './helpers/tokens';

let sandbox: DefaultSandbox;
let graph: SecureGraph;
let apiKey: string;

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  graph = await startSecureGraph(sandbox);
  apiKey = (await graph.registerApp('own data app')).key;
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

async function member(patient: string, scope?: string): Promise<Caller> {
  const claims = scope === undefined ? {} : { scope };
  return { token: await signDevToken(patient, { claims }), apiKey };
}

describe('a member reading their own data', () => {
  it('reads a dependent coverage as subscriber', async () => {
    const response = await graph.query(
      `{ Coverage(id: "${DEPENDENT}-cov-1") { id subscriber { reference } } }`,
      await member(SUBSCRIBER),
    );

    expect(response.body).toMatchObject({
      data: {
        Coverage: {
          id: `${DEPENDENT}-cov-1`,
          subscriber: { reference: `Patient/${SUBSCRIBER}` },
        },
      },
    });
    expect(response.body.errors).toBeUndefined();
  });

  it('finds every coverage of the compartment', async () => {
    const response = await graph.query<{ CoverageList: Array<{ id: string }> }>(
      '{ CoverageList { id } }',
      await member(SUBSCRIBER),
    );
    const ids = response.body.data?.CoverageList.map(({ id }) => id).sort();

    expect(ids).toEqual([`${SUBSCRIBER}-cov-1`, `${DEPENDENT}-cov-1`]);
  });

  it('reads own RelatedPersons', async () => {
    const response = await graph.query(
      '{ RelatedPersonList { id } Patient(id: "Patient1") { RelatedPersonList(_reference: patient) { id } } }',
      await member('Patient1'),
    );

    expect(response.body.data).toEqual({
      RelatedPersonList: [{ id: 'RelatedPerson1' }],
      Patient: { RelatedPersonList: [{ id: 'RelatedPerson1' }] },
    });
  });

  it('reads contained resources of own claims', async () => {
    const response = await graph.query(
      `{ ExplanationOfBenefit(id: "${ATTACKER}-eob-007") { contained { ... on Practitioner { id } } } }`,
      await member(ATTACKER),
    );

    expect(response.body.data).toEqual({
      ExplanationOfBenefit: { contained: [{ id: 'care-team-1' }] },
    });
  });

  it.each([
    ['SMART v1', 'patient/*.read'],
    ['SMART v2', 'patient/Patient.rs patient/Coverage.rs'],
  ])('accepts %s scopes', async (_version, scope) => {
    const response = await graph.query(
      `{ Patient(id: "${ATTACKER}") { id CoverageList(_reference: beneficiary) { id } } }`,
      await member(ATTACKER, scope),
    );

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({
      Patient: {
        id: ATTACKER,
        CoverageList: [
          { id: `${ATTACKER}-cov-1` },
          { id: `${ATTACKER}-cov-2` },
        ],
      },
    });
  });
});

describe('AUTH_REQUIRE_API_KEY=false', () => {
  let keyless: SecureGraph;

  beforeAll(async () => {
    keyless = await startSecureGraph(sandbox, { requireApiKey: false });
  });

  afterAll(() => keyless.close());

  it('lets a member token alone read PHI', async () => {
    const response = await keyless.query(
      `{ Patient(id: "${ATTACKER}") { id } }`,
      {
        token: await signDevToken(ATTACKER),
      },
    );

    expect(response.body).toEqual({
      data: { Patient: { id: ATTACKER } },
      extensions: expect.anything(),
    });
  });
});

describe('Query.me', () => {
  it('reads the patient of the token', async () => {
    const response = await graph.query('{ me { id } }', await member(ATTACKER));
    expect(response.body.data).toEqual({ me: { id: ATTACKER } });
    expect(response.body.errors).toBeUndefined();
  });

  it('rejects an app without a member token', async () => {
    const response = await graph.query('{ me { id } }', { apiKey });
    expect(response.body.data).toEqual({ me: null });
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
    // The @phi check runs before the resolver and names the missing token.
    expect(error?.message).toBe(
      'read of Patient requires a member access token in the Authorization header',
    );
  });
});
