import type { GraphQLFieldResolver } from 'graphql';
import { EXTENSION_BINDINGS } from '../generated/extension-bindings';
import type { ExtensionBinding } from './extension-binding';

/** The parts of FHIR JSON a typed extension field reads. */
interface ExtensionHolder {
  extension?: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

/**
 * Reads a typed extension field from the `extension` list of its parent:
 * the values of the extensions with the binding's URL, or the extensions
 * themselves for a complex extension. A single-valued field takes the first
 * match, and a missing extension gives null.
 */
export function readTypedExtension(
  parent: ExtensionHolder,
  binding: ExtensionBinding,
): unknown {
  const matches = (parent.extension ?? [])
    .filter((extension) => extension.url === binding.url)
    .map((extension) =>
      binding.valueKey === undefined ? extension : extension[binding.valueKey],
    )
    .filter((value) => value !== undefined);
  return binding.list ? matches : (matches[0] ?? null);
}

/** Field resolvers for every generated typed extension field. */
export function typedExtensionResolvers(
  bindings: typeof EXTENSION_BINDINGS = EXTENSION_BINDINGS,
): Record<
  string,
  Record<string, GraphQLFieldResolver<ExtensionHolder, unknown>>
> {
  return Object.fromEntries(
    Object.entries(bindings).map(([typeName, fields]) => [
      typeName,
      Object.fromEntries(
        Object.entries(fields).map(([fieldName, binding]) => [
          fieldName,
          (parent: ExtensionHolder) => readTypedExtension(parent, binding),
        ]),
      ),
    ]),
  );
}
