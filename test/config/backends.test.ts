import {
  configuredBackendVariable,
  loadBackendSettings,
  type BackendSettings,
} from '../../src/config';
import { ConfigError } from '../../src/errors';

const directory = {
  name: 'directory',
  baseUrl: 'https://plan.example.org/directory/r4/',
  resourceTypes: ['Practitioner', 'PractitionerRole', 'Location'],
  headers: { 'X-Api-Key': 'k1' },
  forwardAuthorization: false,
};
const patientAccess = {
  name: 'patient-access',
  baseUrl: 'https://plan.example.org/patient-access/r4',
  resourceTypes: 'default',
  forwardAuthorization: true,
};

function backendsEnv(backends: unknown[]): NodeJS.ProcessEnv {
  return { FHIR_BACKENDS: JSON.stringify({ backends }) };
}

function messageOf(load: () => BackendSettings): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadBackendSettings', () => {
  it('routes everything to FHIR_BASE_URL', () => {
    const settings = loadBackendSettings({
      FHIR_BASE_URL: 'https://fhir.example.org/r4/',
    });
    expect(settings.source).toBe('FHIR_BASE_URL');
    expect(settings.backends).toEqual([
      {
        name: 'default',
        baseUrl: 'https://fhir.example.org/r4',
        resourceTypes: 'default',
        headers: {},
        forwardAuthorization: true,
      },
    ]);
    expect(settings.defaultBackend).toBe('default');
    expect(settings.routes.size).toBe(0);
  });

  it('uses the sandbox when nothing is set', () => {
    const settings = loadBackendSettings(
      { FHIR_BASE_URL: '' },
      { sandboxBaseUrl: 'http://127.0.0.1:4010/fhir/R4' },
    );
    expect(settings.source).toBe('sandbox');
    expect(settings.backends[0]?.name).toBe('sandbox');
    expect(settings.backends[0]?.baseUrl).toBe('http://127.0.0.1:4010/fhir/R4');
  });

  it('rejects no backend and no sandbox', () => {
    expect(messageOf(() => loadBackendSettings({}))).toBe(
      'FHIR_BASE_URL: no FHIR backend is configured; expected one of FHIR_BASE_URL, FHIR_BACKENDS, FHIR_BACKENDS_FILE, or the embedded sandbox',
    );
  });

  it('builds the routing table from FHIR_BACKENDS', () => {
    const settings = loadBackendSettings(
      backendsEnv([directory, patientAccess]),
    );
    expect(settings.source).toBe('FHIR_BACKENDS');
    expect(settings.routes.get('Practitioner')).toBe('directory');
    expect(settings.routes.get('Location')).toBe('directory');
    expect(settings.routes.has('Patient')).toBe(false);
    expect(settings.defaultBackend).toBe('patient-access');
    expect(settings.backends[0]?.headers).toEqual({ 'x-api-key': 'k1' });
    expect(settings.backends[0]?.baseUrl).toBe(
      'https://plan.example.org/directory/r4',
    );
    expect(settings.backends[1]?.headers).toEqual({});
  });

  it('reads FHIR_BACKENDS_FILE', () => {
    const paths: string[] = [];
    const settings = loadBackendSettings(
      { FHIR_BACKENDS_FILE: '/etc/fhir/backends.json' },
      {
        readFile: (path) => {
          paths.push(path);
          return JSON.stringify({ backends: [patientAccess] });
        },
      },
    );
    expect(paths).toEqual(['/etc/fhir/backends.json']);
    expect(settings.source).toBe('FHIR_BACKENDS_FILE');
    expect(settings.defaultBackend).toBe('patient-access');
  });

  it('reports an unreadable FHIR_BACKENDS_FILE', () => {
    const env = { FHIR_BACKENDS_FILE: '/nonexistent/backends.json' };
    expect(messageOf(() => loadBackendSettings(env))).toBe(
      'FHIR_BACKENDS_FILE: cannot read "/nonexistent/backends.json" (ENOENT); expected a readable JSON file',
    );
  });
});

describe('loadBackendSettings errors', () => {
  const cases: Array<[string, NodeJS.ProcessEnv, string]> = [
    [
      'invalid FHIR_BASE_URL',
      { FHIR_BASE_URL: 'not-a-url' },
      'FHIR_BASE_URL: invalid URL "not-a-url"; expected an absolute http(s) URL such as https://fhir.example.org/r4',
    ],
    [
      'relative FHIR_BASE_URL',
      { FHIR_BASE_URL: '/fhir/r4' },
      'FHIR_BASE_URL: invalid URL "/fhir/r4"; expected an absolute http(s) URL such as https://fhir.example.org/r4',
    ],
    [
      'non-http scheme',
      { FHIR_BASE_URL: 'ftp://fhir.example.org/r4' },
      'FHIR_BASE_URL: unsupported scheme "ftp:" in "ftp://fhir.example.org/r4"; expected an absolute http(s) URL such as https://fhir.example.org/r4',
    ],
    [
      'credentials in the URL',
      { FHIR_BASE_URL: 'https://user:secret@fhir.example.org/r4' },
      'FHIR_BASE_URL: URL "https://fhir.example.org/r4" contains a user name or password; expected a URL without credentials; send them in "headers"',
    ],
    [
      'query in the URL',
      { FHIR_BASE_URL: 'https://fhir.example.org/r4?x=1' },
      'FHIR_BASE_URL: URL "https://fhir.example.org/r4?x=1" has a query or fragment; expected an absolute http(s) URL such as https://fhir.example.org/r4',
    ],
    [
      'two variables',
      {
        FHIR_BASE_URL: 'https://fhir.example.org/r4',
        FHIR_BACKENDS_FILE: '/etc/b.json',
      },
      'FHIR_BACKENDS_FILE: set together with FHIR_BASE_URL; expected only one of FHIR_BASE_URL, FHIR_BACKENDS, FHIR_BACKENDS_FILE',
    ],
    [
      'malformed JSON',
      { FHIR_BACKENDS: '{"backends": [' },
      'FHIR_BACKENDS: invalid JSON (Unexpected end of JSON input); expected a JSON object such as {"backends":[{"name":"directory","baseUrl":"https://fhir.example.org/r4","resourceTypes":"default","forwardAuthorization":false}]}',
    ],
    [
      'bare array',
      { FHIR_BACKENDS: JSON.stringify([patientAccess]) },
      'FHIR_BACKENDS: the document is not an object whose only field is a non-empty "backends" array; expected a JSON object such as {"backends":[{"name":"directory","baseUrl":"https://fhir.example.org/r4","resourceTypes":"default","forwardAuthorization":false}]}',
    ],
    [
      'empty backends',
      backendsEnv([]),
      'FHIR_BACKENDS: the document is not an object whose only field is a non-empty "backends" array; expected a JSON object such as {"backends":[{"name":"directory","baseUrl":"https://fhir.example.org/r4","resourceTypes":"default","forwardAuthorization":false}]}',
    ],
    [
      'invalid backend URL',
      backendsEnv([{ ...patientAccess, baseUrl: 'fhir.example.org' }]),
      'FHIR_BACKENDS backends[0].baseUrl: invalid URL "fhir.example.org"; expected an absolute http(s) URL such as https://fhir.example.org/r4',
    ],
    [
      'unknown resource type',
      backendsEnv([
        { ...directory, resourceTypes: ['Practitioner', 'Patiant'] },
      ]),
      'FHIR_BACKENDS backends[0].resourceTypes[1]: unknown resource type "Patiant"; expected a FHIR R4 resource type name, case-sensitive, such as "Patient"',
    ],
    [
      'empty resource types',
      backendsEnv([{ ...directory, resourceTypes: [] }]),
      'FHIR_BACKENDS backends[0].resourceTypes: invalid value []; expected a non-empty array of FHIR resource type names such as ["Practitioner", "Location"], or "default"',
    ],
    [
      'type routed twice',
      backendsEnv([
        directory,
        { ...patientAccess, resourceTypes: ['Patient', 'Location'] },
      ]),
      'FHIR_BACKENDS backends[1].resourceTypes: resource type "Location" is already routed to backend "directory"; expected each resource type in one backend only',
    ],
    [
      'two defaults',
      backendsEnv([{ ...directory, resourceTypes: 'default' }, patientAccess]),
      'FHIR_BACKENDS backends[1].resourceTypes: "default" is already taken by backend "directory"; expected at most one backend with resourceTypes "default"',
    ],
    [
      'duplicate name',
      backendsEnv([directory, { ...patientAccess, name: 'directory' }]),
      'FHIR_BACKENDS backends[1].name: duplicate backend name "directory"; expected a unique name per backend',
    ],
    [
      'invalid name',
      backendsEnv([{ ...directory, name: 'my backend' }]),
      'FHIR_BACKENDS backends[0].name: invalid name "my backend"; expected 1 to 63 letters, digits, "-" or "_", starting with a letter or digit',
    ],
    [
      'misspelt field',
      backendsEnv([{ ...directory, forwardAuthorisation: false }]),
      'FHIR_BACKENDS backends[0]: unknown field "forwardAuthorisation"; expected an object with name, baseUrl, resourceTypes, headers, forwardAuthorization',
    ],
    [
      'missing forwardAuthorization',
      backendsEnv([{ ...directory, forwardAuthorization: undefined }]),
      'FHIR_BACKENDS backends[0].forwardAuthorization: invalid value undefined; expected true or false',
    ],
    [
      'string boolean',
      backendsEnv([{ ...directory, forwardAuthorization: 'yes' }]),
      'FHIR_BACKENDS backends[0].forwardAuthorization: invalid value "yes"; expected true or false',
    ],
    [
      'reserved header',
      backendsEnv([{ ...directory, headers: { Host: 'other.example.org' } }]),
      'FHIR_BACKENDS backends[0].headers: invalid or reserved header name "Host"; expected an HTTP field name other than accept, connection, content-length, content-type, host, keep-alive, te, trailer, transfer-encoding, upgrade',
    ],
    [
      'header value with CRLF',
      backendsEnv([{ ...directory, headers: { 'x-api-key': 'k\r\nx: y' } }]),
      'FHIR_BACKENDS backends[0].headers["x-api-key"]: value contains a control character (value not shown); expected a string without CR, LF or NUL',
    ],
    [
      'header value not a string',
      backendsEnv([{ ...directory, headers: { 'x-api-key': 12345 } }]),
      'FHIR_BACKENDS backends[0].headers["x-api-key"]: value is a number (value not shown); expected a string without CR, LF or NUL',
    ],
    [
      'header set twice',
      backendsEnv([
        { ...directory, headers: { 'x-api-key': 'a', 'X-API-KEY': 'b' } },
      ]),
      'FHIR_BACKENDS backends[0].headers: header "X-API-KEY" is set twice; expected each header name once, ignoring case',
    ],
    [
      'fixed authorization with forwarding',
      backendsEnv([
        { ...patientAccess, headers: { Authorization: 'Basic abc' } },
      ]),
      'FHIR_BACKENDS backends[0].headers: header "authorization" is set while forwardAuthorization is true; expected either a fixed authorization header or forwardAuthorization, not both',
    ],
  ];

  it.each(cases)('rejects %s', (_name, env, message) => {
    expect(messageOf(() => loadBackendSettings(env))).toBe(message);
  });

  it('names the variable on the error', () => {
    try {
      loadBackendSettings(backendsEnv([{ ...directory, name: 7 }]));
    } catch (error) {
      expect((error as ConfigError).variable).toBe('FHIR_BACKENDS');
      expect((error as ConfigError).location).toBe('backends[0].name');
    }
    expect.assertions(2);
  });
});

describe('configuredBackendVariable', () => {
  it('returns undefined when nothing is set', () => {
    expect(configuredBackendVariable({ FHIR_BACKENDS: '' })).toBeUndefined();
  });

  it('returns the variable that is set', () => {
    expect(configuredBackendVariable({ FHIR_BACKENDS: '{}' })).toBe(
      'FHIR_BACKENDS',
    );
  });
});
