import { ServiceError } from '../../src/errors';

/** Largest `first` a connection accepts, the largest `_count` sent to a FHIR server. */
export const MAX_FIRST = 1000;

/** The forward paging arguments of a Relay connection field. */
export interface ConnectionArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

/** The paging arguments after their checks. */
export interface PageRequest {
  readonly first: number;
  readonly after: string | undefined;
}

/** Checks `first` (1 to MAX_FIRST; the SDL gives the default) and `after`. */
export function pageRequest(field: string, args: ConnectionArgs): PageRequest {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
    throw new ServiceError(
      'BAD_USER_INPUT',
      `Invalid first ${first} for ${field}: expected an integer from 1 to ${MAX_FIRST}`,
    );
  }
  return { first, after: args.after ?? undefined };
}
