import {
  USAGE,
  parseMembersArgs,
  writeMembers,
  type MembersCliOptions,
} from './cli';

/** `npm run data:members`: writes the generated members as gzipped NDJSON. */
async function main(argv: readonly string[]): Promise<number> {
  let options: MembersCliOptions | undefined;
  try {
    options = parseMembersArgs(argv);
  } catch (error) {
    process.stderr.write(`data:members: ${messageOf(error)}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    process.stdout.write(USAGE);
    return 0;
  }
  const counts = await writeMembers(options);
  const summary = Object.entries(counts)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  process.stdout.write(`Wrote ${summary} to ${options.out}\n`);
  return 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`data:members failed: ${messageOf(error)}\n`);
    process.exitCode = 1;
  },
);
