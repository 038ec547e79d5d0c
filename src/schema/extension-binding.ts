/** The location in FHIR JSON that a typed extension field reads. */
export interface ExtensionBinding {
  /**
   * URL of the extension. For a sub-extension of a complex extension it is
   * the short name FHIR JSON uses, such as `latitude`.
   */
  url: string;
  /** True when the field returns every matching extension. */
  list: boolean;
  /**
   * JSON property of the value, such as `valueCodeableConcept`. Absent for a
   * complex extension, whose field returns the extension itself so that the
   * fields of its object type can read the sub-extensions.
   */
  valueKey?: string;
}
