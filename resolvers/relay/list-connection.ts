import type { GraphContext } from '../../src/server/context';
import type { PageRequest } from './arguments';
import { buildConnection, type RelayConnection } from './connection';
import {
  decodeCursor,
  encodeCursor,
  foreignCursor,
  type ConnectionScope,
} from './cursor-scope';

/** Position of a list cursor: just after the node with this id, at this index. */
interface ListPosition {
  readonly id: string;
  readonly index: number;
}

/**
 * Pages through a list the service has read whole, such as every claim of a
 * member sorted newest first. A cursor names the node it follows by id, so
 * a node added before it since the last page does not shift the next page.
 * When that node is gone, the page starts after the cursor's index instead.
 * The cursor is checked before `load` runs, so a rejected cursor costs no
 * backend request.
 */
export async function listConnection<T extends { readonly id?: string }>(
  context: GraphContext,
  scope: ConnectionScope,
  request: PageRequest,
  load: () => Promise<readonly T[]>,
): Promise<RelayConnection<T>> {
  const position =
    request.after === undefined
      ? undefined
      : readPosition(context, scope, request.after);
  const nodes = await load();
  const start = position === undefined ? 0 : startAfter(nodes, position);
  const page = nodes.slice(start, start + request.first);
  const edges = page.map((node, offset) => ({
    node,
    cursor: encodeCursor(context, scope, {
      id: node.id ?? '',
      index: start + offset,
    }),
  }));
  return buildConnection(edges, {
    hasNextPage: start + page.length < nodes.length,
    hasPreviousPage: start > 0,
    totalCount: nodes.length,
  });
}

function startAfter(
  nodes: ReadonlyArray<{ readonly id?: string }>,
  position: ListPosition,
): number {
  const found = nodes.findIndex((node) => node.id === position.id);
  return (found === -1 ? position.index : found) + 1;
}

function readPosition(
  context: GraphContext,
  scope: ConnectionScope,
  cursor: string,
): ListPosition {
  const { id, index } = decodeCursor(context, scope, cursor);
  if (typeof id !== 'string' || typeof index !== 'number') {
    throw foreignCursor(scope);
  }
  if (!Number.isInteger(index) || index < 0) {
    throw foreignCursor(scope);
  }
  return { id, index };
}
