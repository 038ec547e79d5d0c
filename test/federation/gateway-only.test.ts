import { loadBackendSettings } from '../../src/config';
import { ConfigError } from '../../src/errors';
import { readGatewaySecret } from '../../src/federation/gateway-secret';
import { withoutSuggestions } from '../../src/federation/hide-suggestions-plugin';
import type { RunningService } from '../../src/server/service';
import {
  startDefaultSandbox,
  type DefaultSandbox,
} from '../server/default-sandbox';
import { postGraphQL, startFhirSubgraph } from './fhir-subgraph';

const SECRET = 'gateway-secret-for-tests-0123456789abcdef';
const WITH_SECRET = { 'x-gateway-secret': SECRET };

const FORBIDDEN_MESSAGE =
  'Query._entities and Query._service are open to the federation gateway only; send the gateway secret in the x-gateway-secret header';

const SERVICE_QUERY = '{ _service { sdl } }';

describe('readGatewaySecret', () => {
  it('returns undefined when unset', () => {
    expect(readGatewaySecret({})).toBeUndefined();
    expect(readGatewaySecret({ GATEWAY_SECRET: '' })).toBeUndefined();
  });

  it('returns a valid secret', () => {
    expect(readGatewaySecret({ GATEWAY_SECRET: SECRET })).toBe(SECRET);
  });

  it('rejects a short secret', () => {
    expect(() => readGatewaySecret({ GATEWAY_SECRET: 'short' })).toThrow(
      new ConfigError(
        'GATEWAY_SECRET',
        'too short (5 characters)',
        'at least 32 characters, such as the output of openssl rand -base64 32',
      ),
    );
  });

  it('rejects spaces', () => {
    expect(() =>
      readGatewaySecret({ GATEWAY_SECRET: `${SECRET} with spaces` }),
    ).toThrow(
      'GATEWAY_SECRET: contains spaces or characters outside visible ASCII; expected visible ASCII characters only, such as the output of openssl rand -base64 32',
    );
  });
});

describe('withoutSuggestions', () => {
  it.each([
    [
      'Cannot query field "Patien" on type "Query". Did you mean "Patient"?',
      'Cannot query field "Patien" on type "Query".',
    ],
    [
      'Unknown type "Patien". Did you mean "Patient", "PatientLink", or "PatientContact"?',
      'Unknown type "Patien".',
    ],
    [
      'Value "activ" does not exist in "Status" enum. Did you mean the enum value "active"?',
      'Value "activ" does not exist in "Status" enum.',
    ],
    ['Patient/x not found', 'Patient/x not found'],
  ])('rewrites %j', (message, expected) => {
    expect(withoutSuggestions(message)).toBe(expected);
  });
});

describe('subgraph with a gateway secret', () => {
  let sandbox: DefaultSandbox;
  let guarded: RunningService;
  let open: RunningService;
  let production: RunningService;

  beforeAll(async () => {
    sandbox = await startDefaultSandbox();
    const backends = loadBackendSettings(
      {},
      { sandboxBaseUrl: sandbox.sandbox.baseUrl },
    );
    guarded = await startFhirSubgraph(backends, { gatewaySecret: SECRET });
    open = await startFhirSubgraph(backends);
    production = await startFhirSubgraph(backends, { development: false });
  });

  afterAll(async () => {
    await guarded.stop();
    await open.stop();
    await production.stop();
    await sandbox.sandbox.close();
  });

  it('rejects _service without the secret', async () => {
    const response = await postGraphQL(guarded.url, SERVICE_QUERY);

    expect(response.status).toBe(403);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      {
        message: FORBIDDEN_MESSAGE,
        extensions: { code: 'FORBIDDEN' },
      },
    ]);
  });

  it('rejects a wrong secret', async () => {
    const response = await postGraphQL(guarded.url, SERVICE_QUERY, {
      headers: { 'x-gateway-secret': `${SECRET}x` },
    });

    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['an alias', '{ sdl: _service { sdl } }'],
    ['an inline fragment', '{ ... on Query { _service { sdl } } }'],
    [
      'a fragment spread',
      'query { ...Root } fragment Root on Query { _entities(representations: []) { __typename } }',
    ],
    [
      'a skipped field',
      '{ _service @skip(if: true) { sdl } Practitioner(id: "Practitioner1") { id } }',
    ],
  ])('rejects _entities or _service in %s', async (_case, query) => {
    const response = await postGraphQL(guarded.url, query);

    expect(response.status).toBe(403);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.message).toBe(FORBIDDEN_MESSAGE);
  });

  it('serves _service with the secret', async () => {
    const response = await postGraphQL<{ _service: { sdl: string } }>(
      guarded.url,
      SERVICE_QUERY,
      { headers: WITH_SECRET },
    );

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._service.sdl).toContain(
      'type Patient implements Resource & DomainResource @key(fields: "id")',
    );
  });

  it('serves _entities with the secret', async () => {
    const response = await postGraphQL<{ _entities: Array<{ id: string }> }>(
      guarded.url,
      '{ _entities(representations: [{ __typename: "Practitioner", id: "Practitioner1" }]) { ... on Practitioner { id } } }',
      { headers: WITH_SECRET },
    );

    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities).toEqual([{ id: 'Practitioner1' }]);
  });

  it('serves other fields without the secret', async () => {
    const response = await postGraphQL<{ Practitioner: { id: string } }>(
      guarded.url,
      '{ Practitioner(id: "Practitioner1") { id } }',
    );

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.Practitioner.id).toBe('Practitioner1');
  });

  it('hides field suggestions', async () => {
    const response = await postGraphQL(
      guarded.url,
      '{ Practitione(id: "Practitioner1") { id } }',
      { headers: WITH_SECRET },
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.message)).toEqual([
      'Cannot query field "Practitione" on type "Query".',
    ]);
  });

  it('hides argument suggestions', async () => {
    const response = await postGraphQL(
      guarded.url,
      '{ Practitioner(ids: "Practitioner1") { id } }',
    );

    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toBe(
      'Unknown argument "ids" on field "Query.Practitioner".',
    );
  });

  it('hides suggestions in production', async () => {
    const response = await postGraphQL(
      production.url,
      '{ Practitione(id: "Practitioner1") { id } }',
    );

    expect(response.body.errors?.map((error) => error.message)).toEqual([
      'Cannot query field "Practitione" on type "Query".',
    ]);
  });

  it('leaves fields open without a secret', async () => {
    const response = await postGraphQL(open.url, SERVICE_QUERY);

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it('keeps suggestions in development without a secret', async () => {
    const response = await postGraphQL(
      open.url,
      '{ Practitione(id: "Practitioner1") { id } }',
    );

    expect(response.body.errors?.[0]?.message).toMatch(
      /^Cannot query field "Practitione" on type "Query"\. Did you mean "Practitioner"/,
    );
  });
});
