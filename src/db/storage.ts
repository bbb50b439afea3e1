/**
 * The browser's storage for this site: whether it is persistent (a best-effort site can be
 * emptied by the browser under disk pressure, which is how a full disk once took every dataset),
 * and whether a dataset will fit before a write starts (a write that fills the disk can hang or
 * fail late; refusing early leaves everything as it was).
 */
import type { DatasetContent } from '@/domain/types'

export interface StorageState {
  /** `null` where the browser has no Storage API (tests, old browsers). */
  persisted: boolean | null
  usage: number | null
  quota: number | null
}

function manager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage
}

/** What the browser says about this site's storage now. */
export async function readStorageState(): Promise<StorageState> {
  const storage = manager()
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null
  const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null }
}

/** Asks for persistent storage; true when the site has it (now or already). */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = manager()
  if (!storage?.persist) return false
  try {
    return (await storage.persisted?.()) || (await storage.persist())
  } catch {
    return false
  }
}

/**
 * Bytes a dataset will take in IndexedDB, from the JSON size of a sample of its items (and all
 * of its smaller tables), times a factor for the structured clone, the keys and the indexes.
 * The factor (3) errs on the safe side: refusing a write that would have fit costs a retry after
 * freeing space; a write that does not fit can cost the whole database.
 */
export function estimateDatasetBytes(content: DatasetContent): number {
  const FACTOR = 3
  const sample = content.items.slice(0, 1000)
  const perItem = sample.length > 0 ? JSON.stringify(sample).length / sample.length : 0
  const rest = JSON.stringify({ ...content, items: [] }).length
  return Math.round((perItem * content.items.length + rest) * FACTOR)
}

/** Thrown before a write when the browser says the dataset will not fit. */
export class StorageFullError extends Error {
  constructor(
    readonly needed: number,
    readonly available: number,
  ) {
    super(`The dataset needs about ${needed} bytes; the browser has ${available} bytes left for this site`)
    this.name = 'StorageFullError'
  }
}

/** Refuses (throws `StorageFullError`) when `estimate()` says the content will not fit. */
export async function assertFits(content: DatasetContent, state?: StorageState): Promise<void> {
  const { usage, quota } = state ?? (await readStorageState())
  if (usage === null || quota === null) return
  const needed = estimateDatasetBytes(content)
  const available = Math.max(0, quota - usage)
  if (needed > available) throw new StorageFullError(needed, available)
}
