import type { Basic, MedicationKnowledge } from 'fhir/r4';
import {
  DRUG_REFERENCE,
  normaliseFormularyItem,
  type NormalisedFormularyItem,
} from '../../src/formulary/normalise';
import { FORMULARY_ITEM_TYPE, searchToken } from '../../src/formulary/usdf';
import type { FormularyItem } from '../../src/schema/formulary-item';
import type { GraphContext } from '../../src/server/context';
import { resolveReferences, reverseLinks } from '../relay/links';

const DRUG_TYPES = new Set(['MedicationKnowledge']);

/**
 * Returns the drug an item lists, through the read loader, which a page
 * of `Formulary.items` has already primed. Null for an item that names its
 * drug only by code.
 */
export async function drugOf(
  context: GraphContext,
  item: FormularyItem,
): Promise<MedicationKnowledge | null> {
  const reference = (item as NormalisedFormularyItem)[DRUG_REFERENCE];
  const [drug] = await resolveReferences<MedicationKnowledge>(
    context,
    undefined,
    reference === undefined ? [] : [reference],
    DRUG_TYPES,
  );
  return drug ?? null;
}

/**
 * Returns the formulary items of a drug: the USDF STU2 items whose
 * `subject` is the drug, one batched search for every drug at one level
 * of a query, after the drug itself when it is a USDF STU1 formulary drug.
 */
export async function formularyItemsOf(
  context: GraphContext,
  drug: MedicationKnowledge,
): Promise<NormalisedFormularyItem[]> {
  const basics = await reverseLinks<Basic>(context, drug, 'Basic', 'subject', [
    ['code', searchToken(FORMULARY_ITEM_TYPE)],
  ]);
  const sources = [drug, ...basics];
  return sources.flatMap((source) => {
    const item = normaliseFormularyItem(source, drug);
    return item === undefined ? [] : [item];
  });
}
