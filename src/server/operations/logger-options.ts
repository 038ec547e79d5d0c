import type { LoggerOptions } from 'pino';
import { readChoice } from './env-values';

const LEVELS = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const;

// Credentials and GraphQL variables never reach a log line, even when an
// error or a library logs a request object: pino replaces these values.
// The service itself never logs them; this guards against mistakes.
const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'token',
  'bearerToken',
  'variables',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.bearerToken',
  '*.variables',
  '*["x-api-key"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
];

/**
 * Options of the service's pino logger: JSON lines at `LOG_LEVEL`
 * (default `info`) with credentials and variables redacted.
 */
export function loggerOptions(env: NodeJS.ProcessEnv): LoggerOptions {
  return {
    name: 'fhir-payer-graph',
    level: readChoice(env, 'LOG_LEVEL', LEVELS, 'info'),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
}
