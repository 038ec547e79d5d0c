/** One batch a loader sent, for the loader batch size metric. */
export interface BatchEvent {
  readonly kind: 'read' | 'vread' | 'reverse';
  readonly resourceType: string;
  /** Number of keys in the batch. */
  readonly size: number;
}

export interface LoaderSettings {
  /** Longest URL a batched search may build, in characters. */
  readonly maxUrlLength: number;
  /** Most keys DataLoader puts in one batch before it starts another. */
  readonly maxBatchSize: number;
  /** Page size asked of the server for reverse reference searches. */
  readonly reversePageSize: number;
  readonly onBatch?: (event: BatchEvent) => void;
}

export const DEFAULT_LOADER_SETTINGS: LoaderSettings = {
  maxUrlLength: 2048,
  maxBatchSize: 500,
  reversePageSize: 1000,
};
