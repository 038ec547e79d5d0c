import {
  canRead,
  checkPhiAccess,
  requirePhiAccess,
} from '../../src/auth/access';
import {
  ANONYMOUS,
  type MemberPrincipal,
  type Principal,
} from '../../src/auth/principal';
import { parseScopes } from '../../src/auth/scopes';
import { ServiceError } from '../../src/errors';

const APP = { keyId: 'key_0123456789abcdef', name: 'Test App' };
const STRICT = { requireApiKey: true };
const RELAXED = { requireApiKey: false };

function member(overrides: Partial<MemberPrincipal> = {}): MemberPrincipal {
  return {
    kind: 'member',
    patient: '123',
    scopes: parseScopes('patient/ExplanationOfBenefit.read patient/Coverage.r'),
    scope: 'patient/ExplanationOfBenefit.read patient/Coverage.r',
    subject: 'member-1',
    clientId: 'client-1',
    expiresAt: new Date(Date.now() + 60_000),
    app: APP,
    ...overrides,
  };
}

function errorOf(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

describe('requirePhiAccess', () => {
  it('returns the patient of an allowed member', () => {
    const grant = requirePhiAccess(member(), 'ExplanationOfBenefit', STRICT);
    expect(grant.patient).toBe('123');
    expect(grant.principal.app).toEqual(APP);
  });

  it.each<[string, Principal]>([
    ['anonymous', ANONYMOUS],
    ['app', { kind: 'app', app: APP }],
  ])('rejects %s callers as unauthenticated', (_kind, principal) => {
    const error = errorOf(() =>
      requirePhiAccess(principal, 'Coverage', RELAXED),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe(
      'read of Coverage requires a member access token in the Authorization header',
    );
  });

  it('requires an API key by default', () => {
    const error = errorOf(() =>
      requirePhiAccess(member({ app: undefined }), 'Coverage', STRICT),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe(
      'read of Coverage requires a registered API key in the x-api-key header besides the access token',
    );
  });

  it('drops the API key requirement when configured', () => {
    const grant = requirePhiAccess(
      member({ app: undefined }),
      'Coverage',
      RELAXED,
    );
    expect(grant.patient).toBe('123');
  });

  it('rejects a token without a patient claim', () => {
    const error = errorOf(() =>
      requirePhiAccess(member({ patient: undefined }), 'Coverage', STRICT),
    );
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe(
      'access token has no patient claim, so it grants no access to Coverage',
    );
  });

  it('forbids a type outside the scopes', () => {
    const error = errorOf(() => requirePhiAccess(member(), 'Patient', STRICT));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      'access token scopes do not allow read of Patient; expected patient/Patient.r, patient/Patient.read or the same for patient/*',
    );
  });

  it('checks search separately from read', () => {
    expect(
      requirePhiAccess(member(), 'ExplanationOfBenefit', STRICT, 'search')
        .patient,
    ).toBe('123');
    const error = errorOf(() =>
      requirePhiAccess(member(), 'Coverage', STRICT, 'search'),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      'access token scopes do not allow search of Coverage; expected patient/Coverage.s, patient/Coverage.read or the same for patient/*',
    );
  });
});

describe('checkPhiAccess', () => {
  it('returns a decision instead of raising', () => {
    expect(checkPhiAccess(ANONYMOUS, 'Coverage', STRICT)).toEqual({
      kind: 'denied',
      code: 'UNAUTHENTICATED',
      message:
        'read of Coverage requires a member access token in the Authorization header',
    });
  });
});

describe('canRead', () => {
  it.each([
    'Practitioner',
    'Organization',
    'InsurancePlan',
    'MedicationKnowledge',
    'Basic',
  ])('lets anyone read public %s', (resourceType) => {
    expect(canRead(ANONYMOUS, resourceType, STRICT)).toBe(true);
  });

  it('keeps unknown types private', () => {
    expect(canRead(ANONYMOUS, 'SomeNewType', STRICT)).toBe(false);
  });

  it('follows the PHI rules for PHI types', () => {
    expect(canRead(member(), 'ExplanationOfBenefit', STRICT)).toBe(true);
    expect(canRead(member(), 'Patient', STRICT)).toBe(false);
    expect(canRead(member({ app: undefined }), 'Coverage', STRICT)).toBe(false);
    expect(canRead(member({ app: undefined }), 'Coverage', RELAXED)).toBe(true);
    expect(canRead({ kind: 'app', app: APP }, 'Coverage', RELAXED)).toBe(false);
  });
});
