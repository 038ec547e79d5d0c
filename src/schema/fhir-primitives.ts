/**
 * The FHIR R4 (4.0.1) primitive datatypes that become GraphQL scalars. The
 * patterns are the `regex` extensions on `<type>.value` in the R4
 * StructureDefinitions, matched against the whole value; the datatypes page
 * (https://hl7.org/fhir/R4/datatypes.html) explains them. FHIR also limits
 * `string` to 1 MB, which is not checked here.
 */

/** The JSON type FHIR JSON uses for a primitive. */
export type JsonKind = 'string' | 'number' | 'boolean';

/** One FHIR primitive datatype and its GraphQL scalar. */
export interface FhirPrimitive {
  /** FHIR type code, such as `dateTime`. */
  code: string;
  /** GraphQL scalar name, prefixed so it cannot clash with built-in scalars. */
  scalarName: string;
  json: JsonKind;
  /** Regular expression source, or undefined where FHIR defines none. */
  pattern?: string;
  /** Inclusive integer range, for the integer types. */
  range?: readonly [number, number];
  /** Description of a valid value, for error messages. */
  expected: string;
}

const MAX_INT32 = 2147483647;

const DATE =
  '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?';
const DATE_TIME =
  '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?';
const INSTANT =
  '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';

export const FHIR_PRIMITIVES: readonly FhirPrimitive[] = [
  {
    code: 'base64Binary',
    scalarName: 'FhirBase64Binary',
    json: 'string',
    pattern: '(\\s*([0-9a-zA-Z\\+/=]){4}\\s*)+',
    expected: 'base64 text',
  },
  {
    code: 'boolean',
    scalarName: 'FhirBoolean',
    json: 'boolean',
    pattern: 'true|false',
    expected: 'true or false',
  },
  {
    code: 'canonical',
    scalarName: 'FhirCanonical',
    json: 'string',
    pattern: '\\S*',
    expected: 'a canonical URL without whitespace',
  },
  {
    code: 'code',
    scalarName: 'FhirCode',
    json: 'string',
    pattern: '[^\\s]+(\\s[^\\s]+)*',
    expected: 'a code without leading, trailing or double whitespace',
  },
  {
    code: 'date',
    scalarName: 'FhirDate',
    json: 'string',
    pattern: DATE,
    expected: 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
  },
  {
    code: 'dateTime',
    scalarName: 'FhirDateTime',
    json: 'string',
    pattern: DATE_TIME,
    expected:
      'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss with an optional fraction and a Z or +hh:mm offset',
  },
  {
    code: 'decimal',
    scalarName: 'FhirDecimal',
    json: 'number',
    pattern: '-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?',
    expected: 'a decimal number such as 1.50',
  },
  {
    code: 'id',
    scalarName: 'FhirId',
    json: 'string',
    pattern: '[A-Za-z0-9\\-\\.]{1,64}',
    expected: '1 to 64 letters, digits, "-" or "."',
  },
  {
    code: 'instant',
    scalarName: 'FhirInstant',
    json: 'string',
    pattern: INSTANT,
    expected:
      'YYYY-MM-DDThh:mm:ss with an optional fraction and a Z or +hh:mm offset',
  },
  {
    code: 'integer',
    scalarName: 'FhirInteger',
    json: 'number',
    pattern: '-?([0]|([1-9][0-9]*))',
    range: [-MAX_INT32 - 1, MAX_INT32],
    expected: 'a 32-bit signed integer',
  },
  {
    code: 'markdown',
    scalarName: 'FhirMarkdown',
    json: 'string',
    pattern: '[ \\r\\n\\t\\S]+',
    expected: 'non-empty markdown text',
  },
  {
    code: 'oid',
    scalarName: 'FhirOid',
    json: 'string',
    pattern: 'urn:oid:[0-2](\\.(0|[1-9][0-9]*))+',
    expected: 'an OID as urn:oid:1.2.3',
  },
  {
    code: 'positiveInt',
    scalarName: 'FhirPositiveInt',
    json: 'number',
    pattern: '[1-9][0-9]*',
    range: [1, MAX_INT32],
    expected: `an integer from 1 to ${MAX_INT32}`,
  },
  {
    code: 'string',
    scalarName: 'FhirString',
    json: 'string',
    pattern: '[ \\r\\n\\t\\S]+',
    expected: 'a non-empty string',
  },
  {
    code: 'time',
    scalarName: 'FhirTime',
    json: 'string',
    pattern: '([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?',
    expected: 'a time as hh:mm:ss with an optional fraction',
  },
  {
    code: 'unsignedInt',
    scalarName: 'FhirUnsignedInt',
    json: 'number',
    pattern: '[0]|([1-9][0-9]*)',
    range: [0, MAX_INT32],
    expected: `an integer from 0 to ${MAX_INT32}`,
  },
  {
    code: 'uri',
    scalarName: 'FhirUri',
    json: 'string',
    pattern: '\\S*',
    expected: 'a URI without whitespace',
  },
  {
    code: 'url',
    scalarName: 'FhirUrl',
    json: 'string',
    pattern: '\\S*',
    expected: 'a URL without whitespace',
  },
  {
    code: 'uuid',
    scalarName: 'FhirUuid',
    json: 'string',
    pattern:
      'urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    expected: 'a UUID as urn:uuid: followed by lower-case hex',
  },
  {
    code: 'xhtml',
    scalarName: 'FhirXhtml',
    json: 'string',
    expected: 'an XHTML div element',
  },
];

/** The primitives by FHIR type code. */
export const FHIR_PRIMITIVES_BY_CODE: ReadonlyMap<string, FhirPrimitive> =
  new Map(FHIR_PRIMITIVES.map((primitive) => [primitive.code, primitive]));
