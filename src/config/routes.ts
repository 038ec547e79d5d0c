import { ConfigError } from '../errors';
import type { BackendConfig, BackendSettings } from './backend-config';

type Routing = Pick<BackendSettings, 'routes' | 'defaultBackend'>;

/**
 * Builds the routing table: each resource type goes to exactly one backend,
 * names are unique, and at most one backend takes every other type.
 */
export function buildRoutes(
  backends: readonly BackendConfig[],
  variable: string,
): Routing {
  const routes = new Map<string, string>();
  const names = new Set<string>();
  let defaultBackend: string | undefined;
  backends.forEach((backend, index) => {
    const location = `backends[${index}]`;
    checkUniqueName(backend.name, names, variable, `${location}.name`);
    if (backend.resourceTypes === 'default') {
      checkSingleDefault(defaultBackend, variable, `${location}.resourceTypes`);
      defaultBackend = backend.name;
      return;
    }
    for (const type of backend.resourceTypes) {
      addRoute(
        routes,
        type,
        backend.name,
        variable,
        `${location}.resourceTypes`,
      );
    }
  });
  return { routes, defaultBackend };
}

function checkUniqueName(
  name: string,
  names: Set<string>,
  variable: string,
  location: string,
): void {
  if (names.has(name)) {
    const problem = `duplicate backend name "${name}"`;
    throw new ConfigError(
      variable,
      problem,
      'a unique name per backend',
      location,
    );
  }
  names.add(name);
}

function checkSingleDefault(
  current: string | undefined,
  variable: string,
  location: string,
): void {
  if (current !== undefined) {
    const problem = `"default" is already taken by backend "${current}"`;
    const expected = 'at most one backend with resourceTypes "default"';
    throw new ConfigError(variable, problem, expected, location);
  }
}

function addRoute(
  routes: Map<string, string>,
  type: string,
  backend: string,
  variable: string,
  location: string,
): void {
  const current = routes.get(type);
  if (current !== undefined) {
    const problem = `resource type "${type}" is already routed to backend "${current}"`;
    const expected = 'each resource type in one backend only';
    throw new ConfigError(variable, problem, expected, location);
  }
  routes.set(type, backend);
}
