import type { Resource } from 'fhir/r4';
import type { AuditLog } from './audit-log';

/** The member who reads PHI in one request. */
export interface AuditSubject {
  readonly requestId: string;
  readonly appId: string | null;
  readonly clientId: string | null;
  readonly patient: string;
}

/**
 * The audit events of one request: one per PHI resource returned, however
 * many fields, aliases or fragments return it again.
 */
export class AuditTrail {
  private readonly recorded = new Set<string>();

  constructor(
    private readonly log: AuditLog,
    private readonly subject: AuditSubject,
  ) {}

  /** Writes the event of `resource` unless this request wrote it already. */
  record(resource: Resource, operationName: string | null): void {
    const resourceId = resource.id ?? '';
    const key = `${resource.resourceType}/${resourceId}`;
    if (this.recorded.has(key)) {
      return;
    }
    this.recorded.add(key);
    this.log.write({
      time: new Date().toISOString(),
      ...this.subject,
      resourceType: resource.resourceType,
      resourceId,
      operationName,
    });
  }
}
