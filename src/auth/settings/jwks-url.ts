import { describeValue } from '../../config/describe-value';
import { ConfigError } from '../../errors';

const VARIABLE = 'AUTH_JWKS_URL';
const EXPECTED =
  'an https URL such as https://auth.example.org/.well-known/jwks.json (http only for 127.0.0.1, ::1 or localhost)';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Validates the issuer's JWKS URL. Plain http is allowed only on a loopback
 * host, because a key set fetched in clear text could be replaced on the
 * way and then any token signed by the attacker would verify.
 */
export function parseJwksUrl(text: string): URL {
  if (!URL.canParse(text)) {
    throw new ConfigError(
      VARIABLE,
      `invalid URL ${describeValue(text)}`,
      EXPECTED,
    );
  }
  const url = new URL(text);
  if (url.username !== '' || url.password !== '') {
    throw new ConfigError(
      VARIABLE,
      'URL contains a user name or password',
      EXPECTED,
    );
  }
  const secure =
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) {
    throw new ConfigError(
      VARIABLE,
      `insecure URL ${describeValue(text)}`,
      EXPECTED,
    );
  }
  return url;
}
