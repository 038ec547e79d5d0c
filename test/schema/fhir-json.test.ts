import { parseFhirJson } from '../../src/schema/fhir-json';
import { isRawJson } from '../../src/schema/raw-json';

function roundTrip(text: string): string {
  return JSON.stringify(parseFhirJson(text));
}

describe('parseFhirJson', () => {
  test.each([
    ['trailing zero', '{"value":1.50}'],
    ['integer-valued decimal', '{"value":100.0}'],
    ['exponent', '{"value":1e2}'],
    ['negative zero', '{"value":-0}'],
    [
      'digits beyond double precision',
      '{"value":0.1000000000000000055511151231257827}',
    ],
    ['integer beyond 2^53', '{"value":9007199254740993}'],
    ['numbers in arrays', '{"values":[1.0,2.50,3]}'],
  ])('keeps the text of a %s', (_case, text) => {
    expect(roundTrip(text)).toBe(text);
  });

  test('leaves numbers that print unchanged as plain numbers', () => {
    const parsed = parseFhirJson(
      '{"sequence":1,"value":0.1,"negative":-2.5}',
    ) as Record<string, unknown>;
    expect(parsed.sequence).toBe(1);
    expect(parsed.value).toBe(0.1);
    expect(parsed.negative).toBe(-2.5);
  });

  test('wraps only numbers whose text would change', () => {
    const parsed = parseFhirJson('{"value":1.50}') as { value: unknown };
    expect(isRawJson(parsed.value)).toBe(true);
  });

  test('leaves strings, booleans and null alone', () => {
    const text = '{"date":"2024-03","active":true,"note":null,"text":"1.50"}';
    expect(parseFhirJson(text)).toEqual({
      date: '2024-03',
      active: true,
      note: null,
      text: '1.50',
    });
  });

  test.each([
    ['after a time in a string', '{"at":"10:03","value":1.50}'],
    ['after an escaped quote', '{"note":"say \\"1.5\\"","value":2.0}'],
    ['after a string ending in a backslash', '{"path":"a\\\\","value":1.10}'],
  ])('keeps a decimal %s', (_case, text) => {
    expect(roundTrip(text)).toBe(text);
  });

  test('parses plain text without the reviver', () => {
    const parse = jest.spyOn(JSON, 'parse');
    parseFhirJson('{"at":"10:03:00","count":20,"value":0.5}');
    expect(parse).toHaveBeenCalledTimes(1);
    expect(parse.mock.calls[0]).toHaveLength(1);
    parse.mockRestore();
  });

  test('raises SyntaxError on invalid JSON', () => {
    expect(() => parseFhirJson('{"value":}')).toThrow(SyntaxError);
  });
});
