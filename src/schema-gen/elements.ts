import type {
  ElementDefinition,
  ElementDefinitionType,
  StructureDefinition,
} from 'fhir/r4';

/** One element of a StructureDefinition snapshot, with its child elements. */
export interface ElementNode {
  /** Element path, such as `ExplanationOfBenefit.item.adjudication`. */
  path: string;
  /** Last path segment, such as `adjudication` or `serviced[x]`. */
  name: string;
  min: number;
  max: string;
  definition: string;
  types: readonly ElementDefinitionType[];
  /** Path of the element whose definition this one reuses (`#Path` in FHIR). */
  contentReference?: string;
  children: ElementNode[];
}

/**
 * Builds the element tree of a type from its snapshot. Slices are left out,
 * because a base definition describes the shape of the JSON and slices only
 * constrain it.
 */
export function elementTree(definition: StructureDefinition): ElementNode {
  const elements = definition.snapshot?.element ?? [];
  const nodes = new Map<string, ElementNode>();
  for (const element of elements) {
    if (element.sliceName !== undefined || element.id?.includes(':')) continue;
    const node = toNode(element);
    nodes.set(node.path, node);
    nodes.get(parentPath(node.path))?.children.push(node);
  }
  const root = nodes.get(definition.type);
  if (root === undefined) {
    throw new Error(
      `StructureDefinition ${definition.url} has no snapshot element for its type ${definition.type}`,
    );
  }
  return root;
}

function toNode(element: ElementDefinition): ElementNode {
  const path = element.path;
  return {
    path,
    name: path.slice(path.lastIndexOf('.') + 1),
    min: element.min ?? 0,
    max: element.max ?? '1',
    definition: element.definition ?? element.short ?? '',
    types: element.type ?? [],
    contentReference: element.contentReference?.replace(/^.*#/, ''),
    children: [],
  };
}

function parentPath(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('.')));
}
