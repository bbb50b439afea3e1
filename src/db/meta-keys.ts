/**
 * Keys of the `meta` table, in one place: Dexie's writers (bundled.ts, repositories.ts) and the
 * Dexie-free start reader (quick-read.ts) must agree on them.
 */
export const META_KEYS = {
  /** Set once the bundled datasets have been written on this device. */
  bundledSeeded: 'bundledSeeded',
  /** The version of the bundled data last written. */
  bundledDataVersion: 'bundledDataVersion',
  /** The dataset chosen on this device. */
  activeDatasetId: 'activeDatasetId',
} as const
