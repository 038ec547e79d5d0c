import type { Bundle, Resource } from 'fhir/r4';

/**
 * Direct REST reads of the sandbox, which the stories compare the graph
 * with. They go through `fetch`, not the project's FHIR client, so a fault
 * in the client cannot hide itself.
 */
export class SandboxRest {
  constructor(private readonly baseUrl: string) {}

  /** Reads `Type/id`. */
  async read<T extends Resource>(type: string, id: string): Promise<T> {
    return (await this.get(`${this.baseUrl}/${type}/${id}`)) as T;
  }

  /** Returns the `match` resources of a search, following every `next` link. */
  async searchAll<T extends Resource>(
    type: string,
    params: Record<string, string> | Array<[string, string]>,
  ): Promise<T[]> {
    const query = new URLSearchParams(params);
    if (!query.has('_count')) {
      query.set('_count', '1000');
    }
    let url: string | undefined = `${this.baseUrl}/${type}?${query}`;
    const matches: T[] = [];
    while (url !== undefined) {
      const bundle = (await this.get(url)) as Bundle;
      matches.push(...matchesOf<T>(bundle));
      url = bundle.link?.find((link) => link.relation === 'next')?.url;
    }
    return matches;
  }

  /** Returns the first page of a search. */
  async searchBundle(
    type: string,
    params: Record<string, string>,
  ): Promise<Bundle> {
    const query = new URLSearchParams(params);
    return (await this.get(`${this.baseUrl}/${type}?${query}`)) as Bundle;
  }

  /** Reads resources of one type and returns them by id. */
  async readAll<T extends Resource>(
    type: string,
    ids: readonly string[],
  ): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    const found = await Promise.all(unique.map((id) => this.read<T>(type, id)));
    return new Map(found.map((resource) => [resource.id ?? '', resource]));
  }

  private async get(url: string): Promise<unknown> {
    const response = await fetch(url, {
      headers: { accept: 'application/fhir+json' },
    });
    if (!response.ok) {
      throw new Error(`GET ${url} failed with status ${response.status}`);
    }
    return response.json();
  }
}

function matchesOf<T extends Resource>(bundle: Bundle): T[] {
  return (bundle.entry ?? [])
    .filter((entry) => (entry.search?.mode ?? 'match') === 'match')
    .map((entry) => entry.resource as T);
}

/** Returns the id part of a relative reference `Type/id`. */
export function idOf(reference: string | undefined): string {
  return reference?.split('/')[1] ?? '';
}
