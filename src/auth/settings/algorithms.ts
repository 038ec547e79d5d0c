import { describeValue } from '../../config/describe-value';
import { ConfigError } from '../../errors';
import { SIGNING_ALGORITHMS, type SigningAlgorithm } from './auth-settings';

const VARIABLE = 'AUTH_ALGORITHMS';
const DEFAULT_ALGORITHMS: readonly SigningAlgorithm[] = ['RS256', 'ES256'];
const EXPECTED = `a comma-separated list of ${SIGNING_ALGORITHMS.join(', ')}`;

/**
 * Reads `AUTH_ALGORITHMS` (default `RS256,ES256`). `none` is rejected
 * because it accepts unsigned tokens, and `HS*` because a shared secret
 * cannot come from a public JWKS and invites algorithm confusion.
 */
export function loadAlgorithms(
  env: NodeJS.ProcessEnv,
): readonly SigningAlgorithm[] {
  const text = env[VARIABLE] ?? '';
  if (text === '') {
    return DEFAULT_ALGORITHMS;
  }
  const names = text.split(',').map((name) => name.trim());
  return [...new Set(names.map(parseAlgorithm))];
}

function parseAlgorithm(name: string): SigningAlgorithm {
  const known = SIGNING_ALGORITHMS.find((algorithm) => algorithm === name);
  if (known !== undefined) {
    return known;
  }
  if (name.toLowerCase() === 'none') {
    const problem =
      'algorithm "none" is never accepted because it allows unsigned tokens';
    throw new ConfigError(VARIABLE, problem, EXPECTED);
  }
  if (/^HS\d+$/i.test(name)) {
    const problem = `symmetric algorithm ${describeValue(name)} is not supported because tokens are verified with public keys`;
    throw new ConfigError(VARIABLE, problem, EXPECTED);
  }
  const problem = `unknown algorithm ${describeValue(name)}`;
  throw new ConfigError(VARIABLE, problem, EXPECTED);
}
