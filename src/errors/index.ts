export {
  ERROR_CATALOGUE,
  isErrorCode,
  type CatalogueEntry,
  type ErrorCode,
} from './catalogue';
export { ServiceError, type ServiceErrorOptions } from './service-error';
export {
  BackendError,
  type BackendErrorCode,
  type BackendErrorDetails,
  type IssueSummary,
} from './backend-error';
export { ConfigError } from './config-error';
export { createErrorFormatter, toGraphQLError } from './format';
