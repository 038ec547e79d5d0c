import pino from 'pino';
import { startCareProgramsSubgraph } from './server';

/**
 * Starts the example subgraph on `HOST` (default 127.0.0.1) and `PORT`
 * (default 4001). Run it with `npx tsx examples/care-programs/main.ts`.
 */
async function main(): Promise<void> {
  const logger = pino({ name: 'care-programs' });
  const port = Number(process.env.PORT || 4001);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `PORT: invalid value ${JSON.stringify(process.env.PORT)}; expected an integer from 0 to 65535`,
    );
  }
  const subgraph = await startCareProgramsSubgraph({
    host: process.env.HOST || '127.0.0.1',
    port,
    logger,
  });
  logger.info({ url: subgraph.url }, 'care programs subgraph ready');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Startup failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
