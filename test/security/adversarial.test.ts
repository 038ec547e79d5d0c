import { generateKeyPairSync } from 'node:crypto';
import type { DefaultSandbox } from '../server/default-sandbox';
import type { GraphResponse } from '../server/test-graph';
import {
  ATTACKER,
  DEPENDENT,
  secretsOf,
  startSecuritySandbox,
  SUBSCRIBER,
  VICTIM,
} from './helpers/dataset';
import {
  startSecureGraph,
  type Caller,
  type SecureGraph,
} from './helpers/secure-graph';
import { signDevToken, unsecuredToken, unsignedToken } from './helpers/tokens';

/** The prepared callers of the matrix, by name. */
type CallerName =
  | 'attacker'
  | 'subscriber'
  | 'anonymous'
  | 'appOnly'
  | 'tokenWithoutKey'
  | 'expired'
  | 'notYetValid'
  | 'wrongIssuer'
  | 'wrongAudience'
  | 'wrongKey'
  | 'algNone'
  | 'unsigned'
  | 'malformedToken'
  | 'noPatientClaim'
  | 'v1PatientOnly'
  | 'v2PatientOnly'
  | 'v2ReadOnlyClaims'
  | 'v2SearchOnlyPatient'
  | 'userScope'
  | 'granularScope'
  | 'v1Write'
  | 'claimsOnly'
  | 'revokedKey'
  | 'unknownKey'
  | 'malformedKey';

interface Case {
  readonly name: string;
  readonly caller: CallerName;
  readonly query: string;
  /** The expected `extensions.code` of every error; null for no error. */
  readonly code: string | null;
  /** Default 200: field errors leave the HTTP status alone. */
  readonly status?: number;
  /** Whose data must not appear; default the victim. */
  readonly victim?: string;
  /** Who reads; default the attacker. */
  readonly reader?: string;
  /** Values the reader's own data names, which may be echoed. */
  readonly allowed?: readonly string[];
  /** A query for a missing resource that must get the same response. */
  readonly twin?: string;
  readonly check?: (response: GraphResponse) => void;
}

const UNKNOWN_KEY = `fpg_${'A'.repeat(43)}`;

let sandbox: DefaultSandbox;
let graph: SecureGraph;
let callers: Record<CallerName, Caller>;
let victimCursors: { connection: string; relay: string };

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  graph = await startSecureGraph(sandbox);
  callers = await prepareCallers(graph);
  victimCursors = await issueVictimCursors(graph);
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

const CASES: Case[] = [
  // Another member by root id.
  {
    name: 'Patient by id',
    caller: 'attacker',
    query: `{ Patient(id: "${VICTIM}") { id name { family given } birthDate } }`,
    code: 'NOT_FOUND',
    twin: '{ Patient(id: "no-such-member") { id name { family given } birthDate } }',
  },
  {
    name: 'Coverage by id',
    caller: 'attacker',
    query: `{ Coverage(id: "${VICTIM}-cov-1") { id subscriberId identifier { value } } }`,
    code: 'NOT_FOUND',
    twin: '{ Coverage(id: "no-such-coverage") { id subscriberId identifier { value } } }',
  },
  {
    name: 'ExplanationOfBenefit by id',
    caller: 'attacker',
    query: `{ ExplanationOfBenefit(id: "${VICTIM}-eob-001") { id identifier { value } } }`,
    code: 'NOT_FOUND',
    twin: '{ ExplanationOfBenefit(id: "no-such-claim") { id identifier { value } } }',
  },
  {
    name: 'RelatedPerson of another patient',
    caller: 'attacker',
    query: '{ RelatedPerson(id: "RelatedPerson1") { id name { family } } }',
    code: 'NOT_FOUND',
    victim: 'Patient1',
    twin: '{ RelatedPerson(id: "no-such-person") { id name { family } } }',
  },
  {
    name: 'member story entry point',
    caller: 'attacker',
    query: `{ member(id: "${VICTIM}") { id name { family } coverages { id } } }`,
    code: 'NOT_FOUND',
    twin: '{ member(id: "no-such-member") { id name { family } coverages { id } } }',
  },
  {
    name: 'Coverage naming the attacker as RelatedPerson',
    caller: 'attacker',
    query:
      '{ Coverage(id: "probe-coverage") { id beneficiary { reference } } }',
    code: 'NOT_FOUND',
  },
  // Another member by search argument.
  {
    name: 'PatientList by _id',
    caller: 'attacker',
    query: `{ PatientList(_id: "${VICTIM}") { id name { family } } }`,
    code: null,
    check: expectData({ PatientList: [] }),
  },
  {
    name: 'PatientList by name',
    caller: 'attacker',
    query: '{ PatientList(family: "Miller") { id name { family } } }',
    code: null,
    check: expectData({ PatientList: [] }),
  },
  {
    name: 'CoverageList by beneficiary',
    caller: 'attacker',
    query: `{ CoverageList(beneficiary: "Patient/${VICTIM}") { id subscriberId } }`,
    code: null,
    check: expectData({ CoverageList: [] }),
  },
  {
    name: 'CoverageList by subscriber',
    caller: 'attacker',
    query: `{ CoverageList(subscriber: "Patient/${VICTIM}") { id } }`,
    code: null,
    check: expectData({ CoverageList: [] }),
  },
  {
    name: 'CoverageConnection by _id',
    caller: 'attacker',
    query: `{ CoverageConnection(_id: "${VICTIM}-cov-1") { count edges { resource { id } } } }`,
    code: null,
    check: expectData({ CoverageConnection: { count: 0, edges: [] } }),
  },
  {
    name: 'ExplanationOfBenefitList by patient',
    caller: 'attacker',
    query: `{ ExplanationOfBenefitList(patient: "Patient/${VICTIM}") { id } }`,
    code: null,
    check: expectData({ ExplanationOfBenefitList: [] }),
  },
  {
    name: 'ExplanationOfBenefitList by claim number',
    caller: 'attacker',
    query:
      '{ ExplanationOfBenefitList(identifier: "2023120700002001") { id } }',
    code: null,
    check: expectData({ ExplanationOfBenefitList: [] }),
  },
  {
    name: 'ExplanationOfBenefitConnection count',
    caller: 'attacker',
    query: `{ ExplanationOfBenefitConnection(patient: "Patient/${VICTIM}") { count edges { resource { id } } } }`,
    code: null,
    check: expectData({
      ExplanationOfBenefitConnection: { count: 0, edges: [] },
    }),
  },
  {
    name: 'PatientConnection count',
    caller: 'attacker',
    query: `{ PatientConnection(_id: "${VICTIM}") { count } }`,
    code: null,
    check: expectData({ PatientConnection: { count: 0 } }),
  },
  {
    name: 'RelatedPersonList by patient',
    caller: 'attacker',
    query: '{ RelatedPersonList(patient: "Patient/Patient1") { id } }',
    code: null,
    victim: 'Patient1',
    check: expectData({ RelatedPersonList: [] }),
  },
  // Another member by reference traversal.
  {
    name: 'public Basic subject reference',
    caller: 'attacker',
    query:
      '{ Basic(id: "probe-basic-victim") { subject { resource { ... on Patient { id name { family } } } } } }',
    code: 'NOT_FOUND',
    allowed: [`Patient/${VICTIM}`],
    twin: '{ Basic(id: "probe-basic-absent") { subject { resource { ... on Patient { id name { family } } } } } }',
  },
  {
    name: 'own claim to their coverage',
    caller: 'attacker',
    query:
      '{ ExplanationOfBenefit(id: "probe-eob") { insurance { coverage { resource { id subscriberId } } } } }',
    code: 'NOT_FOUND',
    allowed: [`Coverage/${VICTIM}-cov-1`],
    check: (response) => {
      expect(response.body.errors).toHaveLength(2);
      const [victimError, missingError] = response.body.errors ?? [];
      expect(victimError?.message).toBe(
        `Referenced resource Coverage/${VICTIM}-cov-1 not found`,
      );
      expect(missingError?.message).toBe(
        'Referenced resource Coverage/no-such-coverage not found',
      );
    },
  },
  {
    name: 'own claim to their payee',
    caller: 'attacker',
    query:
      '{ ExplanationOfBenefit(id: "probe-eob") { payee { party { resource { ... on Patient { name { family } } } } } } }',
    code: 'NOT_FOUND',
    allowed: [`Patient/${VICTIM}`],
  },
  {
    name: 'subscriber to dependent Patient',
    caller: 'subscriber',
    reader: SUBSCRIBER,
    victim: DEPENDENT,
    query: `{ Coverage(id: "${DEPENDENT}-cov-1") { id beneficiary { resource { ... on Patient { name { family given } birthDate } } } } }`,
    code: 'NOT_FOUND',
    allowed: [`Patient/${DEPENDENT}`],
  },
  {
    name: 'public container with a Patient',
    caller: 'attacker',
    query:
      '{ Organization(id: "probe-organization") { contained { ... on Patient { name { family } } } } }',
    code: null,
    check: (response) => {
      expect(response.body.data).toEqual({
        Organization: { contained: [] },
      });
      expect(response.text).not.toContain('ContainedPatientSecret');
    },
  },
  // Another member by reverse reference.
  {
    name: 'their payor to Coverages',
    caller: 'attacker',
    query:
      '{ Organization(id: "plannet-organization-1230210000") { CoverageList(_reference: payor) { id } } }',
    code: null,
    check: expectData({ Organization: { CoverageList: [] } }),
  },
  {
    name: 'shared payor to Coverages',
    caller: 'attacker',
    query:
      '{ Organization(id: "plannet-organization-1230220000") { CoverageList(_reference: payor) { id } } }',
    code: null,
    check: expectOnlyOwnIds('member-0001-cov-'),
  },
  {
    name: 'provider Organization to claims',
    caller: 'attacker',
    query:
      '{ Organization(id: "plannet-organization-1235338232") { ExplanationOfBenefitList(_reference: provider) { id } } }',
    code: null,
    check: expectOnlyOwnIds('member-0001-eob-'),
  },
  {
    name: 'care team Practitioner to claims',
    caller: 'attacker',
    query:
      '{ PractitionerList(_count: 40) { ExplanationOfBenefitList(_reference: care_team) { id } } }',
    code: null,
    check: expectOnlyOwnIds('member-0001-eob-'),
  },
  {
    name: 'dependent coverage to claims',
    caller: 'subscriber',
    reader: SUBSCRIBER,
    victim: DEPENDENT,
    query: `{ Coverage(id: "${DEPENDENT}-cov-1") { ExplanationOfBenefitList(_reference: coverage) { id } explanationOfBenefits { totalCount edges { node { id } } } } }`,
    code: null,
    check: expectData({
      Coverage: {
        ExplanationOfBenefitList: [],
        explanationOfBenefits: { totalCount: 0, edges: [] },
      },
    }),
  },
  {
    name: 'own Patient to RelatedPersons',
    caller: 'attacker',
    query: `{ Patient(id: "${ATTACKER}") { RelatedPersonList(_reference: patient) { id } } }`,
    code: null,
    check: expectData({ Patient: { RelatedPersonList: [] } }),
  },
  // Another member by _entities.
  {
    name: '_entities Patient',
    caller: 'attacker',
    query: `{ _entities(representations: [{ __typename: "Patient", id: "${VICTIM}" }]) { ... on Patient { id name { family } } } }`,
    code: null,
    check: expectData({ _entities: [null] }),
    twin: '{ _entities(representations: [{ __typename: "Patient", id: "no-such-member" }]) { ... on Patient { id name { family } } } }',
  },
  {
    name: '_entities Coverage and claim',
    caller: 'attacker',
    query: `{ _entities(representations: [{ __typename: "Coverage", id: "${VICTIM}-cov-1" }, { __typename: "ExplanationOfBenefit", id: "${VICTIM}-eob-001" }]) { ... on Coverage { id subscriberId } ... on ExplanationOfBenefit { id identifier { value } } } }`,
    code: null,
    check: expectData({ _entities: [null, null] }),
  },
  {
    name: '_entities representation with fields',
    caller: 'attacker',
    query: `{ _entities(representations: [{ __typename: "Patient", id: "${VICTIM}", resourceType: "Patient", name: [{ family: "Miller" }] }]) { ... on Patient { id name { family } } } }`,
    code: null,
    check: expectData({ _entities: [null] }),
  },
  {
    name: '_entities without credentials',
    caller: 'anonymous',
    query: `{ _entities(representations: [{ __typename: "Patient", id: "${VICTIM}" }]) { ... on Patient { id name { family } } } }`,
    code: 'UNAUTHENTICATED',
  },
  // Aliases and fragments.
  {
    name: 'alias next to own Patient',
    caller: 'attacker',
    query: `{ mine: Patient(id: "${ATTACKER}") { id } theirs: Patient(id: "${VICTIM}") { id name { family } } }`,
    code: 'NOT_FOUND',
    check: (response) => {
      expect(response.body.data).toEqual({
        mine: { id: ATTACKER },
        theirs: null,
      });
    },
  },
  {
    name: 'aliased claim searches',
    caller: 'attacker',
    query: `{ a: ExplanationOfBenefitList(patient: "Patient/${VICTIM}") { id } b: ExplanationOfBenefitList(patient: "Patient/${VICTIM}", _count: 5) { id } }`,
    code: null,
    check: expectData({ a: [], b: [] }),
  },
  {
    name: 'fragment spread',
    caller: 'attacker',
    query: `query { ...Steal } fragment Steal on Query { Patient(id: "${VICTIM}") { name { family } } }`,
    code: 'NOT_FOUND',
  },
  {
    name: 'inline fragment on Query',
    caller: 'attacker',
    query: `{ ... on Query { Coverage(id: "${VICTIM}-cov-1") { subscriberId } } }`,
    code: 'NOT_FOUND',
  },
  // Cursors issued to someone else.
  {
    name: 'FHIR connection cursor of the victim',
    caller: 'attacker',
    query: 'CURSOR_CONNECTION',
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'Relay cursor of the victim',
    caller: 'attacker',
    query: 'CURSOR_RELAY',
    code: 'BAD_USER_INPUT',
  },
  // Invalid access tokens end the request with HTTP 401.
  ...tokenCase('expired token', 'expired'),
  ...tokenCase('token not yet valid', 'notYetValid'),
  ...tokenCase('token of another issuer', 'wrongIssuer'),
  ...tokenCase('token for another audience', 'wrongAudience'),
  ...tokenCase('token signed by another key', 'wrongKey'),
  ...tokenCase('token with alg none', 'algNone'),
  ...tokenCase('token without signature', 'unsigned'),
  ...tokenCase('malformed token', 'malformedToken'),
  {
    name: 'token without patient claim',
    caller: 'noPatientClaim',
    query: `{ Patient(id: "${VICTIM}") { name { family } } }`,
    code: 'UNAUTHENTICATED',
  },
  // Scopes too narrow, SMART v1 and v2.
  scopeCase('v1 Patient scope reads Coverage', 'v1PatientOnly', 'Coverage'),
  scopeCase('v2 Patient scope searches claims', 'v2PatientOnly', 'EOBList'),
  scopeCase('v2 read-only scope searches', 'v2ReadOnlyClaims', 'EOBList'),
  scopeCase('v2 search-only scope reads', 'v2SearchOnlyPatient', 'Patient'),
  scopeCase('user scope', 'userScope', 'Patient'),
  scopeCase('granular v2 scope', 'granularScope', 'EOBList'),
  scopeCase('v1 write scope', 'v1Write', 'Patient'),
  {
    name: 'claims scope to Patient reference',
    caller: 'claimsOnly',
    query: `{ ExplanationOfBenefit(id: "${ATTACKER}-eob-001") { id patient { resource { ... on Patient { name { family } } } } } }`,
    code: 'FORBIDDEN',
  },
  // Revoked, unknown and malformed API keys, and no key at all.
  ...tokenCase('revoked API key', 'revokedKey'),
  ...tokenCase('unknown API key', 'unknownKey'),
  ...tokenCase('malformed API key', 'malformedKey'),
  {
    name: 'token without API key',
    caller: 'tokenWithoutKey',
    query: `{ Patient(id: "${ATTACKER}") { id } }`,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'API key without token',
    caller: 'appOnly',
    query: `{ Patient(id: "${VICTIM}") { name { family } } }`,
    code: 'UNAUTHENTICATED',
  },
  // No credentials at all.
  {
    name: 'anonymous Patient by id',
    caller: 'anonymous',
    query: `{ Patient(id: "${VICTIM}") { name { family } } }`,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'anonymous connection count',
    caller: 'anonymous',
    query: '{ PatientConnection { count } }',
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'anonymous reverse reference',
    caller: 'anonymous',
    query:
      '{ OrganizationList(_count: 5) { id CoverageList(_reference: payor) { id } } }',
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'anonymous reference traversal',
    caller: 'anonymous',
    query:
      '{ Basic(id: "probe-basic-victim") { subject { resource { ... on Patient { name { family } } } } } }',
    code: 'UNAUTHENTICATED',
    allowed: [`Patient/${VICTIM}`],
  },
];

describe('access to another member', () => {
  it('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((entry) => [entry.name, entry] as const))(
    '%s',
    async (_name, entry) => {
      const query = resolveQuery(entry.query);
      const response = await graph.query(query, callers[entry.caller]);

      expect(response.status).toBe(entry.status ?? 200);
      expectCodes(response, entry.code);
      expectNoSecrets(response, entry, query);
      entry.check?.(response);
      if (entry.twin !== undefined) {
        const twin = await graph.query(entry.twin, callers[entry.caller]);
        expectSameAnswer(response, twin);
      }
    },
  );
});

/** Two cases per credential: a PHI query and a public one both fail. */
function tokenCase(name: string, caller: CallerName): Case[] {
  return [
    {
      name: `${name} for PHI`,
      caller,
      query: `{ Patient(id: "${ATTACKER}") { id } }`,
      code: 'UNAUTHENTICATED',
      status: 401,
    },
    {
      name: `${name} for public data`,
      caller,
      query: '{ PractitionerList(_count: 1) { id } }',
      code: 'UNAUTHENTICATED',
      status: 401,
    },
  ];
}

function scopeCase(
  name: string,
  caller: CallerName,
  target: 'Coverage' | 'EOBList' | 'Patient',
): Case {
  const queries = {
    Coverage: `{ Coverage(id: "${ATTACKER}-cov-1") { id } }`,
    EOBList: `{ ExplanationOfBenefitList(patient: "Patient/${ATTACKER}") { id } }`,
    Patient: `{ Patient(id: "${ATTACKER}") { id } }`,
  };
  return { name, caller, query: queries[target], code: 'FORBIDDEN' };
}

function resolveQuery(query: string): string {
  switch (query) {
    case 'CURSOR_CONNECTION':
      return `{ ExplanationOfBenefitConnection(_cursor: "${victimCursors.connection}") { edges { resource { id } } } }`;
    case 'CURSOR_RELAY':
      return `{ member(id: "${ATTACKER}") { explanationOfBenefits(first: 2, after: "${victimCursors.relay}") { edges { node { id } } } } }`;
    default:
      return query;
  }
}

function expectCodes(response: GraphResponse, code: string | null): void {
  const codes = (response.body.errors ?? []).map(
    (error) => error.extensions?.code,
  );
  if (code === null) {
    expect(codes).toEqual([]);
  } else {
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set([code]));
  }
}

function expectNoSecrets(
  response: GraphResponse,
  entry: Case,
  query: string,
): void {
  const victim = entry.victim ?? VICTIM;
  const reader = entry.reader ?? ATTACKER;
  const echoed = [query, ...(entry.allowed ?? [])];
  const secrets = cachedSecrets(victim, reader).filter(
    (secret) => !echoed.some((text) => text.includes(secret)),
  );
  expect(secrets.length).toBeGreaterThan(0);
  const leaked = secrets.filter((secret) => response.text.includes(secret));
  expect(leaked).toEqual([]);
}

const secretsByPair = new Map<string, string[]>();

function cachedSecrets(victim: string, reader: string): string[] {
  const key = `${victim} ${reader}`;
  let secrets = secretsByPair.get(key);
  if (secrets === undefined) {
    secrets = secretsOf(sandbox.resources, victim, reader);
    secretsByPair.set(key, secrets);
  }
  return secrets;
}

/**
 * Expects the response for another member's resource to match the one for
 * a missing resource: the same data, the same errors with the id swapped,
 * and the same backend requests, so neither content nor timing differs.
 */
function expectSameAnswer(response: GraphResponse, twin: GraphResponse): void {
  const unify = (text: string): string =>
    text.replace(/(member-0002|no-such-[a-z]+|RelatedPerson1)[\w-]*/g, 'ID');
  const errors = (answer: GraphResponse) =>
    (answer.body.errors ?? []).map((error) => ({
      ...error,
      message: unify(error.message),
    }));
  expect(response.status).toBe(twin.status);
  expect(response.body.data).toEqual(twin.body.data);
  expect(errors(response)).toEqual(errors(twin));
  expect(response.body.extensions?.backend?.backendRequests).toBe(
    twin.body.extensions?.backend?.backendRequests,
  );
  expect(response.body.extensions?.backend?.byResourceType).toEqual(
    twin.body.extensions?.backend?.byResourceType,
  );
}

function expectData(data: Record<string, unknown>) {
  return (response: GraphResponse): void => {
    expect(response.body.data).toEqual(data);
  };
}

/** Expects every `id` in the response to start with `prefix`. */
function expectOnlyOwnIds(prefix: string) {
  return (response: GraphResponse): void => {
    const ids = [...response.text.matchAll(/"id":"([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !id.startsWith(prefix))).toEqual([]);
  };
}

async function prepareCallers(
  secure: SecureGraph,
): Promise<Record<CallerName, Caller>> {
  const { key: apiKey } = await secure.registerApp('attacker app');
  const revoked = await secure.registerApp('revoked app');
  await secure.protection.auth.apiKeys.revoke(revoked.id);
  const member = async (
    patient: string,
    options: Parameters<typeof signDevToken>[1] = {},
  ): Promise<Caller> => ({
    token: await signDevToken(patient, options),
    apiKey,
  });
  const scoped = (scope: string) => member(ATTACKER, { claims: { scope } });
  const attacker = await member(ATTACKER);
  const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    attacker,
    subscriber: await member(SUBSCRIBER),
    anonymous: {},
    appOnly: { apiKey },
    tokenWithoutKey: { token: attacker.token },
    expired: await member(ATTACKER, { expiresIn: -120 }),
    notYetValid: await member(ATTACKER, { notBefore: 600 }),
    wrongIssuer: await member(ATTACKER, { issuer: 'https://evil.invalid' }),
    wrongAudience: await member(ATTACKER, { audience: 'another-api' }),
    wrongKey: await member(ATTACKER, { key: otherKey.privateKey }),
    algNone: { token: unsecuredToken(ATTACKER), apiKey },
    unsigned: { token: await unsignedToken(ATTACKER), apiKey },
    malformedToken: { token: 'not-a-jwt', apiKey },
    noPatientClaim: await member(ATTACKER, { claims: { patient: undefined } }),
    v1PatientOnly: await scoped('patient/Patient.read'),
    v2PatientOnly: await scoped('patient/Patient.rs'),
    v2ReadOnlyClaims: await scoped('patient/ExplanationOfBenefit.r'),
    v2SearchOnlyPatient: await scoped('patient/Patient.s'),
    userScope: await scoped('user/*.read user/*.rs'),
    granularScope: await scoped(
      'patient/ExplanationOfBenefit.rs?type=pharmacy',
    ),
    v1Write: await scoped('patient/*.write'),
    claimsOnly: await scoped('patient/ExplanationOfBenefit.rs'),
    revokedKey: { token: attacker.token, apiKey: revoked.key },
    unknownKey: { token: attacker.token, apiKey: UNKNOWN_KEY },
    malformedKey: { token: attacker.token, apiKey: 'letmein' },
  };
}

/** Pages the victim's own claims, to replay the cursors as the attacker. */
async function issueVictimCursors(
  secure: SecureGraph,
): Promise<{ connection: string; relay: string }> {
  const { key } = await secure.registerApp('victim app');
  const victim = { token: await signDevToken(VICTIM), apiKey: key };
  const connection = await secure.query<{
    ExplanationOfBenefitConnection: { next: string };
  }>(
    `{ ExplanationOfBenefitConnection(patient: "Patient/${VICTIM}", _count: 2) { next } }`,
    victim,
  );
  const relay = await secure.query<{
    member: { explanationOfBenefits: { pageInfo: { endCursor: string } } };
  }>(
    `{ member(id: "${VICTIM}") { explanationOfBenefits(first: 2) { pageInfo { endCursor } } } }`,
    victim,
  );
  const next = connection.body.data?.ExplanationOfBenefitConnection.next;
  const endCursor =
    relay.body.data?.member.explanationOfBenefits.pageInfo.endCursor;
  if (next === undefined || endCursor === undefined) {
    throw new Error(`victim cursors missing: ${connection.text} ${relay.text}`);
  }
  return { connection: next, relay: endCursor };
}
