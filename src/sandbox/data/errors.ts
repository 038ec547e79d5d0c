/**
 * The error of a failed sandbox data load: a malformed manifest or data
 * file, a resource without `resourceType` or `id`, or two resources with the
 * same `Type/id`. The message names the file (and the NDJSON line) to fix.
 */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
}
