import { ConfigError } from '../errors';
import { isRoutableResourceType } from '../fhir/resource-types';
import type { BackendConfig } from './backend-config';
import { parseBaseUrl } from './base-url';
import { parseHeaders } from './headers';
import { describeValue } from './describe-value';

const FIELDS = [
  'name',
  'baseUrl',
  'resourceTypes',
  'headers',
  'forwardAuthorization',
];
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

/** Validates one element of the `backends` array. */
export function parseBackendEntry(
  value: unknown,
  variable: string,
  location: string,
): BackendConfig {
  const entry = parseObject(value, variable, location);
  const forwardAuthorization = parseBoolean(
    entry.forwardAuthorization,
    variable,
    `${location}.forwardAuthorization`,
  );
  return {
    name: parseName(entry.name, variable, `${location}.name`),
    baseUrl: parseBaseUrl(entry.baseUrl, variable, `${location}.baseUrl`),
    resourceTypes: parseResourceTypes(
      entry.resourceTypes,
      variable,
      `${location}.resourceTypes`,
    ),
    headers: parseHeaders(entry.headers, variable, `${location}.headers`, {
      forwardAuthorization,
    }),
    forwardAuthorization,
  };
}

function parseObject(
  value: unknown,
  variable: string,
  location: string,
): Record<string, unknown> {
  const expected = `an object with ${FIELDS.join(', ')}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const problem = `invalid backend ${describeValue(value)}`;
    throw new ConfigError(variable, problem, expected, location);
  }
  const unknown = Object.keys(value).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) {
    const problem = `unknown field "${unknown}"`;
    throw new ConfigError(variable, problem, expected, location);
  }
  return value as Record<string, unknown>;
}

function parseName(value: unknown, variable: string, location: string): string {
  if (typeof value === 'string' && NAME_PATTERN.test(value)) {
    return value;
  }
  const problem = `invalid name ${describeValue(value)}`;
  const expected =
    '1 to 63 letters, digits, "-" or "_", starting with a letter or digit';
  throw new ConfigError(variable, problem, expected, location);
}

function parseBoolean(
  value: unknown,
  variable: string,
  location: string,
): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  const problem = `invalid value ${describeValue(value)}`;
  throw new ConfigError(variable, problem, 'true or false', location);
}

function parseResourceTypes(
  value: unknown,
  variable: string,
  location: string,
): readonly string[] | 'default' {
  const expected =
    'a non-empty array of FHIR resource type names such as ["Practitioner", "Location"], or "default"';
  if (value === 'default') {
    return 'default';
  }
  if (!Array.isArray(value) || value.length === 0) {
    const problem = `invalid value ${describeValue(value)}`;
    throw new ConfigError(variable, problem, expected, location);
  }
  return value.map((name: unknown, index) =>
    parseResourceTypeName(name, variable, `${location}[${index}]`),
  );
}

function parseResourceTypeName(
  value: unknown,
  variable: string,
  location: string,
): string {
  if (typeof value === 'string' && isRoutableResourceType(value)) {
    return value;
  }
  const problem = `unknown resource type ${describeValue(value)}`;
  const expected =
    'a FHIR R4 resource type name, case-sensitive, such as "Patient"';
  throw new ConfigError(variable, problem, expected, location);
}
