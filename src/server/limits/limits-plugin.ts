import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { ServiceError } from '../../errors';
import { LIMIT_VARIABLES, type LimitSettings } from './limit-settings';
import { measureOperation, type OperationMeasure } from './operation-measure';

/** One limit an operation exceeds. */
export interface LimitViolation {
  readonly limit: keyof LimitSettings;
  readonly found: number;
  /** The finding, as the start of the error message. */
  readonly message: string;
  /** The remedy for the client, as the end of the error message. */
  readonly hint: string;
}

export interface LimitsPluginOptions {
  readonly limits: LimitSettings;
  /** `Type.field` coordinates whose resolvers read from a FHIR backend. */
  readonly backendFields: ReadonlySet<string>;
  /** Called for every rejected operation, for the rejection metric. */
  readonly onReject?: (violation: LimitViolation) => void;
}

/**
 * Rejects an operation that exceeds a limit with QUERY_TOO_COMPLEX and
 * HTTP 400 before any resolver runs. The check runs once the operation is
 * parsed, validated and chosen, so variables are known and fragments are
 * already checked for cycles.
 */
export function limitsPlugin(options: LimitsPluginOptions): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (operation === undefined) {
            return;
          }
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments.set(definition.name.value, definition);
            }
          }
          const measure = measureOperation(operation, {
            schema,
            fragments,
            variables: request.variables ?? {},
            backendFields: options.backendFields,
          });
          const violation = findViolation(measure, options.limits);
          if (violation !== undefined) {
            options.onReject?.(violation);
            throw rejection(violation, options.limits);
          }
        },
      };
    },
  };
}

/** Returns the first limit `measure` exceeds, or undefined. */
export function findViolation(
  measure: OperationMeasure,
  limits: LimitSettings,
): LimitViolation | undefined {
  const page = measure.largestPage;
  const checks: LimitViolation[] = [
    {
      limit: 'maxRootFields',
      found: measure.rootFields,
      message: `Operation selects ${measure.rootFields} root fields`,
      hint: 'split it into several operations',
    },
    {
      limit: 'maxAliases',
      found: measure.aliases,
      message: `Operation uses ${measure.aliases} aliases`,
      hint: 'split it into several operations',
    },
    {
      limit: 'maxDepth',
      found: measure.depth,
      message: `Operation depth is ${measure.depth}`,
      hint: 'select fewer nested levels',
    },
    {
      limit: 'maxPageSize',
      found: page?.value ?? 0,
      message: `Page size ${page?.value ?? 0} in ${page?.argument ?? ''}`,
      hint: 'request a smaller page and follow the cursor',
    },
    {
      limit: 'maxCost',
      found: measure.cost,
      message: `Operation cost is ${measure.cost} estimated backend requests`,
      hint: 'select fewer linked fields or split the operation',
    },
  ];
  return checks.find((check) => check.found > limits[check.limit]);
}

function rejection(violation: LimitViolation, limits: LimitSettings): Error {
  const maximum = limits[violation.limit];
  const variable = LIMIT_VARIABLES[violation.limit];
  const message = `${violation.message}, over the maximum of ${maximum} set by ${variable}; ${violation.hint}`;
  const error = new ServiceError('QUERY_TOO_COMPLEX', message, {
    extensions: { limit: variable, maximum, found: violation.found },
  });
  return error.toRequestError();
}
