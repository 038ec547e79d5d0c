export type {
  BackendConfig,
  BackendSettings,
  BackendSource,
} from './backend-config';
export {
  BACKEND_VARIABLES,
  configuredBackendVariable,
  loadBackendSettings,
  type LoadBackendOptions,
} from './backends';
export {
  loadFhirClientSettings,
  type FhirClientSettings,
} from './fhir-client-settings';
