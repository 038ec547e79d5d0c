/**
 * Rewrites `Identifier.value` numbers as strings, in place, and returns how
 * many it rewrote. FHIR R4 types `Identifier.value` as a string, but 122
 * identifiers of the Plan-Net reference directory carry JSON numbers, and a
 * token search over such a value fails inside the search engine. A payer's
 * server would have rejected those resources, so the sandbox stores them as
 * that server would.
 */
export function repairIdentifierValues(resource: object): number {
  let repaired = 0;
  const pending: Array<{ node: unknown; inIdentifier: boolean }> = [
    { node: resource, inIdentifier: false },
  ];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, inIdentifier } = item;
    if (typeof node !== 'object' || node === null) {
      continue;
    }
    const record = node as Record<string, unknown>;
    if (inIdentifier && typeof record.value === 'number') {
      record.value = String(record.value);
      repaired += 1;
    }
    for (const [key, child] of Object.entries(record)) {
      const childInIdentifier = Array.isArray(node)
        ? inIdentifier
        : key === 'identifier';
      pending.push({ node: child, inIdentifier: childInIdentifier });
    }
  }
  return repaired;
}
