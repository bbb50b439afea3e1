/**
 * The storage layer (Dexie and the repositories, ~30 kB gzip) fetched when first needed, not on
 * the start path (scripts/check-bundle-size.mjs): the modules the first page loads statically
 * (the start-path stores, the import client) reach src/db through this, so the page can render
 * its shell, and on a device with data its overview (./quick-read.ts), before Dexie is parsed.
 */
import type * as Db from './index'

export type DbModule = typeof Db

let loading: Promise<DbModule> | undefined

/** src/db, fetched once; a failed fetch (offline before the service worker has it) is tried again. */
export function loadDb(): Promise<DbModule> {
  loading ??= import('./index').catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}
