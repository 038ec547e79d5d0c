import { readFileSync } from 'node:fs';
import path from 'node:path';

/** One GraphiQL tab: an example operation with its variables and headers. */
export interface ExampleTab {
  readonly query: string;
  /** JSON text for the Variables editor. */
  readonly variables: string;
  /** JSON text for the Headers editor. */
  readonly headers: string;
}

interface ExampleSpec {
  /** File in `examples/`, whose operation name titles the tab. */
  readonly file: string;
  readonly variables: Readonly<Record<string, string>>;
  /** Whether the operation reads PHI, which needs member credentials. */
  readonly phi: boolean;
}

// A USDF reference formulary of the sandbox data, with 300 items.
const FORMULARY = 'Formulary-10207VA0380001';
// The NUCC provider taxonomy code of Internal Medicine.
const INTERNAL_MEDICINE = '207R00000X';

// The public operations come first, so the first tab runs without
// credentials.
const EXAMPLES: readonly ExampleSpec[] = [
  {
    file: 'formulary-by-drug-name.graphql',
    variables: { formulary: FORMULARY, drugName: 'doxepin' },
    phi: false,
  },
  {
    file: 'providers-by-specialty-and-city.graphql',
    variables: { specialty: INTERNAL_MEDICINE, city: 'Boston' },
    phi: false,
  },
  {
    file: 'member-summary.graphql',
    variables: { id: 'member-0001' },
    phi: true,
  },
  {
    file: 'fhir-graphql-shape.graphql',
    variables: { specialty: INTERNAL_MEDICINE, formulary: FORMULARY },
    phi: false,
  },
];

// The commands that print a development token and an API key for the
// sandbox; the Headers editor shows them in place of the values.
const MEMBER_HEADERS = {
  Authorization: 'Bearer <npm run token -- --patient member-0001>',
  'x-api-key': '<npm run apikey -- create --name explorer>',
};

/** The directory of the example operations. */
export const EXAMPLES_DIR = path.join(__dirname, 'examples');

/** Reads the example operations, in tab order. */
export function loadExampleTabs(dir: string = EXAMPLES_DIR): ExampleTab[] {
  return EXAMPLES.map((example) => ({
    query: readFileSync(path.join(dir, example.file), 'utf8'),
    variables: JSON.stringify(example.variables, null, 2),
    headers: example.phi ? JSON.stringify(MEMBER_HEADERS, null, 2) : '',
  }));
}
