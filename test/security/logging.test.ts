import type { Patient } from 'fhir/r4';
import { captureLogs } from '../auth/helpers/log-capture';
import type { DefaultSandbox } from '../server/default-sandbox';
import { ATTACKER, startSecuritySandbox } from './helpers/dataset';
import {
  resourcesOf,
  startSecureGraph,
  type SecureGraph,
} from './helpers/secure-graph';
import { signDevToken } from './helpers/tokens';

const PHI_QUERY = `query MemberDetails($family: String, $id: ID!) {
  PatientList(family: $family) { id name { family given } birthDate telecom { value } address { line city } }
  Patient(id: $id) { identifier { value } }
  ExplanationOfBenefitList(patient: "Patient/${ATTACKER}", _count: 5) { id identifier { value } total { amount { value } } }
}`;

let sandbox: DefaultSandbox;
let graph: SecureGraph;
let lines: string[];

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  const capture = captureLogs();
  lines = capture.lines;
  graph = await startSecureGraph(sandbox, { logger: capture.logger });
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

describe('service log of a PHI query', () => {
  let token: string;
  let apiKey: string;
  let patient: Patient | undefined;
  let responseText: string;

  beforeAll(async () => {
    [patient] = resourcesOf<Patient>(
      sandbox.resources,
      'Patient',
      ({ id }) => id === ATTACKER,
    );
    token = await signDevToken(ATTACKER);
    apiKey = (await graph.registerApp('logged app')).key;
    lines.length = 0;
    const response = await graph.query(
      PHI_QUERY,
      { token, apiKey, headers: { 'x-request-id': 'logged-request-1' } },
      { family: patient?.name?.[0]?.family, id: ATTACKER },
    );
    responseText = response.text;
    // An invalid token is logged as a rejection.
    await graph.query(
      PHI_QUERY,
      { token: `${token}x`, apiKey },
      { id: ATTACKER },
    );
  });

  it('logs the request', () => {
    const log = lines.join('');

    expect(responseText).toContain(patient?.birthDate ?? 'missing');
    expect(log).toContain('"requestId":"logged-request-1"');
    expect(log).toContain('"operationName":"MemberDetails"');
    expect(log).toContain('authentication rejected');
  });

  it('logs no token, API key or variable', () => {
    const log = lines.join('');

    expect(log).not.toContain(token);
    expect(log).not.toContain(token.split('.')[2]);
    expect(log).not.toContain(apiKey);
    expect(log).not.toContain(ATTACKER);
    expect(log).not.toContain('"variables"');
  });

  it('logs no PHI value', () => {
    const log = lines.join('');
    const values = [
      ...(patient?.name?.flatMap((name) => [
        name.family ?? '',
        ...(name.given ?? []),
      ]) ?? []),
      patient?.birthDate ?? '',
      ...(patient?.telecom?.map((telecom) => telecom.value ?? '') ?? []),
      ...(patient?.identifier?.map((identifier) => identifier.value ?? '') ??
        []),
      ...(patient?.address?.flatMap((address) => address.line ?? []) ?? []),
    ].filter((value) => value.length > 0);

    expect(values.length).toBeGreaterThan(5);
    expect(values.filter((value) => log.includes(value))).toEqual([]);
  });
});
