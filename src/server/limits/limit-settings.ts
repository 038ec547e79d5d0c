/**
 * Limits on the shape of one GraphQL operation, checked before it runs.
 * Introspection fields (`__schema`, `__type`, `__typename`) count towards
 * none of them, because the `INTROSPECTION` switch governs those.
 */
export interface LimitSettings {
  /** Maximum nesting of fields; `{ a { b } }` has depth 2. */
  readonly maxDepth: number;
  /** Maximum number of aliased fields, fragments expanded. */
  readonly maxAliases: number;
  /** Maximum number of fields selected on the root type. */
  readonly maxRootFields: number;
  /** Maximum value of a `first` or `_count` argument, given or defaulted. */
  readonly maxPageSize: number;
  /** Maximum estimated number of backend requests; see `measureOperation`. */
  readonly maxCost: number;
}

/** The limits and the environment variables that set them. */
export const LIMIT_VARIABLES = {
  maxDepth: 'MAX_QUERY_DEPTH',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxRootFields: 'MAX_ROOT_FIELDS',
  maxPageSize: 'MAX_PAGE_SIZE',
  maxCost: 'MAX_QUERY_COST',
} as const satisfies Record<keyof LimitSettings, string>;

// The GraphiQL example operations measure at most depth 9 and cost 6.
// The FHIR GraphQL shapes nest `resource { ... on X { ... } }` two levels
// per reference, so depth grows fast in legitimate queries.
export const DEFAULT_LIMITS: LimitSettings = {
  maxDepth: 15,
  maxAliases: 30,
  maxRootFields: 20,
  maxPageSize: 1000,
  maxCost: 50,
};
