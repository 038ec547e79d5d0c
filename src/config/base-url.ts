import { ConfigError } from '../errors';
import { describeValue } from './describe-value';

const EXPECTED_URL =
  'an absolute http(s) URL such as https://fhir.example.org/r4';

/**
 * Validates a FHIR base URL and returns it without a trailing slash, so
 * `${baseUrl}/Patient/1` is always well formed. Credentials, a query or a
 * fragment are rejected because they would be copied onto every request.
 */
export function parseBaseUrl(
  value: unknown,
  variable: string,
  location?: string,
): string {
  const url = parseHttpUrl(value, variable, location);
  if (url.username !== '' || url.password !== '') {
    url.username = '';
    url.password = '';
    const problem = `URL "${url.href}" contains a user name or password`;
    const expected = 'a URL without credentials; send them in "headers"';
    throw new ConfigError(variable, problem, expected, location);
  }
  if (url.search !== '' || url.hash !== '') {
    const problem = `URL "${url.href}" has a query or fragment`;
    throw new ConfigError(variable, problem, EXPECTED_URL, location);
  }
  return url.href.replace(/\/+$/, '');
}

function parseHttpUrl(
  value: unknown,
  variable: string,
  location: string | undefined,
): URL {
  if (typeof value !== 'string' || !URL.canParse(value)) {
    const problem = `invalid URL ${describeValue(value)}`;
    throw new ConfigError(variable, problem, EXPECTED_URL, location);
  }
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const problem = `unsupported scheme "${url.protocol}" in ${describeValue(value)}`;
    throw new ConfigError(variable, problem, EXPECTED_URL, location);
  }
  return url;
}
