export { BackendTarget } from './backend-target';
export type { Interaction } from './call';
export { FhirClient, type FhirClientOptions } from './client';
export { Deadline } from './deadline';
export {
  admittedPage,
  emptyPage,
  type NarrowedSearch,
  type SessionGuard,
} from './guard';
export { classifyReference, type ReferenceTarget } from './reference';
export type { BackendRequestEvent } from './request-event';
export { RequestStats, type RequestStatsSnapshot } from './request-stats';
export {
  LATER_RESOURCE_TYPES,
  R4_RESOURCE_TYPES,
  isRoutableResourceType,
  type ResourceOf,
  type ResourceType,
} from './resource-types';
export type {
  FhirRequestContext,
  ReadResult,
  SearchAllResult,
  SearchOptions,
  SearchPage,
  TypedResource,
} from './results';
export { parseRetryAfter } from './retry-policy';
export { BackendRouter } from './routing';
export { FhirSession } from './session';
export { encodeQuery, type SearchParams } from './url';
