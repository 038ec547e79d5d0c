import type { Resource } from 'fhir/r4';
import {
  checkPhiCredentials,
  isPhiResourceType,
  requirePhiAccess,
  type PhiAccessSettings,
  type Principal,
  type ScopeAction,
} from '../../auth';
import { ServiceError } from '../../errors';
import type { AuditTrail } from '../audit/audit-trail';
import type { CompartmentGuard } from './compartment-guard';

/**
 * The PHI checks of one request, as the `@phi` fields of the schema apply
 * them: scopes by action, the patient compartment, and the audit trail.
 */
export class RequestProtection {
  constructor(
    readonly principal: Principal,
    private readonly settings: PhiAccessSettings,
    private readonly guard: CompartmentGuard,
    /** Undefined unless the caller is a member who may read PHI. */
    private readonly audit: AuditTrail | undefined,
  ) {}

  /**
   * Raises UNAUTHENTICATED or FORBIDDEN unless the caller may perform
   * `action` on PHI of `resourceType`. Public types always pass.
   */
  requireAccess(resourceType: string, action: ScopeAction): void {
    if (isPhiResourceType(resourceType)) {
      requirePhiAccess(this.principal, resourceType, this.settings, action);
    }
  }

  /**
   * Raises UNAUTHENTICATED unless the caller has member credentials, for
   * PHI that is no resource of its own, such as a field of `typeName`.
   */
  requireCredentials(typeName: string): void {
    const decision = checkPhiCredentials(
      this.principal,
      typeName,
      this.settings,
    );
    if (decision.kind === 'denied') {
      throw new ServiceError(decision.code, decision.message);
    }
  }

  /** Returns true when `resource` is public or in the caller's compartment. */
  admits(resource: Resource): boolean {
    return this.guard.admits(resource);
  }

  /** Writes the audit event of a PHI resource returned to the caller. */
  recordReturned(resource: Resource, operationName: string | null): void {
    if (this.audit === undefined) {
      // Callers check `requireAccess` first, which raises for anyone else.
      throw new Error('PHI returned to a caller without an audit trail');
    }
    this.audit.record(resource, operationName);
  }
}
