import { ServiceError } from '../../src/errors';
import type { GraphContext } from '../../src/server/context';

/**
 * The scope in which the cursors of one connection are valid: the field
 * coordinate, such as `Patient.explanationOfBenefits`, and a key of what
 * its pages depend on, such as the parent and the filter. The codec binds
 * a cursor to the caller and the field, and the key inside the signed
 * payload binds it to the parent and the arguments. So a cursor of another
 * member, field, parent or filter is rejected.
 */
export interface ConnectionScope {
  readonly field: string;
  readonly key: string;
}

/** Returns a signed cursor for `position` within `scope`. */
export function encodeCursor(
  context: GraphContext,
  scope: ConnectionScope,
  position: Readonly<Record<string, unknown>>,
): string {
  return context.pages.encode(scope.field, { scope: scope.key, position });
}

/**
 * Returns the position inside a cursor that `encodeCursor` issued for
 * `scope`. Raises BAD_USER_INPUT for a malformed, altered or foreign cursor.
 */
export function decodeCursor(
  context: GraphContext,
  scope: ConnectionScope,
  cursor: string,
): Readonly<Record<string, unknown>> {
  const payload = context.pages.decode(scope.field, cursor);
  if (!isRecord(payload) || payload.scope !== scope.key) {
    throw foreignCursor(scope);
  }
  if (!isRecord(payload.position)) {
    throw foreignCursor(scope);
  }
  return payload.position;
}

/** Returns the error for a cursor of another scope or of an unexpected shape. */
export function foreignCursor(scope: ConnectionScope): ServiceError {
  return new ServiceError(
    'BAD_USER_INPUT',
    `Invalid cursor for ${scope.field}: pass a cursor this field returned for the same parent and filter, unchanged`,
  );
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
