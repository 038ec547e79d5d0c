import type { BackendTarget } from './backend-target';

/** The FHIR RESTful interaction a backend call performs. */
export type Interaction = 'read' | 'vread' | 'search' | 'page';

/** Description of one backend call, used in errors, logs, stats and metrics. */
export interface BackendCall {
  readonly backend: BackendTarget;
  readonly interaction: Interaction;
  /** Absent when following a link, whose resource type is not known. */
  readonly resourceType: string | undefined;
  /** Whether the caller's bearer token is sent with this call. */
  readonly authorizationForwarded: boolean;
}

/** Describes a call for messages, such as `search Coverage`. */
export function describeCall(call: BackendCall): string {
  const subject = call.resourceType ?? 'link';
  return `${call.interaction} ${subject} on FHIR backend "${call.backend.name}"`;
}
