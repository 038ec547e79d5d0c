import { parseArgs } from 'node:util';
import type { DevTokenRequest } from '../dev-keys';
import { UsageError } from './usage-error';

export const TOKEN_USAGE = `Usage:
  npm run token -- --patient ID [--scope "SCOPES"] [--expires 1h]
                   [--audience AUD] [--issuer ISS]

Prints an access token signed with the development key in data/dev-keys/.
  --patient   FHIR id of the patient, sent in the "patient" claim (required)
  --scope     space-separated SMART scopes (default "patient/*.rs")
  --expires   lifetime: a number with s, m, h or d, from 1s to 30d (default 1h)
  --audience  aud claim (default fhir-payer-graph)
  --issuer    iss claim (default https://sandbox.fhir-payer-graph.invalid)
`;

// FHIR R4 id datatype.
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DURATION = /^(\d{1,7})([smhd])$/;
const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;
const MAX_SECONDS = 30 * UNIT_SECONDS.d;

/** Parses the arguments after `npm run token --`. */
export function parseTokenArgs(argv: readonly string[]): DevTokenRequest {
  const { values } = parseOrThrow(argv);
  if (values.patient === undefined || !FHIR_ID.test(values.patient)) {
    throw new UsageError(
      `invalid --patient ${JSON.stringify(values.patient ?? '')}; expected a FHIR id (1 to 64 letters, digits, "-" or ".")`,
    );
  }
  return {
    patient: values.patient,
    expiresIn: parseDuration(values.expires ?? '1h'),
    ...(values.scope === undefined ? {} : { scope: values.scope }),
    ...(values.audience === undefined ? {} : { audience: values.audience }),
    ...(values.issuer === undefined ? {} : { issuer: values.issuer }),
  };
}

/** Returns the seconds of a duration such as `90s`, `30m`, `1h` or `7d`. */
function parseDuration(text: string): number {
  const match = DURATION.exec(text);
  const unit = match?.[2] as keyof typeof UNIT_SECONDS | undefined;
  const seconds =
    unit === undefined ? 0 : Number(match?.[1]) * UNIT_SECONDS[unit];
  if (seconds < 1 || seconds > MAX_SECONDS) {
    throw new UsageError(
      `invalid --expires ${JSON.stringify(text)}; expected a number with s, m, h or d, from 1s to 30d`,
    );
  }
  return seconds;
}

function parseOrThrow(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        patient: { type: 'string' },
        scope: { type: 'string' },
        expires: { type: 'string' },
        audience: { type: 'string' },
        issuer: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      error instanceof Error ? error.message : String(error),
    );
  }
}
