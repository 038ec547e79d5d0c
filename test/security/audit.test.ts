import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import {
  loadAuditSettings,
  openAuditLog,
  type AuditEvent,
} from '../../src/server/audit/audit-log';
import type { DefaultSandbox } from '../server/default-sandbox';
import { MemoryAuditLog } from '../server/test-protection';
import { ATTACKER, startSecuritySandbox } from './helpers/dataset';
import { startSecureGraph, type SecureGraph } from './helpers/secure-graph';
import { signDevToken } from './helpers/tokens';

const SUMMARY_QUERY = `query MemberSummary {
  member(id: "${ATTACKER}") {
    id
    name { family given }
    coverages {
      id
      payors { ... on Organization { id name } }
      beneficiary { resource { ... on Patient { id } } }
    }
    explanationOfBenefits(first: 3) {
      edges {
        node {
          id
          provider { resource { ... on Organization { id } ... on Practitioner { id } } }
        }
      }
    }
  }
  again: Patient(id: "${ATTACKER}") { id }
  PractitionerList(_count: 2) { id }
}`;

interface Summary {
  member: {
    id: string;
    coverages: Array<{ id: string }>;
    explanationOfBenefits: { edges: Array<{ node: { id: string } }> };
  };
}

let sandbox: DefaultSandbox;
let graph: SecureGraph;
let audit: MemoryAuditLog;

beforeAll(async () => {
  sandbox = await startSecuritySandbox();
  audit = new MemoryAuditLog();
  graph = await startSecureGraph(sandbox, { audit });
});

afterAll(async () => {
  await graph.close();
  await sandbox.sandbox.close();
});

describe('audit of a member summary', () => {
  let response: Awaited<ReturnType<SecureGraph['query']>>;
  let appId: string;

  beforeAll(async () => {
    const app = await graph.registerApp('summary app');
    appId = app.id;
    audit.events.length = 0;
    response = await graph.query<Summary>(SUMMARY_QUERY, {
      token: await signDevToken(ATTACKER),
      apiKey: app.key,
      headers: { 'x-request-id': 'audit-summary-1' },
    });
  });

  it('returns the summary', () => {
    expect(response.body.errors).toBeUndefined();
  });

  it('writes one event per PHI resource returned', () => {
    const summary = (response.body.data as unknown as Summary).member;
    const expected = [
      `Patient/${summary.id}`,
      ...summary.coverages.map(({ id }) => `Coverage/${id}`),
      ...summary.explanationOfBenefits.edges.map(
        ({ node }) => `ExplanationOfBenefit/${node.id}`,
      ),
    ].sort();
    const written = audit.events
      .map((event) => `${event.resourceType}/${event.resourceId}`)
      .sort();

    expect(summary.coverages).toHaveLength(2);
    expect(summary.explanationOfBenefits.edges).toHaveLength(3);
    expect(written).toEqual(expected);
  });

  it('names who read what and nothing more', () => {
    for (const event of audit.events) {
      expect(Object.keys(event).sort()).toEqual(
        [
          'appId',
          'clientId',
          'operationName',
          'patient',
          'requestId',
          'resourceId',
          'resourceType',
          'time',
        ].sort(),
      );
      expect(event).toMatchObject({
        requestId: 'audit-summary-1',
        appId,
        clientId: 'security-test-client',
        patient: ATTACKER,
        operationName: 'MemberSummary',
      });
      expect(new Date(event.time).toISOString()).toBe(event.time);
    }
  });

  it('writes nothing for public data or a refused read', async () => {
    audit.events.length = 0;
    const app = await graph.registerApp('public app');
    const token = await signDevToken(ATTACKER);
    await graph.query('{ PractitionerList(_count: 3) { id } }', {
      token,
      apiKey: app.key,
    });
    await graph.query('{ Patient(id: "member-0002") { id } }', {
      token,
      apiKey: app.key,
    });
    await graph.query(`{ Patient(id: "${ATTACKER}") { id } }`);

    expect(audit.events).toEqual([]);
  });
});

describe('audit log file', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'fpg-audit-'));
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('appends JSON lines to AUDIT_LOG', async () => {
    const file = path.join(folder, 'audit.jsonl');
    const settings = loadAuditSettings({ AUDIT_LOG: file });
    const fileGraph = await startSecureGraph(sandbox, {
      audit: openAuditLog(settings, pino({ level: 'silent' })),
    });
    const app = await fileGraph.registerApp('file audit app');
    await fileGraph.query(
      `query Mine { Patient(id: "${ATTACKER}") { id } Coverage(id: "${ATTACKER}-cov-1") { id } }`,
      { token: await signDevToken(ATTACKER), apiKey: app.key },
    );
    await fileGraph.close();
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    const events = lines.map((line) => JSON.parse(line) as AuditEvent);

    expect(settings).toEqual({ kind: 'file', path: file });
    expect(events.map((event) => event.resourceId).sort()).toEqual([
      `${ATTACKER}`,
      `${ATTACKER}-cov-1`,
    ]);
    expect(events.every((event) => event.operationName === 'Mine')).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('defaults to stdout', () => {
    expect(loadAuditSettings({})).toEqual({ kind: 'stdout' });
    expect(loadAuditSettings({ AUDIT_LOG: 'stdout' })).toEqual({
      kind: 'stdout',
    });
  });
});
