/**
 * The FHIR search parameter behind one generated GraphQL search argument,
 * so the runtime can turn `service_date: "ge2024"` back into
 * `service-date=ge2024`.
 */
export interface SearchParameterInfo {
  /** FHIR search parameter code, such as `service-date`. */
  code: string;
  /** FHIR search parameter type, such as `date`, `token` or `reference`. */
  type: string;
  /** FHIRPath expression of the parameter, for this resource type. */
  expression: string;
  /** Resource types a reference parameter may point to. */
  targets: readonly string[];
  /** Canonical URL of the SearchParameter resource. */
  url: string;
}
