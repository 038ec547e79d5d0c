import { describeValue } from '../../config/describe-value';
import { ConfigError } from '../../errors';

/** An integer environment variable with its range and default. */
export interface IntegerVariable {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
}

/** Reads an integer variable; an empty value counts as unset. */
export function readInteger(
  env: NodeJS.ProcessEnv,
  variable: IntegerVariable,
): number {
  const text = (env[variable.name] ?? '').trim();
  if (text === '') {
    return variable.fallback;
  }
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (value >= variable.min && value <= variable.max) {
    return value;
  }
  throw new ConfigError(
    variable.name,
    `invalid value ${describeValue(text)}`,
    `an integer from ${variable.min} to ${variable.max}`,
  );
}

/** Reads `true` or `false`; an empty value counts as unset. */
export function readBoolean(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: boolean,
): boolean {
  const text = (env[name] ?? '').trim();
  switch (text) {
    case '':
      return fallback;
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new ConfigError(
        name,
        `invalid value ${describeValue(text)}`,
        '"true" or "false"',
      );
  }
}

/** Reads one of `allowed`; an empty value counts as unset. */
export function readChoice<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const text = (env[name] ?? '').trim();
  if (text === '') {
    return fallback;
  }
  const choice = allowed.find((value) => value === text);
  if (choice === undefined) {
    const expected = `one of ${allowed.map((value) => `"${value}"`).join(', ')}`;
    throw new ConfigError(
      name,
      `invalid value ${describeValue(text)}`,
      expected,
    );
  }
  return choice;
}
