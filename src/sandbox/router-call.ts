import { getStatus, isOk } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { SandboxContext } from './context';
import { FhirHttpError } from './outcome';

/**
 * Sends a GET for `url` (relative to the base, e.g. `Patient/1` or
 * `Coverage?beneficiary=Patient/1`) through Medplum's FhirRouter and returns
 * the resource it produced.
 *
 * @throws FhirHttpError with the status and OperationOutcome Medplum
 *   returned, when that outcome is not OK.
 */
export async function routeGet(
  context: SandboxContext,
  url: string,
): Promise<Resource> {
  const [outcome, resource] = await context.router.handleRequest(
    {
      method: 'GET',
      url,
      pathname: '',
      params: {},
      query: {},
      body: undefined,
    },
    context.repository,
  );
  if (!isOk(outcome) || !resource) {
    throw FhirHttpError.fromOutcome(getStatus(outcome), outcome);
  }
  return resource;
}

/** Same as `routeGet`, for URLs whose response is a Bundle (searches, history). */
export async function routeGetBundle(
  context: SandboxContext,
  url: string,
): Promise<Bundle> {
  const resource = await routeGet(context, url);
  if (resource.resourceType !== 'Bundle') {
    throw new Error(
      `Medplum returned a ${resource.resourceType} for ${url}, expected a Bundle`,
    );
  }
  return resource;
}
