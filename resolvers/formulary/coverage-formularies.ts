import type { Coverage, InsurancePlan, Reference } from 'fhir/r4';
import { EXTENSION_BINDINGS } from '../../src/generated/extension-bindings';
import { FORMULARY_REFERENCE_URL, isFormulary } from '../../src/formulary/usdf';
import type { GraphContext } from '../../src/server/context';
import { resolveReferences } from '../relay/links';

const PLAN_TYPES = new Set(['InsurancePlan']);

/**
 * Returns the formularies of a coverage's plan in two reads, each shared by
 * every coverage at that level of a query: the plan of the FHIR R5
 * cross-version extension `Coverage.insurancePlan`, then the formularies
 * its `coverage` entries name with usdf-FormularyReference.
 */
export async function formulariesOf(
  context: GraphContext,
  coverage: Coverage,
): Promise<InsurancePlan[]> {
  const planUrl = EXTENSION_BINDINGS.Coverage?.insurancePlan?.url;
  const planReferences = (coverage.extension ?? []).flatMap((extension) =>
    extension.url === planUrl && extension.valueReference !== undefined
      ? [extension.valueReference]
      : [],
  );
  const plans = await resolveReferences<InsurancePlan>(
    context,
    coverage,
    planReferences,
    PLAN_TYPES,
  );
  const formularies = await Promise.all(
    plans.map((plan) =>
      resolveReferences<InsurancePlan>(
        context,
        plan,
        formularyReferences(plan),
        PLAN_TYPES,
      ),
    ),
  );
  return formularies.flat().filter(isFormulary);
}

function formularyReferences(plan: InsurancePlan): Reference[] {
  return (plan.coverage ?? []).flatMap((coverage) =>
    (coverage.extension ?? []).flatMap((extension) =>
      extension.url === FORMULARY_REFERENCE_URL &&
      extension.valueReference !== undefined
        ? [extension.valueReference]
        : [],
    ),
  );
}
