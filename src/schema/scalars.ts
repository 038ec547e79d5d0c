import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { FHIR_PRIMITIVES, type FhirPrimitive } from './fhir-primitives';
import { isRawJson, rawJson, type RawJson } from './raw-json';

/**
 * GraphQL scalars for the FHIR primitive datatypes.
 *
 * Output returns the value from the FHIR JSON unchanged, so `2024-03` stays a
 * partial date, an instant keeps its offset, and a decimal read with
 * `parseFhirJson` keeps its digits (`1.50`). Output checks only the JSON type,
 * so that a server's slightly malformed value still reaches the client.
 * Input (arguments and variables) must match the FHIR pattern in full, and
 * the error names the scalar, the rejected value and the expected form.
 */

function isNumberValue(value: unknown): value is number | RawJson {
  return typeof value === 'number' || isRawJson(value);
}

function describe(value: unknown): string {
  if (isRawJson(value)) return value.rawJSON;
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function invalid(primitive: FhirPrimitive, value: unknown): GraphQLError {
  return new GraphQLError(
    `${primitive.scalarName} cannot represent ${describe(value)}: expected ${primitive.expected}.`,
  );
}

function matchesPattern(primitive: FhirPrimitive, text: string): boolean {
  if (primitive.pattern === undefined) return true;
  return new RegExp(`^(?:${primitive.pattern})$`).test(text);
}

function inRange(primitive: FhirPrimitive, value: number): boolean {
  const [min, max] = primitive.range ?? [-Infinity, Infinity];
  return value >= min && value <= max;
}

/** Output: the JSON value as it came, after checking its JSON type. */
function serializer(primitive: FhirPrimitive): (value: unknown) => unknown {
  const accepts: Record<FhirPrimitive['json'], (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    number: isNumberValue,
    boolean: (v) => typeof v === 'boolean',
  };
  return (value) => {
    if (!accepts[primitive.json](value)) throw invalid(primitive, value);
    return value;
  };
}

/** Input from variables, which arrive as parsed JSON. */
function valueParser(primitive: FhirPrimitive): (value: unknown) => unknown {
  return (value) => {
    if (primitive.json === 'boolean' && typeof value === 'boolean') {
      return value;
    }
    if (primitive.json === 'string' && typeof value === 'string') {
      return checkText(primitive, value, value);
    }
    if (primitive.json === 'number') return parseNumber(primitive, value);
    throw invalid(primitive, value);
  };
}

/**
 * Checks a numeric input. A decimal may come as a JSON number or, to keep its
 * digits, as a string, and the integer types take JSON numbers only.
 */
function parseNumber(primitive: FhirPrimitive, value: unknown): unknown {
  const isDecimal = primitive.range === undefined;
  if (isDecimal && typeof value === 'string') {
    return rawJson(checkText(primitive, value, value));
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(primitive, value);
  }
  if (!isDecimal && !(Number.isInteger(value) && inRange(primitive, value))) {
    throw invalid(primitive, value);
  }
  return value;
}

function checkText<T>(primitive: FhirPrimitive, text: string, result: T): T {
  if (!matchesPattern(primitive, text)) throw invalid(primitive, text);
  return result;
}

/** Input written inline in the query document. */
function literalParser(primitive: FhirPrimitive): (ast: ValueNode) => unknown {
  return (ast) => {
    switch (ast.kind) {
      case Kind.STRING:
        if (primitive.json === 'string') {
          return checkText(primitive, ast.value, ast.value);
        }
        return valueParser(primitive)(ast.value);
      case Kind.BOOLEAN:
        return valueParser(primitive)(ast.value);
      case Kind.INT:
      case Kind.FLOAT:
        return parseNumberLiteral(primitive, ast.value);
      default:
        throw invalid(primitive, ast.kind);
    }
  };
}

/** Keeps the literal's digits for decimals, as `1.50` must stay `1.50`. */
function parseNumberLiteral(primitive: FhirPrimitive, text: string): unknown {
  if (primitive.json !== 'number') throw invalid(primitive, text);
  if (primitive.range === undefined) {
    return rawJson(checkText(primitive, text, text));
  }
  return parseNumber(primitive, checkText(primitive, text, Number(text)));
}

function specifiedByUrl(code: string): string {
  const page = code === 'xhtml' ? 'narrative' : 'datatypes';
  return `https://hl7.org/fhir/R4/${page}.html#${code}`;
}

/** Builds the GraphQL scalar for one FHIR primitive datatype. */
export function createFhirScalar(primitive: FhirPrimitive): GraphQLScalarType {
  return new GraphQLScalarType({
    name: primitive.scalarName,
    description: `FHIR R4 \`${primitive.code}\`: ${primitive.expected}. Returned exactly as written in the FHIR JSON.`,
    specifiedByURL: specifiedByUrl(primitive.code),
    serialize: serializer(primitive),
    parseValue: valueParser(primitive),
    parseLiteral: literalParser(primitive),
  });
}

/** The scalars by GraphQL name, ready to pass as resolvers. */
export const fhirScalars: Readonly<Record<string, GraphQLScalarType>> =
  Object.fromEntries(
    FHIR_PRIMITIVES.map((p) => [p.scalarName, createFhirScalar(p)]),
  );
