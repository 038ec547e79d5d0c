import { isOk, normalizeErrorString } from '@medplum/core';
import { FhirRouter } from '@medplum/fhir-router';
import { loadSandboxData } from '../src/sandbox/data/load';
import {
  indexIgSearchParameters,
  loadR4Definitions,
} from '../src/sandbox/fhir-schema';
import { readIgSearchParameters } from '../src/sandbox/ig-search-parameters';
import { seedRepository } from '../src/sandbox/repository';
import { DEFAULT_DEFINITIONS_DIR } from '../src/sandbox/server';
import { RepositoryCallCounter } from './counted-repository';
import type { GraphqlHandler } from './graphql-endpoint';

/**
 * Builds the handler of mode "medplum": Medplum's own `$graphql` operation
 * (`FhirRouter.handleRequest`, `POST /$graphql`) over a MemoryRepository
 * loaded with the same data as the sandbox, with the same R4 and IG search
 * parameters. Each response carries the repository calls it made in
 * `extensions.backend.backendRequests`, the figure the other modes report
 * for FHIR requests.
 */
export async function createMedplumHandler(members: {
  count: number;
  seed: number;
}): Promise<GraphqlHandler> {
  loadR4Definitions();
  indexIgSearchParameters(readIgSearchParameters(DEFAULT_DEFINITIONS_DIR));
  const data = await loadSandboxData({ members });
  const { repository } = await seedRepository(data.resources);
  const counter = new RepositoryCallCounter();
  counter.wrap(repository);
  const router = new FhirRouter();
  return async (request) => {
    const { result, calls } = await counter.run(() =>
      router.handleRequest(
        {
          method: 'POST',
          url: '/$graphql',
          pathname: '',
          params: {},
          query: {},
          body: request,
        },
        repository,
      ),
    );
    const [outcome, body] = result;
    if (!isOk(outcome)) {
      return {
        errors: [{ message: normalizeErrorString(outcome) }],
        extensions: { backend: { backendRequests: calls } },
      };
    }
    return { ...body, extensions: { backend: { backendRequests: calls } } };
  };
}
