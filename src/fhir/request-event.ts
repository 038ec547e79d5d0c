import type { Interaction } from './call';

/**
 * One HTTP request to a backend, reported to the `onRequest` hook for
 * metrics. It carries no URL, query or header, because those may contain
 * PHI or credentials.
 */
export interface BackendRequestEvent {
  readonly backend: string;
  readonly method: 'GET' | 'POST';
  readonly interaction: Interaction;
  readonly resourceType: string | undefined;
  /** HTTP status, or undefined when no response arrived. */
  readonly status: number | undefined;
  readonly outcome: 'response' | 'too-large' | 'network-error' | 'aborted';
  readonly durationMs: number;
  /** 1 for the first request of a call, 2 for its first retry, and so on. */
  readonly attempt: number;
}
