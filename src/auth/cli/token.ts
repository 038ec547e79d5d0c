/** Command line entry: `npm run token -- --patient ID`. */
import { mintDevToken } from '../dev-keys';
import { parseTokenArgs, TOKEN_USAGE } from './token-args';
import { UsageError } from './usage-error';

async function main(argv: readonly string[]): Promise<void> {
  const token = await mintDevToken(parseTokenArgs(argv));
  process.stdout.write(`${token}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${TOKEN_USAGE}`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
