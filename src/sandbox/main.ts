import pino from 'pino';
import { USAGE, parseSandboxArgs } from './cli-args';
import type { SandboxCliOptions } from './cli-args';
import { loadSandboxData } from './data/load';
import { startSandbox } from './server';

const logger = pino({ name: 'sandbox' });

/** `npm run sandbox`: loads data/ and serves it until SIGINT or SIGTERM. */
async function main(argv: readonly string[]): Promise<number> {
  let options: SandboxCliOptions | undefined;
  try {
    options = parseSandboxArgs(argv);
  } catch (error) {
    process.stderr.write(`sandbox: ${messageOf(error)}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    process.stdout.write(USAGE);
    return 0;
  }

  const started = performance.now();
  const data = await loadSandboxData();
  const loadMs = Math.round(performance.now() - started);
  logger.info(
    { countsByType: data.countsByType, total: data.resources.length, loadMs },
    'sandbox data loaded',
  );

  const sandbox = await startSandbox({
    resources: data.resources,
    port: options.port,
    logger,
  });
  stopOnSignal(() => sandbox.close());
  return 0;
}

function stopOnSignal(close: () => Promise<void>): void {
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'sandbox stopping');
    close().then(
      () => logger.info('sandbox stopped'),
      (error: unknown) => logger.error({ err: error }, 'sandbox stop failed'),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    logger.fatal({ err: error }, 'sandbox failed to start');
    process.exitCode = 1;
  },
);
