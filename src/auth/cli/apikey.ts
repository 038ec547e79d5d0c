/** Command line entry: `npm run apikey -- create|revoke|list`. */
import { ConfigError } from '../../errors';
import { openApiKeyStore } from '../api-keys/open-store';
import { loadApiKeyStoreSettings } from '../settings';
import {
  APIKEY_USAGE,
  parseApiKeyCommand,
  runApiKeyCommand,
  type CommandResult,
} from './apikey-commands';
import { UsageError } from './usage-error';

async function main(argv: readonly string[]): Promise<CommandResult> {
  const command = parseApiKeyCommand(argv);
  const store = await openApiKeyStore(loadApiKeyStoreSettings(process.env));
  try {
    return await runApiKeyCommand(command, store);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  ({ output, exitCode }) => {
    (exitCode === 0 ? process.stdout : process.stderr).write(output);
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${APIKEY_USAGE}`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof ConfigError || error instanceof RangeError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      const detail = (
        error instanceof Error ? error.message : String(error)
      ).replace(/\.$/, '');
      process.stderr.write(
        `API key store failed: ${detail}; check that REDIS_URL or API_KEYS_FILE is reachable\n`,
      );
    }
    process.exitCode = 1;
  },
);
