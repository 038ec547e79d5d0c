import { parseTokenArgs } from '../../../src/auth/cli/token-args';

describe('parseTokenArgs', () => {
  it('uses one hour by default', () => {
    expect(parseTokenArgs(['--patient', '123'])).toEqual({
      patient: '123',
      expiresIn: 3600,
    });
  });

  it('reads every option', () => {
    const argv = [
      '--patient',
      'a.b-1',
      '--scope',
      'patient/*.read',
      '--expires',
      '30m',
      '--audience',
      'aud',
      '--issuer',
      'iss',
    ];
    expect(parseTokenArgs(argv)).toEqual({
      patient: 'a.b-1',
      scope: 'patient/*.read',
      expiresIn: 1800,
      audience: 'aud',
      issuer: 'iss',
    });
  });

  it.each([
    [
      [],
      'invalid --patient ""; expected a FHIR id (1 to 64 letters, digits, "-" or ".")',
    ],
    [
      ['--patient', 'a/b'],
      'invalid --patient "a/b"; expected a FHIR id (1 to 64 letters, digits, "-" or ".")',
    ],
    [
      ['--patient', '1', '--expires', '31d'],
      'invalid --expires "31d"; expected a number with s, m, h or d, from 1s to 30d',
    ],
    [
      ['--patient', '1', '--expires', '0s'],
      'invalid --expires "0s"; expected a number with s, m, h or d, from 1s to 30d',
    ],
    [
      ['--patient', '1', '--expires', '1 hour'],
      'invalid --expires "1 hour"; expected a number with s, m, h or d, from 1s to 30d',
    ],
  ])('rejects %p', (argv, message) => {
    expect(() => parseTokenArgs(argv)).toThrow(message);
  });
});
