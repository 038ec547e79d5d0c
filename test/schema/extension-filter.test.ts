import { parse } from 'graphql';
import {
  extensionFilterResolvers,
  filterExtensionsByUrl,
} from '../../src/schema/extension-filter';

const A = { url: 'http://example.org/a', valueString: 'a' };
const B = { url: 'http://example.org/b', valueString: 'b' };

describe('filterExtensionsByUrl', () => {
  const source = { extension: [A, B, A], modifierExtension: [B] };

  test('returns the extensions with the given url', () => {
    const info = { fieldName: 'extension' };
    expect(
      filterExtensionsByUrl(source, { url: A.url }, undefined, info),
    ).toEqual([A, A]);
  });

  test('returns the whole list without a url', () => {
    const info = { fieldName: 'modifierExtension' };
    expect(filterExtensionsByUrl(source, {}, undefined, info)).toEqual([B]);
    expect(
      filterExtensionsByUrl(source, { url: null }, undefined, info),
    ).toEqual([B]);
  });

  test('returns an absent list as it is', () => {
    const info = { fieldName: 'extension' };
    expect(
      filterExtensionsByUrl({}, { url: A.url }, undefined, info),
    ).toBeUndefined();
  });
});

describe('extensionFilterResolvers', () => {
  test('covers every extension list that takes url', () => {
    const typeDefs = parse(`
      type Extension { url: String }
      type Patient {
        extension(url: String): [Extension]
        modifierExtension(url: String): [Extension]
        other: [Extension]
      }
      type Element { extension(url: String): [Extension] }
    `);
    const resolvers = extensionFilterResolvers(typeDefs);
    expect(Object.keys(resolvers).sort()).toEqual(['Element', 'Patient']);
    expect(Object.keys(resolvers.Patient ?? {})).toEqual([
      'extension',
      'modifierExtension',
    ]);
  });
});
