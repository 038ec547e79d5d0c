/**
 * Invalid configuration found at start. The message names the variable, the
 * place inside its value, the value received and what is expected, so the
 * operator can fix it from the log line alone. It stops the process and never
 * reaches a GraphQL client.
 */
export class ConfigError extends Error {
  /** The environment variable whose value is invalid. */
  readonly variable: string;
  /** The place inside a JSON value, such as `backends[1].baseUrl`. */
  readonly location: string | undefined;

  constructor(
    variable: string,
    problem: string,
    expected: string,
    location?: string,
  ) {
    const where = location === undefined ? variable : `${variable} ${location}`;
    super(`${where}: ${problem}; expected ${expected}`);
    this.name = 'ConfigError';
    this.variable = variable;
    this.location = location;
  }
}
