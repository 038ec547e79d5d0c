import type { Resource } from 'fhir/r4';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from 'graphql';
import { isPhiResourceType } from '../../auth';
import { ServiceError } from '../../errors';
import type { GraphContext } from '../context';
import type { PhiFieldPlan } from './phi-plan';
import type { RequestProtection } from './request-protection';

type Resolver = GraphQLFieldResolver<unknown, GraphContext>;

/** The outcome of the check of one returned value. */
type Verdict =
  | { readonly kind: 'public' }
  | { readonly kind: 'returned' }
  /** Outside the compartment, or a bare representation: as if missing. */
  | { readonly kind: 'hidden'; readonly notFound: ServiceError };

/**
 * Wraps the resolver of a field that can return PHI. Before it runs, a
 * field whose every resource type is PHI needs the scope for its action,
 * so a caller without one causes no backend request. After it runs, every
 * PHI resource returned is checked again: scope, then compartment. One
 * outside the compartment is dropped from a list and NOT_FOUND alone, so it
 * looks exactly like one that does not exist. Each PHI resource returned is
 * audited once per request.
 */
export function protectResolver(
  plan: PhiFieldPlan,
  resolve: Resolver = defaultFieldResolver,
): Resolver {
  return async (source, args, context, info) => {
    const protection = protectionOf(context, plan);
    checkBefore(protection, plan, source);
    const result: unknown = await resolve(source, args, context, info);
    return checkResult({ protection, plan, info }, source, result);
  };
}

interface Check {
  readonly protection: RequestProtection;
  readonly plan: PhiFieldPlan;
  readonly info: GraphQLResolveInfo;
}

function protectionOf(
  context: GraphContext,
  plan: PhiFieldPlan,
): RequestProtection {
  if (context.protection === undefined) {
    // Fail closed: a protected schema served without a protected context.
    throw new Error(`${plan.coordinate} resolved without PHI protection`);
  }
  return context.protection;
}

function checkBefore(
  protection: RequestProtection,
  plan: PhiFieldPlan,
  source: unknown,
): void {
  if (plan.phiOnly) {
    for (const resourceType of plan.phiTypes) {
      protection.requireAccess(resourceType, plan.action);
    }
  }
  if (plan.kind === 'marked') {
    protection.requireCredentials(plan.parentType);
  }
  if (plan.kind === 'contained') {
    checkContainer(protection, source);
  }
}

/** A PHI container needs the read scope and must be in the compartment. */
function checkContainer(protection: RequestProtection, source: unknown): void {
  const container = source as Resource;
  if (isPhiResourceType(container.resourceType)) {
    protection.requireAccess(container.resourceType, 'read');
    if (!protection.admits(container)) {
      throw notFound(container);
    }
  }
}

async function checkResult(
  check: Check,
  source: unknown,
  result: unknown,
): Promise<unknown> {
  switch (check.plan.kind) {
    case 'wrapper':
    case 'marked':
      return result;
    case 'resources':
      return checkResources(check, result);
    case 'entities':
      return checkEntities(check, result);
    case 'contained':
      return checkContained(source, result);
    default:
      return assertNever(check.plan.kind);
  }
}

async function checkResources(check: Check, result: unknown): Promise<unknown> {
  if (!Array.isArray(result)) {
    const verdict = judge(check, result);
    if (verdict.kind === 'hidden') throw verdict.notFound;
    return result;
  }
  const items: unknown[] = await Promise.all(result);
  return items.filter((item) => judge(check, item).kind !== 'hidden');
}

/** Each entity is checked alone, so one hidden entity fails only itself. */
async function checkEntities(check: Check, result: unknown): Promise<unknown> {
  const items: unknown[] = await Promise.all(result as unknown[]);
  return items.map((item) => {
    if (item instanceof Error) return item;
    const verdict = judge(check, item);
    return verdict.kind === 'hidden' ? verdict.notFound : item;
  });
}

/**
 * Contained resources of a PHI container are PHI too, and the container
 * was checked before. A public container's PHI resources are left out,
 * because they have no compartment of their own.
 */
function checkContained(source: unknown, result: unknown): unknown {
  const container = source as Resource;
  if (!Array.isArray(result) || isPhiResourceType(container.resourceType)) {
    return result;
  }
  return result.filter((item) => {
    const resourceType = typeOf(item);
    return resourceType !== undefined && !isPhiResourceType(resourceType);
  });
}

function judge(check: Check, value: unknown): Verdict {
  const resourceType = typeOf(value);
  if (resourceType === undefined || !isPhiType(check.plan, resourceType)) {
    return { kind: 'public' };
  }
  check.protection.requireAccess(resourceType, check.plan.action);
  const resource = value as Resource;
  // A Federation representation carries `__typename` but no resourceType:
  // it never came from a backend, so it is never PHI the caller may see.
  if (resource.resourceType !== resourceType) {
    return { kind: 'hidden', notFound: notFound(resource, resourceType) };
  }
  if (!check.protection.admits(resource)) {
    return { kind: 'hidden', notFound: notFound(resource) };
  }
  const operationName = check.info.operation.name?.value ?? null;
  check.protection.recordReturned(resource, operationName);
  return { kind: 'returned' };
}

function isPhiType(plan: PhiFieldPlan, resourceType: string): boolean {
  return (
    plan.phiTypes.includes(resourceType) || isPhiResourceType(resourceType)
  );
}

/** Returns the type of a resource, or of a Federation representation. */
function typeOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { resourceType, __typename } = value as {
    resourceType?: unknown;
    __typename?: unknown;
  };
  if (typeof resourceType === 'string') return resourceType;
  return typeof __typename === 'string' ? __typename : undefined;
}

/** Returns the NOT_FOUND error that `readById` raises for a missing id. */
function notFound(resource: Resource, resourceType?: string): ServiceError {
  const type = resourceType ?? resource.resourceType;
  return new ServiceError(
    'NOT_FOUND',
    `${type}/${resource.id ?? ''} not found`,
  );
}

function assertNever(value: never): never {
  throw new Error(`Unexpected PHI field kind ${JSON.stringify(value)}`);
}
