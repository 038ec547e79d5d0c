export {
  canRead,
  checkPhiAccess,
  checkPhiCredentials,
  requirePhiAccess,
} from './access';
export {
  compartmentRule,
  isInCompartment,
  PATIENT_COMPARTMENT,
  pinValue,
  type CompartmentNarrowing,
  type CompartmentRule,
} from './compartment';
export type { PhiAccessDecision, PhiAccessSettings, PhiGrant } from './access';
export {
  authenticate,
  createAuthServices,
  type AuthServices,
} from './authenticate';
export { readCredentials, type Credentials } from './credentials';
export {
  DEV_AUDIENCE,
  DEV_ISSUER,
  DEV_KEY_ID,
  devJwks,
  mintDevToken,
  type DevTokenRequest,
} from './dev-keys';
export { ANONYMOUS } from './principal';
export type {
  AnonymousPrincipal,
  AppIdentity,
  AppPrincipal,
  MemberPrincipal,
  Principal,
} from './principal';
export {
  isPhiResourceType,
  PUBLIC_RESOURCE_TYPES,
} from './public-resource-types';
export { parseScopes, scopeCovers } from './scopes';
export type { ResourceGrant, ScopeAction, ScopeGrants } from './scopes';
export * from './settings';
export {
  createAccessTokenVerifier,
  type AccessTokenVerifier,
} from './tokens/verifier';
export type { AccessTokenClaims } from './tokens/claims';
export { FileApiKeyStore } from './api-keys/file-store';
export {
  API_KEY_FORMAT,
  generateApiKey,
  hashApiKey,
  isWellFormedApiKey,
} from './api-keys/key';
export { openApiKeyStore } from './api-keys/open-store';
export {
  RedisApiKeyStore,
  type RedisApiKeyStoreOptions,
} from './api-keys/redis-store';
export type {
  ApiKeyRecord,
  ApiKeyStore,
  CreatedApiKey,
  RevokeOutcome,
} from './api-keys/store';
export { verifyApiKey } from './api-keys/verify';
