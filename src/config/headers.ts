import { ConfigError } from '../errors';
import { describeValue } from './describe-value';

// RFC 9110: a field name is a token.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// RFC 9110: no CR, LF or NUL may appear in a field value.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

// The client sets these itself, or they describe the connection.
const RESERVED = new Set([
  'accept',
  'connection',
  'content-length',
  'content-type',
  'host',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Validates the outgoing headers of one backend and returns them with
 * lower-case names. Values are never shown in messages because they are
 * usually API keys.
 */
export function parseHeaders(
  value: unknown,
  variable: string,
  location: string,
  backend: { readonly forwardAuthorization: boolean },
): Record<string, string> {
  if (value === undefined) {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const problem = `invalid headers ${describeValue(value)}`;
    const expected = 'an object of header names to string values';
    throw new ConfigError(variable, problem, expected, location);
  }
  const headers: Record<string, string> = {};
  for (const [name, field] of Object.entries(value)) {
    const key = parseHeaderName(name, variable, location, backend);
    if (Object.hasOwn(headers, key)) {
      const problem = `header ${describeValue(name)} is set twice`;
      const expected = 'each header name once, ignoring case';
      throw new ConfigError(variable, problem, expected, location);
    }
    headers[key] = parseHeaderValue(field, variable, `${location}["${name}"]`);
  }
  return headers;
}

function parseHeaderName(
  name: string,
  variable: string,
  location: string,
  backend: { readonly forwardAuthorization: boolean },
): string {
  const key = name.toLowerCase();
  if (!TOKEN.test(name) || RESERVED.has(key)) {
    const problem = `invalid or reserved header name ${describeValue(name)}`;
    const expected = `an HTTP field name other than ${[...RESERVED].join(', ')}`;
    throw new ConfigError(variable, problem, expected, location);
  }
  if (key === 'authorization' && backend.forwardAuthorization) {
    const problem =
      'header "authorization" is set while forwardAuthorization is true';
    const expected =
      'either a fixed authorization header or forwardAuthorization, not both';
    throw new ConfigError(variable, problem, expected, location);
  }
  return key;
}

function parseHeaderValue(
  value: unknown,
  variable: string,
  location: string,
): string {
  if (typeof value === 'string' && FIELD_VALUE.test(value)) {
    return value;
  }
  const problem =
    typeof value === 'string'
      ? 'value contains a control character (value not shown)'
      : `value is a ${value === null ? 'null' : typeof value} (value not shown)`;
  const expected = 'a string without CR, LF or NUL';
  throw new ConfigError(variable, problem, expected, location);
}
