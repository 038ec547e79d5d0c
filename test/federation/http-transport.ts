import type { Transport } from '@graphql-mesh/transport-common';
import { buildHTTPExecutor } from '@graphql-tools/executor-http';

/**
 * The `http` transport of Hive Gateway, which sends each subgraph operation
 * as a GraphQL POST to the subgraph's `join__graph(url:)`. It does what
 * @graphql-mesh/transport-http does for plain queries, because that package
 * is not installed. It sends through the gateway's `fetch`, so the
 * gateway's plugins, header propagation among them, see every request.
 */
// NOTE: @graphql-tools/executor-http and @graphql-mesh/transport-common are
// dependencies of @graphql-hive/gateway-runtime, not of this project.
export const httpTransport: Transport = {
  getSubgraphExecutor({ transportEntry, fetch }) {
    if (transportEntry.location === undefined) {
      throw new Error(
        `subgraph ${transportEntry.subgraph} has no URL; expected join__graph(url:) in the supergraph`,
      );
    }
    if (fetch === undefined) {
      throw new Error(
        `no fetch for subgraph ${transportEntry.subgraph}; expected the gateway to pass its fetch to transports`,
      );
    }
    return buildHTTPExecutor({
      endpoint: transportEntry.location,
      fetch,
      headers: Object.fromEntries(transportEntry.headers ?? []),
    });
  },
};
