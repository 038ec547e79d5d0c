import { CursorCodec } from '../../src/pagination/cursor';

const codec = new CursorCodec(Buffer.alloc(32, 3));
const binding = {
  caller: 'member:member-0001',
  field: 'Query.PatientConnection',
};
const position = {
  backend: 'sandbox',
  url: 'http://127.0.0.1:1/fhir/R4/Patient?_offset=20',
};

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return 'no error';
}

describe('CursorCodec', () => {
  it('round-trips a position', () => {
    const cursor = codec.encode(binding, position);
    expect(codec.decode(binding, cursor)).toEqual(position);
  });

  it('hides the position', () => {
    const cursor = codec.encode(binding, position);
    const bytes = Buffer.from(cursor, 'base64url').toString('latin1');
    expect(bytes).not.toContain('127.0.0.1');
    expect(bytes).not.toContain('sandbox');
  });

  it('rejects another caller', () => {
    const cursor = codec.encode(binding, position);
    const other = { ...binding, caller: 'member:member-0002' };
    expect(codeOf(() => codec.decode(other, cursor))).toBe('BAD_USER_INPUT');
  });

  it('rejects another field', () => {
    const cursor = codec.encode(binding, position);
    const other = { ...binding, field: 'Query.CoverageConnection' };
    expect(codeOf(() => codec.decode(other, cursor))).toBe('BAD_USER_INPUT');
  });

  it('rejects a changed byte', () => {
    const bytes = Buffer.from(codec.encode(binding, position), 'base64url');
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    const cursor = bytes.toString('base64url');
    expect(codeOf(() => codec.decode(binding, cursor))).toBe('BAD_USER_INPUT');
  });

  it('rejects a cursor of another key', () => {
    const cursor = new CursorCodec(Buffer.alloc(32, 4)).encode(
      binding,
      position,
    );
    expect(codeOf(() => codec.decode(binding, cursor))).toBe('BAD_USER_INPUT');
  });

  it('rejects malformed text', () => {
    for (const cursor of ['', 'abc', 'not base64!', 'a'.repeat(40) + '=']) {
      expect(codeOf(() => codec.decode(binding, cursor))).toBe(
        'BAD_USER_INPUT',
      );
    }
  });

  it('names the field in the message', () => {
    expect(() => codec.decode(binding, 'abc')).toThrow(
      'Invalid cursor for Query.PatientConnection: pass a cursor this field returned to you, unchanged',
    );
  });
});
