import { splitSearchOnComma } from '@medplum/core';
import type { SearchParameter } from '@medplum/fhirtypes';
import type { SearchCatalog } from './catalog';
import type { QueryPair } from './context';
import { invalidRequest, notSupported } from './outcome';

/**
 * Modifiers that Medplum's MemoryRepository (@medplum/core 5.x
 * `matchesSearchRequest`) evaluates as FHIR R4 defines them, per parameter
 * type. It treats the others (`:exact`, `:text`, `:in`, `:below`, ...) as a
 * plain match, so they are rejected. A reference parameter also takes a
 * resource type as modifier (`subject:Patient=123`).
 *
 * NOTE: MemoryRepository matches string and uri values anywhere in the
 * text (case-insensitive), where FHIR R4 matches a string at its start and a
 * uri exactly, so such searches can return more matches than a production
 * server would.
 */
const SUPPORTED_MODIFIERS: Readonly<Record<string, readonly string[]>> = {
  reference: ['missing'],
  string: ['missing', 'contains'],
  token: ['missing', 'not'],
  date: ['missing'],
  uri: ['missing'],
};

export interface FilterScope {
  readonly catalog: SearchCatalog;
  readonly baseUrl: string;
}

/**
 * Checks one search filter of a `type` search against the served search
 * parameters and returns it in the form Medplum evaluates.
 *
 * @throws FhirHttpError (400) for an unknown parameter, an unsupported
 *   modifier, `_has`, or a chain of more than one reference.
 */
export function normalizeFilter(
  scope: FilterScope,
  type: string,
  [key, value]: QueryPair,
): QueryPair {
  if (key === '_has' || key.startsWith('_has:')) {
    throw notSupported(
      `Reverse chaining (${key}) is not supported by this server`,
    );
  }
  if (key.includes('.')) {
    return normalizeChain(scope, type, key, value);
  }
  return normalizePlainFilter(scope, type, key, value);
}

function normalizeChain(
  scope: FilterScope,
  type: string,
  key: string,
  value: string,
): QueryPair {
  const [link, chained, ...deeper] = key.split('.');
  if (!link || !chained || deeper.length > 0) {
    throw notSupported(
      `Chained parameter "${key}" is not supported: this server follows one reference per chain, e.g. organization.name`,
    );
  }
  const [code, explicitTarget] = link.split(':');
  const parameter = requireParameter(scope, type, code ?? '');
  if (parameter.type !== 'reference') {
    throw invalidRequest(
      `Invalid chain "${key}": ${type} search parameter "${code}" is a ${parameter.type}, not a reference`,
    );
  }
  const target = chainTarget(scope, type, parameter, explicitTarget, key);
  const [chainedKey, chainedValue] = normalizePlainFilter(
    scope,
    target,
    chained,
    value,
  );
  return [`${code}:${target}.${chainedKey}`, chainedValue];
}

function chainTarget(
  scope: FilterScope,
  type: string,
  parameter: SearchParameter,
  explicitTarget: string | undefined,
  key: string,
): string {
  const targets = parameter.target ?? [];
  if (explicitTarget !== undefined) {
    requireTargetType(scope, parameter, explicitTarget, key);
    return explicitTarget;
  }
  if (targets.length !== 1 || !targets[0]) {
    throw invalidRequest(
      `Invalid chain "${key}": ${type} search parameter "${parameter.code}" can point to ${targets.join(', ') || 'any type'}; name the type, e.g. ${parameter.code}:${targets[0] ?? 'Patient'}.${key.split('.')[1]}`,
    );
  }
  requireTargetType(scope, parameter, targets[0], key);
  return targets[0];
}

function normalizePlainFilter(
  scope: FilterScope,
  type: string,
  key: string,
  value: string,
): QueryPair {
  const [code = '', modifier, ...rest] = key.split(':');
  const parameter = requireParameter(scope, type, code);
  if (rest.length > 0) {
    throw invalidRequest(`Invalid search parameter "${key}": too many ":"`);
  }
  if (modifier === undefined) {
    return [key, normalizeValue(scope, parameter, value)];
  }
  if (parameter.type === 'reference' && /^[A-Z]/.test(modifier)) {
    requireTargetType(scope, parameter, modifier, key);
    return [code, typedReferences(scope, value, [modifier])];
  }
  checkModifier(type, parameter, modifier, value);
  return [key, value];
}

function requireParameter(
  scope: FilterScope,
  type: string,
  code: string,
): SearchParameter {
  const found = scope.catalog.lookup(type, code);
  switch (found.kind) {
    case 'served':
      return found.parameter;
    case 'unmatchable':
      throw notSupported(
        `Search parameter "${code}" of ${type} has type ${found.parameter.type}, which this server cannot search`,
      );
    case 'unknown':
      throw invalidRequest(
        `Unknown search parameter "${code}" for ${type}; GET /metadata lists the supported ones`,
      );
  }
}

function requireTargetType(
  scope: FilterScope,
  parameter: SearchParameter,
  target: string,
  key: string,
): void {
  const targets: readonly string[] = parameter.target ?? [];
  const allowed = targets.length === 0 || targets.includes(target);
  if (!allowed || !scope.catalog.isServed(target)) {
    throw invalidRequest(
      `Invalid target type "${target}" in "${key}": expected one of ${targets.filter((t) => scope.catalog.isServed(t)).join(', ') || 'the served resource types'}`,
    );
  }
}

function checkModifier(
  type: string,
  parameter: SearchParameter,
  modifier: string,
  value: string,
): void {
  const supported = SUPPORTED_MODIFIERS[parameter.type] ?? [];
  if (!supported.includes(modifier)) {
    throw notSupported(
      `Modifier :${modifier} on ${type} search parameter "${parameter.code}" (${parameter.type}) is not supported; supported: ${supported.map((m) => `:${m}`).join(', ')}`,
    );
  }
  if (modifier === 'missing' && value !== 'true' && value !== 'false') {
    throw invalidRequest(
      `Invalid value "${value}" for ${parameter.code}:missing: expected true or false`,
    );
  }
}

function normalizeValue(
  scope: FilterScope,
  parameter: SearchParameter,
  value: string,
): string {
  if (parameter.type !== 'reference') {
    return value;
  }
  const served = (parameter.target ?? []).filter((t) =>
    scope.catalog.isServed(t),
  );
  const targets = parameter.target?.length ? served : scope.catalog.types;
  return typedReferences(scope, value, targets);
}

/**
 * Rewrites each reference of a comma-separated list into the relative
 * `Type/id` form stored in the data: this server's absolute URLs lose the
 * base, and a bare id becomes one `Type/id` per possible target type.
 */
function typedReferences(
  scope: FilterScope,
  value: string,
  targets: readonly string[],
): string {
  const base = `${scope.baseUrl}/`;
  const references: string[] = [];
  for (const raw of splitSearchOnComma(value)) {
    const reference = raw.startsWith(base) ? raw.slice(base.length) : raw;
    if (reference.includes('/')) {
      references.push(reference);
    } else {
      references.push(...targets.map((target) => `${target}/${reference}`));
    }
  }
  return references.join(',');
}
