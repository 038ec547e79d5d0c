import { ConfigError } from '../errors';

/** Limits of the FHIR client that an operator may tune by environment. */
export interface FhirClientSettings {
  /** Maximum retries of a read after 429, 502, 503, 504 or a network error. */
  readonly maxRetries: number;
  /** Maximum response body size, in bytes. */
  readonly maxResponseBytes: number;
  /** Maximum number of search pages that `searchAll` fetches. */
  readonly maxPages: number;
}

interface IntegerVariable {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
}

const MAX_RETRIES: IntegerVariable = {
  name: 'FHIR_MAX_RETRIES',
  min: 0,
  max: 10,
  fallback: 2,
};
// A searchset page of 100 ExplanationOfBenefit resources is a few megabytes.
const MAX_RESPONSE_BYTES: IntegerVariable = {
  name: 'FHIR_MAX_RESPONSE_BYTES',
  min: 1024,
  max: 1024 ** 3,
  fallback: 16 * 1024 ** 2,
};
const MAX_PAGES: IntegerVariable = {
  name: 'FHIR_MAX_PAGES',
  min: 1,
  max: 1000,
  fallback: 20,
};

/**
 * Reads `FHIR_MAX_RETRIES` (default 2), `FHIR_MAX_RESPONSE_BYTES` (default
 * 16 MiB) and `FHIR_MAX_PAGES` (default 20). An empty value counts as unset.
 */
export function loadFhirClientSettings(
  env: NodeJS.ProcessEnv,
): FhirClientSettings {
  return {
    maxRetries: readInteger(env, MAX_RETRIES),
    maxResponseBytes: readInteger(env, MAX_RESPONSE_BYTES),
    maxPages: readInteger(env, MAX_PAGES),
  };
}

function readInteger(
  env: NodeJS.ProcessEnv,
  variable: IntegerVariable,
): number {
  const text = env[variable.name] ?? '';
  if (text === '') {
    return variable.fallback;
  }
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (value >= variable.min && value <= variable.max) {
    return value;
  }
  const problem = `invalid value "${text}"`;
  const expected = `an integer from ${variable.min} to ${variable.max}`;
  throw new ConfigError(variable.name, problem, expected);
}
