import pino from 'pino';
import { loadBackendSettings } from '../../src/config';
import { loadSandboxData } from '../../src/sandbox/data/load';
import { startSandbox, type Sandbox } from '../../src/sandbox/server';
import { startService, type RunningService } from '../../src/server/service';
import { postQuery } from './test-graph';

let sandbox: Sandbox;
let service: RunningService;

beforeAll(async () => {
  const data = await loadSandboxData({ members: { count: 2, seed: 2026 } });
  sandbox = await startSandbox({ resources: data.resources, port: 0 });
  service = await startService({
    backends: loadBackendSettings({}, { sandboxBaseUrl: sandbox.baseUrl }),
    logger: pino({ level: 'silent' }),
    settings: {
      host: '127.0.0.1',
      port: 0,
      development: false,
      requestTimeoutMs: 5000,
      cursorSecret: Buffer.alloc(32, 1),
    },
  });
});

afterAll(async () => {
  await service.stop();
  await sandbox.close();
});

describe('PHI in production', () => {
  it('rejects a PHI root field', async () => {
    const response = await postQuery(
      service.url,
      '{ Patient(id: "member-0001") { id name { family } } }',
    );
    expect(response.body.data).toEqual({ Patient: null });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.body.errors?.[0]?.message).toBe(
      'Query.Patient is protected health information, which this service does not serve in production until member authentication is configured',
    );
    expect(response.text).not.toContain('member-0001');
  });

  it('rejects PHI reached from public data', async () => {
    const response = await postQuery(
      service.url,
      '{ PractitionerList(_count: 1) { id ExplanationOfBenefitList(_reference: care_team) { id } } }',
    );
    const [error] = response.body.errors ?? [];
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(error?.path).toEqual([
      'PractitionerList',
      0,
      'ExplanationOfBenefitList',
    ]);
  });

  it('serves public directory data', async () => {
    const response = await postQuery(
      service.url,
      '{ Practitioner(id: "plannet-practitioner-1230081110") { id } }',
    );
    expect(response.body).toEqual({
      data: { Practitioner: { id: 'plannet-practitioner-1230081110' } },
    });
  });
});
