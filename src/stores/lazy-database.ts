/**
 * The datasets store's hold on the database, and what it reads about the device's storage. The
 * database is opened (and Dexie fetched, ../db/load.ts) on first use, never on the start path:
 * until it is asked for, nothing stored can have changed, so readers may answer without it.
 */
import { ref } from 'vue'
import type { ReadableData, StorageState, VeikartDatabase } from '@/db'
import { loadDb, type DbModule } from '@/db/load'
import { nextTask } from '@/lib/idle'

/** The name of the app's database when no other was given (tests give their own). */
const DEFAULT_NAME = 'veikart'

export interface LazyDatabase {
  /** The opened database; the first call opens it, later ones wait for that. */
  open(): Promise<VeikartDatabase>
  /** The opened database and the storage functions that work on it. */
  withApi(): Promise<[VeikartDatabase, DbModule]>
  /** Whether the database has been asked for: before that there is nothing stored to read or change. */
  isOpened(): boolean
  /** Uses `given` (a test's database) instead of the app's, and opens it. */
  adopt(given: VeikartDatabase): void
  /** The database's name, whether or not it opened (the recovery reads and deletes it by name). */
  name(): string
  /** Closes the database handle, if one was made. */
  close(): void
}

/** A database that opens on first use. */
export function lazyDatabase(): LazyDatabase {
  /** The opened database; until it is, the functions that need it wait for it. */
  let opened: Promise<VeikartDatabase> | null = null
  /** The database handle once made, opened or not (the recovery closes it). */
  let handle: VeikartDatabase | null = null
  function open(): Promise<VeikartDatabase> {
    opened ??= loadDb().then(async (db) => {
      // Dexie is evaluated in the task that fetched it; the schema and the open wait for the
      // next one (together they were one long task of a first visit on a slow phone). Readers
      // that reach the database meanwhile (the roadmap store) open it themselves: Dexie opens
      // on first use, and both then wait for the same open.
      await nextTask()
      const made = (handle ??= db.getDatabase())
      await made.open()
      return made
    })
    return opened
  }
  return {
    open,
    withApi: () => Promise.all([open(), loadDb()]),
    isOpened: () => opened !== null,
    adopt(given) {
      handle = given
      opened = given.open().then(() => given)
    },
    name: () => handle?.name ?? DEFAULT_NAME,
    close: () => handle?.close(),
  }
}

/** Whether the site's storage is persistent and how full it is (shown on Datasett), and how to ask to keep it. */
export function createStorageState() {
  const storage = ref<StorageState>({ persisted: null, usage: null, quota: null })

  /** Re-reads the storage state. */
  async function readStorage(): Promise<void> {
    storage.value = await (await loadDb()).readStorageState()
  }

  /** Asks the browser to keep this site's data under disk pressure; then re-reads the state. */
  async function requestPersistence(): Promise<boolean> {
    const granted = await (await loadDb()).requestPersistentStorage()
    await readStorage()
    return granted
  }

  return { storage, readStorage, requestPersistence }
}

/** Recovery: what can still be read from a database that would not open, store by store. */
export async function readWhatCanBeRead(db: LazyDatabase): Promise<ReadableData> {
  return (await loadDb()).readWhatCanBeRead(db.name())
}

/** Recovery: deletes the whole database; the caller reloads the page, which seeds it again. */
export async function deleteDatabase(db: LazyDatabase): Promise<void> {
  const name = db.name()
  db.close()
  await (await loadDb()).deleteWholeDatabase(name)
}
