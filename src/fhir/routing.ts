import type { BackendSettings } from '../config';
import { ServiceError } from '../errors';
import { BackendTarget } from './backend-target';
import { isRoutableResourceType } from './resource-types';

/** Finds the backend for a resource type or for an absolute URL. */
export class BackendRouter {
  readonly backends: readonly BackendTarget[];
  private readonly byName: ReadonlyMap<string, BackendTarget>;
  private readonly settings: BackendSettings;

  constructor(settings: BackendSettings) {
    this.settings = settings;
    this.backends = settings.backends.map(
      (config) => new BackendTarget(config),
    );
    this.byName = new Map(this.backends.map((target) => [target.name, target]));
  }

  /**
   * Returns the backend that serves `resourceType`: the one that lists it,
   * else the default backend. Raises BAD_USER_INPUT for a name that is not a
   * resource type and RESOURCE_TYPE_NOT_SERVED when no backend serves it.
   */
  resolve(resourceType: string): BackendTarget {
    if (!isRoutableResourceType(resourceType)) {
      const message = `Unknown FHIR resource type "${resourceType}"; expected a FHIR R4 resource type name such as "Patient"`;
      throw new ServiceError('BAD_USER_INPUT', message);
    }
    const name =
      this.settings.routes.get(resourceType) ?? this.settings.defaultBackend;
    const target = name === undefined ? undefined : this.byName.get(name);
    if (target === undefined) {
      const message = `Resource type "${resourceType}" is not served by any configured FHIR backend`;
      throw new ServiceError('RESOURCE_TYPE_NOT_SERVED', message);
    }
    return target;
  }

  named(name: string): BackendTarget | undefined {
    return this.byName.get(name);
  }

  /**
   * Returns the backend whose base URL contains `url`, preferring the longest
   * base path when two backends share an origin, or undefined for any other
   * server.
   */
  findByUrl(url: URL): BackendTarget | undefined {
    const matches = this.backends.filter((target) => target.contains(url));
    return matches.sort(
      (a, b) => b.config.baseUrl.length - a.config.baseUrl.length,
    )[0];
  }
}
