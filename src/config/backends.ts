import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors';
import type {
  BackendConfig,
  BackendSettings,
  BackendSource,
} from './backend-config';
import { parseBackendEntry } from './backend-entry';
import { parseBaseUrl } from './base-url';
import { buildRoutes } from './routes';

/** The environment variables that name FHIR backends, in precedence order. */
export const BACKEND_VARIABLES = [
  'FHIR_BASE_URL',
  'FHIR_BACKENDS',
  'FHIR_BACKENDS_FILE',
] as const;

type BackendVariable = (typeof BACKEND_VARIABLES)[number];

export interface LoadBackendOptions {
  /** Base URL of the embedded sandbox, used when no variable is set. */
  readonly sandboxBaseUrl?: string;
  /** Reads `FHIR_BACKENDS_FILE`. Defaults to `fs.readFileSync` as UTF-8. */
  readonly readFile?: (path: string) => string;
}

/**
 * Returns the variable that configures the backends, or undefined when none
 * is set, in which case the caller starts the embedded sandbox. An empty
 * value counts as unset. Setting more than one raises a ConfigError.
 */
export function configuredBackendVariable(
  env: NodeJS.ProcessEnv,
): BackendVariable | undefined {
  const set = BACKEND_VARIABLES.filter((name) => (env[name] ?? '') !== '');
  const [first, second] = set;
  if (first !== undefined && second !== undefined) {
    const problem = `set together with ${first}`;
    const expected = `only one of ${BACKEND_VARIABLES.join(', ')}`;
    throw new ConfigError(second, problem, expected);
  }
  return first;
}

/**
 * Builds the backend list and routing table from `FHIR_BASE_URL` (one
 * server for every type), `FHIR_BACKENDS` (JSON) or `FHIR_BACKENDS_FILE`
 * (path of a JSON file), or from `options.sandboxBaseUrl` when none is set.
 * Every problem raises a ConfigError naming the variable and the value.
 */
export function loadBackendSettings(
  env: NodeJS.ProcessEnv,
  options: LoadBackendOptions = {},
): BackendSettings {
  const variable = configuredBackendVariable(env);
  switch (variable) {
    case 'FHIR_BASE_URL':
      return singleBackend('FHIR_BASE_URL', env.FHIR_BASE_URL);
    case 'FHIR_BACKENDS':
      return fromJson('FHIR_BACKENDS', env.FHIR_BACKENDS ?? '');
    case 'FHIR_BACKENDS_FILE':
      return fromFile(env.FHIR_BACKENDS_FILE ?? '', options);
    case undefined:
      return sandbox(options);
    default:
      return assertNever(variable);
  }
}

function singleBackend(
  source: Extract<BackendSource, 'FHIR_BASE_URL' | 'sandbox'>,
  url: unknown,
): BackendSettings {
  const backend: BackendConfig = {
    name: source === 'sandbox' ? 'sandbox' : 'default',
    baseUrl: parseBaseUrl(url, source),
    resourceTypes: 'default',
    headers: {},
    forwardAuthorization: true,
  };
  return { source, backends: [backend], ...buildRoutes([backend], source) };
}

function sandbox(options: LoadBackendOptions): BackendSettings {
  if (options.sandboxBaseUrl === undefined) {
    const problem = 'no FHIR backend is configured';
    const expected = `one of ${BACKEND_VARIABLES.join(', ')}, or the embedded sandbox`;
    throw new ConfigError(BACKEND_VARIABLES[0], problem, expected);
  }
  return singleBackend('sandbox', options.sandboxBaseUrl);
}

function fromFile(path: string, options: LoadBackendOptions): BackendSettings {
  const readFile =
    options.readFile ?? ((file: string) => readFileSync(file, 'utf8'));
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    const problem = `cannot read "${path}" (${describeReadError(error)})`;
    throw new ConfigError(
      'FHIR_BACKENDS_FILE',
      problem,
      'a readable JSON file',
    );
  }
  return fromJson('FHIR_BACKENDS_FILE', text);
}

// Node's fs errors carry a code such as ENOENT or EACCES.
function describeReadError(error: unknown): string {
  const code: unknown =
    typeof error === 'object' && error !== null
      ? Reflect.get(error, 'code')
      : undefined;
  return typeof code === 'string' ? code : String(error);
}

function fromJson(
  source: Extract<BackendSource, 'FHIR_BACKENDS' | 'FHIR_BACKENDS_FILE'>,
  text: string,
): BackendSettings {
  const list = parseBackendList(parseJson(source, text), source);
  const backends = list.map((entry, index) =>
    parseBackendEntry(entry, source, `backends[${index}]`),
  );
  return { source, backends, ...buildRoutes(backends, source) };
}

const EXPECTED_DOCUMENT =
  'a JSON object such as {"backends":[{"name":"directory","baseUrl":"https://fhir.example.org/r4","resourceTypes":"default","forwardAuthorization":false}]}';

function parseJson(variable: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      variable,
      `invalid JSON (${reason})`,
      EXPECTED_DOCUMENT,
    );
  }
}

function parseBackendList(document: unknown, variable: string): unknown[] {
  const isObject =
    typeof document === 'object' &&
    document !== null &&
    !Array.isArray(document);
  const keys = isObject ? Object.keys(document) : [];
  const backends: unknown = isObject
    ? Reflect.get(document, 'backends')
    : undefined;
  if (keys.length !== 1 || !Array.isArray(backends) || backends.length === 0) {
    const problem =
      'the document is not an object whose only field is a non-empty "backends" array';
    throw new ConfigError(variable, problem, EXPECTED_DOCUMENT);
  }
  return backends;
}

function assertNever(value: never): never {
  throw new Error(`unexpected backend variable ${String(value)}`);
}
