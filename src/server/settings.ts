import { ConfigError } from '../errors';
import { readGatewaySecret } from '../federation/gateway-secret';
import {
  loadOperationsSettings,
  type OperationsSettings,
} from './operations/settings';

/** Settings of the HTTP server, read from the environment at start. */
export interface ServerSettings {
  readonly host: string;
  readonly port: number;
  /** `NODE_ENV` is not `production`: responses carry backend request counts. */
  readonly development: boolean;
  /** Deadline of one GraphQL request's backend calls, in milliseconds. */
  readonly requestTimeoutMs: number;
  /** Key of the page cursor signatures; undefined makes a random one per process. */
  readonly cursorSecret: Buffer | undefined;
  /** Secret the federation gateway sends. Unset, `_entities` and `_service` are open to all. */
  readonly gatewaySecret?: string | undefined;
  /**
   * Limits, GraphiQL, public cache and probes; see `loadOperationsSettings`.
   * Undefined takes `defaultOperationsSettings`, which has no public cache.
   */
  readonly operations?: OperationsSettings;
}

/**
 * Reads `HOST` (default 127.0.0.1), `PORT` (default 4000), `NODE_ENV`,
 * `REQUEST_TIMEOUT_MS` (default 10000), `CURSOR_SECRET` (at least 32
 * bytes as base64 or hex; replicas behind one gateway must share it) and
 * `GATEWAY_SECRET`, which `readGatewaySecret` checks.
 */
export function loadServerSettings(env: NodeJS.ProcessEnv): ServerSettings {
  const development = env.NODE_ENV !== 'production';
  const cursorSecret = readSecret(env.CURSOR_SECRET);
  if (!development && cursorSecret === undefined) {
    throw new ConfigError(
      'CURSOR_SECRET',
      "missing in production, where replicas must accept each other's cursors",
      'a random value of at least 32 bytes, base64 or hex encoded (openssl rand -base64 32)',
    );
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: readInteger(env, 'PORT', 4000, 0, 65535),
    development,
    requestTimeoutMs: readInteger(
      env,
      'REQUEST_TIMEOUT_MS',
      10000,
      100,
      300000,
    ),
    cursorSecret,
    gatewaySecret: readGatewaySecret(env),
    operations: loadOperationsSettings(env, development),
  };
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = env[name] ?? '';
  if (text === '') {
    return fallback;
  }
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(
      name,
      `invalid value ${JSON.stringify(text)}`,
      `an integer from ${min} to ${max}`,
    );
  }
  return value;
}

function readSecret(text: string | undefined): Buffer | undefined {
  if (text === undefined || text === '') {
    return undefined;
  }
  const bytes = /^[0-9a-fA-F]+$/.test(text)
    ? Buffer.from(text, 'hex')
    : Buffer.from(text, 'base64');
  if (bytes.length < 32) {
    throw new ConfigError(
      'CURSOR_SECRET',
      `too short (${bytes.length} bytes)`,
      'at least 32 bytes, base64 or hex encoded',
    );
  }
  return bytes;
}
