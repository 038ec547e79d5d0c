import { describeValue } from '../../config/describe-value';
import { ConfigError } from '../../errors';
import { DEV_AUDIENCE, DEV_ISSUER } from '../dev-keys';
import { loadAlgorithms } from './algorithms';
import type { KeySource, TokenSettings } from './auth-settings';
import { parseJwksUrl } from './jwks-url';
import { parsePublicKey } from './public-key';

/** The variables that switch token verification from the development key. */
export const ISSUER_VARIABLES = [
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_JWKS_URL',
  'AUTH_PUBLIC_KEY',
] as const;

const TOLERANCE = {
  name: 'AUTH_CLOCK_TOLERANCE_SECONDS',
  max: 300,
  fallback: 30,
};
const KEY_EXPECTED = 'exactly one of AUTH_JWKS_URL or AUTH_PUBLIC_KEY';

/**
 * Reads the token settings. With none of `ISSUER_VARIABLES` set, tokens are
 * verified with the committed development key, issuer `DEV_ISSUER` and
 * audience `DEV_AUDIENCE`, which anyone can mint, so that mode raises a
 * ConfigError when `NODE_ENV` is `production`. Otherwise `AUTH_ISSUER`,
 * `AUTH_AUDIENCE` and one key source are required. An empty value counts as
 * unset.
 */
export function loadTokenSettings(env: NodeJS.ProcessEnv): TokenSettings {
  const algorithms = loadAlgorithms(env);
  const clockToleranceSeconds = loadClockTolerance(env);
  if (ISSUER_VARIABLES.every((name) => read(env, name) === '')) {
    return developmentSettings(env, { algorithms, clockToleranceSeconds });
  }
  return {
    issuer: loadIssuer(env),
    audience: loadAudience(env),
    keySource: loadKeySource(env),
    algorithms,
    clockToleranceSeconds,
  };
}

function developmentSettings(
  env: NodeJS.ProcessEnv,
  tuning: Pick<TokenSettings, 'algorithms' | 'clockToleranceSeconds'>,
): TokenSettings {
  if (env.NODE_ENV === 'production') {
    const problem = 'missing while NODE_ENV is "production"';
    const expected = `the token issuer's settings (${ISSUER_VARIABLES.join(', ')}), because the development key is public`;
    throw new ConfigError('AUTH_ISSUER', problem, expected);
  }
  if (!tuning.algorithms.includes('ES256')) {
    const problem = 'ES256 is missing while the development key is in use';
    throw new ConfigError('AUTH_ALGORITHMS', problem, 'a list with ES256');
  }
  const keySource: KeySource = { kind: 'development' };
  return { issuer: DEV_ISSUER, audience: [DEV_AUDIENCE], keySource, ...tuning };
}

function loadIssuer(env: NodeJS.ProcessEnv): string {
  const issuer = read(env, 'AUTH_ISSUER');
  if (/^\S+$/.test(issuer)) {
    return issuer;
  }
  const problem =
    issuer === '' ? 'missing' : `invalid issuer ${describeValue(issuer)}`;
  const expected =
    "the issuer's exact iss value, such as https://auth.example.org/";
  throw new ConfigError('AUTH_ISSUER', problem, expected);
}

function loadAudience(env: NodeJS.ProcessEnv): string[] {
  const text = read(env, 'AUTH_AUDIENCE');
  const audience = text.split(',').map((value) => value.trim());
  if (audience.every((value) => /^\S+$/.test(value))) {
    return audience;
  }
  const problem =
    text === '' ? 'missing' : `invalid audience ${describeValue(text)}`;
  const expected =
    'a comma-separated list of aud values, such as fhir-payer-graph';
  throw new ConfigError('AUTH_AUDIENCE', problem, expected);
}

function loadKeySource(env: NodeJS.ProcessEnv): KeySource {
  const url = read(env, 'AUTH_JWKS_URL');
  const publicKey = read(env, 'AUTH_PUBLIC_KEY');
  if (url !== '' && publicKey !== '') {
    throw new ConfigError(
      'AUTH_PUBLIC_KEY',
      'set together with AUTH_JWKS_URL',
      KEY_EXPECTED,
    );
  }
  if (url !== '') {
    return { kind: 'jwks-url', url: parseJwksUrl(url) };
  }
  if (publicKey !== '') {
    return { kind: 'public-key', key: parsePublicKey(publicKey) };
  }
  throw new ConfigError('AUTH_JWKS_URL', 'missing', KEY_EXPECTED);
}

function loadClockTolerance(env: NodeJS.ProcessEnv): number {
  const text = read(env, TOLERANCE.name);
  if (text === '') {
    return TOLERANCE.fallback;
  }
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (value <= TOLERANCE.max) {
    return value;
  }
  const problem = `invalid value ${describeValue(text)}`;
  throw new ConfigError(
    TOLERANCE.name,
    problem,
    `an integer from 0 to ${TOLERANCE.max} (seconds)`,
  );
}

function read(env: NodeJS.ProcessEnv, name: string): string {
  return (env[name] ?? '').trim();
}
