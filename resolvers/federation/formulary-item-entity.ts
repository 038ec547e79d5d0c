import type { Basic, MedicationKnowledge, Resource } from 'fhir/r4';
import { normaliseFormularyItem } from '../../src/formulary/normalise';
import { resolveReference } from '../../src/loaders/resolve-reference';
import type { GraphContext } from '../../src/server/context';
import type { EntityReader } from './entities';

/**
 * Reads a FormularyItem entity by id. R4 servers have no FormularyItem, so
 * the id is that of a US Drug Formulary STU2 `Basic` formulary item, whose
 * drug (its `subject`) gives the item's `code`, or else that of a USDF STU1
 * `MedicationKnowledge` with a plan id. Every read goes through the
 * request's loaders. The items of one `_entities` request therefore cost
 * one Basic search and one or two MedicationKnowledge searches (the drugs
 * named, and the ids that are no Basic formulary item), which the loader
 * batches into one when both are requested in the same tick.
 */
export const readFormularyItem: EntityReader = async (id, context) => {
  const basic = await context.loaders.read('Basic').load(id);
  if (basic.kind === 'found' && isBasic(basic.resource)) {
    const drug = await subjectDrug(basic.resource, context);
    const item = normaliseFormularyItem(basic.resource, drug);
    if (item !== undefined) {
      return item;
    }
  }
  const knowledge = await context.loaders.read('MedicationKnowledge').load(id);
  if (knowledge.kind === 'found' && isMedicationKnowledge(knowledge.resource)) {
    return normaliseFormularyItem(knowledge.resource) ?? null;
  }
  return null;
};

/** Returns the MedicationKnowledge the Basic's `subject` names, if any. */
async function subjectDrug(
  basic: Basic,
  context: GraphContext,
): Promise<MedicationKnowledge | undefined> {
  if (basic.subject === undefined) {
    return undefined;
  }
  const resolution = await resolveReference(
    context.loaders,
    basic.subject,
    basic,
  );
  if (
    resolution.kind !== 'found' ||
    !isMedicationKnowledge(resolution.resource)
  ) {
    return undefined;
  }
  return resolution.resource;
}

function isBasic(resource: Resource): resource is Basic {
  return resource.resourceType === 'Basic';
}

function isMedicationKnowledge(
  resource: Resource,
): resource is MedicationKnowledge {
  return resource.resourceType === 'MedicationKnowledge';
}
