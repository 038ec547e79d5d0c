/** One FHIR server the service sends requests to. */
export interface BackendConfig {
  /** Short name used in logs, metrics and error extensions. */
  readonly name: string;
  /** Absolute http(s) URL with no trailing slash, query or fragment. */
  readonly baseUrl: string;
  /** Resource types this backend serves, or `'default'` for every other type. */
  readonly resourceTypes: readonly string[] | 'default';
  /** Headers sent with every request to this backend and to no other. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether the caller's bearer token is sent to this backend. */
  readonly forwardAuthorization: boolean;
}

/** Source of the backend list: the variable that set it, or the sandbox. */
export type BackendSource =
  'FHIR_BASE_URL' | 'FHIR_BACKENDS' | 'FHIR_BACKENDS_FILE' | 'sandbox';

/** The validated backends and the routing table by resource type. */
export interface BackendSettings {
  readonly source: BackendSource;
  readonly backends: readonly BackendConfig[];
  /** Backend name for each resource type listed explicitly. */
  readonly routes: ReadonlyMap<string, string>;
  /** Backend name for every type not in `routes`, if one is `'default'`. */
  readonly defaultBackend: string | undefined;
}
