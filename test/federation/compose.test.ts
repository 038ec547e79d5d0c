import { readFileSync } from 'node:fs';
import { CARE_PROGRAMS_SCHEMA_PATH } from '../../examples/care-programs/server';
import {
  composeSupergraph,
  fhirSubgraphSdl,
  type SubgraphSource,
} from '../../src/federation/supergraph';
import { ROOT_DIR } from '../../src/server/service';

const FHIR_URL = 'http://127.0.0.1:4000/graphql';
const CARE_PROGRAMS_URL = 'http://127.0.0.1:4001/';

let fhir: SubgraphSource;
let carePrograms: SubgraphSource;

beforeAll(() => {
  fhir = { name: 'fhir', url: FHIR_URL, sdl: fhirSubgraphSdl(ROOT_DIR) };
  carePrograms = {
    name: 'care-programs',
    url: CARE_PROGRAMS_URL,
    sdl: readFileSync(CARE_PROGRAMS_SCHEMA_PATH, 'utf8'),
  };
});

describe('composeSupergraph', () => {
  it('composes both subgraphs', () => {
    const outcome = composeSupergraph([fhir, carePrograms]);

    expect(outcome.kind).toBe('composed');
    const sdl = outcome.kind === 'composed' ? outcome.supergraphSdl : '';
    expect(sdl).toContain(
      `FHIR @join__graph(name: "fhir", url: "${FHIR_URL}")`,
    );
    expect(sdl).toContain(
      `CARE_PROGRAMS @join__graph(name: "care-programs", url: "${CARE_PROGRAMS_URL}")`,
    );
    expect(sdl).toContain(
      'type Patient implements Resource & DomainResource @join__type(graph: CARE_PROGRAMS, key: "id") @join__type(graph: FHIR, key: "id")',
    );
  });

  it('prints every resource type as an entity', () => {
    expect(fhir.sdl).toContain(
      'type ExplanationOfBenefit implements Resource & DomainResource @key(fields: "id")',
    );
    expect(fhir.sdl).toContain(
      'type FormularyItem implements Resource & DomainResource @key(fields: "id")',
    );
  });

  it('reports conflicting field types', () => {
    const conflicting: SubgraphSource = {
      name: 'conflicting',
      url: 'http://127.0.0.1:4002/',
      sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
type Patient @key(fields: "id") { id: ID! gender: Int @shareable }`,
    };

    const outcome = composeSupergraph([fhir, conflicting]);

    expect(outcome.kind).toBe('failed');
    const messages =
      outcome.kind === 'failed'
        ? outcome.errors.map((error) => error.message)
        : [];
    expect(messages.some((message) => message.includes('Patient.gender'))).toBe(
      true,
    );
  });
});
