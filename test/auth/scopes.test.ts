import { parseScopes, scopeCovers } from '../../src/auth/scopes';

function grantsOf(scope: string): Record<string, unknown> {
  return Object.fromEntries(parseScopes(scope));
}

describe('parseScopes', () => {
  it.each([
    ['patient/ExplanationOfBenefit.read', 'patient/ExplanationOfBenefit.rs'],
    ['patient/*.read', 'patient/*.rs'],
    ['patient/*.*', 'patient/*.cruds'],
    ['patient/Coverage.*', 'patient/Coverage.cruds'],
    ['patient/Coverage.write', 'patient/Coverage.cud'],
  ])('treats v1 %s like v2 %s', (v1, v2) => {
    expect(grantsOf(v1)).toEqual(grantsOf(v2));
  });

  it('grants read and search for v1 read', () => {
    expect(grantsOf('patient/ExplanationOfBenefit.read')).toEqual({
      ExplanationOfBenefit: { read: true, search: true },
    });
  });

  it('grants nothing for v1 write', () => {
    expect(grantsOf('patient/*.write')).toEqual({
      '*': { read: false, search: false },
    });
  });

  it.each([
    ['patient/Coverage.r', { read: true, search: false }],
    ['patient/Coverage.s', { read: false, search: true }],
    ['patient/Coverage.rs', { read: true, search: true }],
    ['patient/Coverage.cruds', { read: true, search: true }],
    ['patient/Coverage.cud', { read: false, search: false }],
  ])('reads v2 %s', (scope, grant) => {
    expect(grantsOf(scope)).toEqual({ Coverage: grant });
  });

  it.each([
    ['patient/Observation.rs?category=laboratory'],
    ['patient/*.rs?_security=x'],
    ['user/ExplanationOfBenefit.rs'],
    ['user/*.read'],
    ['system/*.cruds'],
    ['patient/Coverage.sr'],
    ['patient/Coverage.rsx'],
    ['patient/Coverage.'],
    ['patient/coverage.rs'],
    ['patient/.rs'],
    ['Patient/Coverage.rs'],
    ['openid fhirUser launch/patient offline_access online_access'],
    [''],
    ['   '],
  ])('grants nothing for %p', (scope) => {
    expect(grantsOf(scope)).toEqual({});
  });

  it('merges scopes for one type', () => {
    expect(
      grantsOf(
        'patient/Coverage.r  patient/Coverage.s\tpatient/Coverage.write',
      ),
    ).toEqual({
      Coverage: { read: true, search: true },
    });
  });

  it('keeps a broad scope next to a granular one', () => {
    expect(
      grantsOf(
        'patient/Observation.rs?category=vital-signs patient/Observation.r',
      ),
    ).toEqual({
      Observation: { read: true, search: false },
    });
  });
});

describe('scopeCovers', () => {
  it('covers a named type', () => {
    const scopes = parseScopes('patient/ExplanationOfBenefit.rs');
    expect(scopeCovers(scopes, 'ExplanationOfBenefit', 'read')).toBe(true);
    expect(scopeCovers(scopes, 'ExplanationOfBenefit', 'search')).toBe(true);
    expect(scopeCovers(scopes, 'Coverage', 'read')).toBe(false);
  });

  it('covers every type through a wildcard', () => {
    const scopes = parseScopes('patient/*.r');
    expect(scopeCovers(scopes, 'Coverage', 'read')).toBe(true);
    expect(scopeCovers(scopes, 'Coverage', 'search')).toBe(false);
  });

  it('combines a wildcard and a named type', () => {
    const scopes = parseScopes('patient/*.s patient/Coverage.r');
    expect(scopeCovers(scopes, 'Coverage', 'read')).toBe(true);
    expect(scopeCovers(scopes, 'Coverage', 'search')).toBe(true);
    expect(scopeCovers(scopes, 'Patient', 'read')).toBe(false);
  });

  it('covers nothing for user and system scopes', () => {
    const scopes = parseScopes('user/*.cruds system/*.read');
    expect(scopeCovers(scopes, 'Patient', 'read')).toBe(false);
    expect(scopeCovers(scopes, 'Patient', 'search')).toBe(false);
  });
});
