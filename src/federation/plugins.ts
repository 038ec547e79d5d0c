import type { ApolloServerPlugin } from '@apollo/server';
import { gatewayOnlyPlugin } from './gateway-only-plugin';
import { hideSuggestionsPlugin } from './hide-suggestions-plugin';

export interface FederationPluginSettings {
  /** `GATEWAY_SECRET`. Unset, `_entities` and `_service` are open to all. */
  readonly gatewaySecret: string | undefined;
  readonly development: boolean;
}

/**
 * Returns the Apollo Server plugins that close the subgraph to callers
 * other than the gateway. With a gateway secret, `_entities` and `_service`
 * require it. Suggestions in error messages are removed whenever a secret
 * is set, and always in production.
 */
export function federationPlugins(
  settings: FederationPluginSettings,
): ApolloServerPlugin<object>[] {
  const plugins: ApolloServerPlugin<object>[] = [];
  if (settings.gatewaySecret !== undefined) {
    plugins.push(gatewayOnlyPlugin(settings.gatewaySecret));
  }
  if (settings.gatewaySecret !== undefined || !settings.development) {
    plugins.push(hideSuggestionsPlugin());
  }
  return plugins;
}
