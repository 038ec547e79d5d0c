import type { Basic, Extension, MedicationKnowledge, Reference } from 'fhir/r4';
import type { FormularyItem } from '../schema/formulary-item';
import {
  FORMULARY_ITEM_TYPE,
  FORMULARY_REFERENCE_URL,
  hasCode,
  PLAN_ID_URL,
} from './usdf';

/**
 * Key of the drug reference on a normalised item. A symbol, so the link
 * never shows in the item's FHIR JSON: R5 FormularyItem names its product
 * only by `code`.
 */
export const DRUG_REFERENCE: unique symbol = Symbol('FormularyItem drug');

/** A FormularyItem, with the drug its source names where it names one. */
export interface NormalisedFormularyItem extends FormularyItem {
  readonly [DRUG_REFERENCE]?: Reference;
}

/** The resources a formulary item is read from. */
export type FormularyItemSource = Basic | MedicationKnowledge | FormularyItem;

/**
 * Reads a formulary item, in FHIR R5 FormularyItem shape with the US Drug
 * Formulary attributes (tier, pharmacy benefit types, prior authorization,
 * step therapy, quantity limit, availability) as extensions, from any of:
 * - USDF STU2 `Basic` with code `formulary-item`. Basic does not hold the
 *   drug's code, so `code` comes from `drug`, its `subject`, when given.
 * - USDF STU1 `MedicationKnowledge` with the plan's extensions: the drug is
 *   the item. Its plan id becomes a formulary reference by identifier.
 * - A native R5 `FormularyItem`, which is returned as it is.
 * Returns undefined for a Basic of another kind and a MedicationKnowledge
 * with no plan id, which are not formulary items.
 */
export function normaliseFormularyItem(
  source: FormularyItemSource,
  drug?: MedicationKnowledge,
): NormalisedFormularyItem | undefined {
  switch (source.resourceType) {
    case 'Basic':
      return hasCode(source.code, FORMULARY_ITEM_TYPE)
        ? fromBasic(source, drug)
        : undefined;
    case 'MedicationKnowledge':
      return planIdOf(source) !== undefined ? fromStu1(source) : undefined;
    case 'FormularyItem':
      return source;
    default:
      return assertNever(source);
  }
}

function fromBasic(
  basic: Basic,
  drug: MedicationKnowledge | undefined,
): NormalisedFormularyItem {
  return {
    resourceType: 'FormularyItem',
    id: basic.id,
    meta: basic.meta,
    identifier: basic.identifier,
    code: drug?.code,
    extension: basic.extension,
    [DRUG_REFERENCE]: basic.subject,
  };
}

function fromStu1(drug: MedicationKnowledge): NormalisedFormularyItem {
  const extension = (drug.extension ?? []).map((entry): Extension =>
    entry.url === PLAN_ID_URL ? formularyByPlanId(entry) : entry,
  );
  return {
    resourceType: 'FormularyItem',
    id: drug.id,
    meta: drug.meta,
    code: drug.code,
    status: drug.status,
    extension,
    [DRUG_REFERENCE]: { reference: `MedicationKnowledge/${drug.id}` },
  };
}

// STU1 names the plan by its plan id only, so the formulary reference is a
// logical one (FHIR R4 references.html#logical).
function formularyByPlanId(planId: Extension): Extension {
  return {
    url: FORMULARY_REFERENCE_URL,
    valueReference: { identifier: { value: planId.valueString } },
  };
}

function planIdOf(drug: MedicationKnowledge): string | undefined {
  return drug.extension?.find((entry) => entry.url === PLAN_ID_URL)
    ?.valueString;
}

function assertNever(value: never): never {
  throw new Error(`unexpected formulary item source ${JSON.stringify(value)}`);
}
