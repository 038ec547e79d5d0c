import { DEFAULT_SANDBOX_PORT } from './server';

export const USAGE = `Usage: npm run sandbox -- [--port PORT]

Starts the sandbox FHIR R4 server on 127.0.0.1 over the data in data/.

  --port PORT  TCP port to listen on, 0 for a free one (default ${DEFAULT_SANDBOX_PORT})
  --help       print this help
`;

export interface SandboxCliOptions {
  readonly port: number;
}

/**
 * Parses the `npm run sandbox` arguments. Returns undefined for `--help`.
 *
 * @throws Error naming the invalid argument and what was expected.
 */
export function parseSandboxArgs(
  argv: readonly string[],
): SandboxCliOptions | undefined {
  let port = DEFAULT_SANDBOX_PORT;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') {
      return undefined;
    }
    if (arg === '--port') {
      index += 1;
      port = parsePort(argv[index]);
    } else if (arg.startsWith('--port=')) {
      port = parsePort(arg.slice('--port='.length));
    } else {
      throw new Error(`Unknown argument "${arg}"`);
    }
  }
  return { port };
}

function parsePort(value: string | undefined): number {
  const port = Number(value);
  if (!value || !/^\d+$/.test(value) || port > 65535) {
    throw new Error(
      `Invalid --port value "${value ?? ''}": expected an integer from 0 to 65535`,
    );
  }
  return port;
}
