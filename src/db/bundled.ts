/**
 * The bundled datasets (data/): seeded once on a device's first start, refreshed once per data
 * version, restored on request. Each is one transaction over every content table.
 */
import type { DatasetContent } from '@/domain/types'
import type { VeikartDatabase } from './database'
import { contentTables, writeContent } from './dataset-rows'
import { META_KEYS } from './meta-keys'

const SEEDED_KEY = META_KEYS.bundledSeeded
const BUNDLED_VERSION_KEY = META_KEYS.bundledDataVersion
/** Ids of the bundled datasets this device has been given (JSON list), so new ones come once. */
const BUNDLED_SEEN_KEY = 'bundled-seen'
/** The bundled datasets of the first release, before BUNDLED_SEEN_KEY was kept. */
const FIRST_BUNDLED_IDS = ['bundled-strategi-mal', 'bundled-tiltak-2024', 'bundled-veikart-2021']

/** True once the bundled datasets have been loaded on this device. */
export async function isBundledSeeded(db: VeikartDatabase): Promise<boolean> {
  return (await db.meta.get(SEEDED_KEY)) !== undefined
}

/**
 * Loads the bundled datasets on first start, in one transaction. The flag is checked again
 * inside the transaction, so two tabs starting at once cannot both write. Returns whether
 * it wrote. A later start (or a user who deleted the bundled data) is left alone.
 */
export async function seedBundledOnFirstStart(
  db: VeikartDatabase,
  load: () => Promise<DatasetContent[]>,
): Promise<boolean> {
  if (await isBundledSeeded(db)) return false
  const contents = await load()
  return db.transaction('rw', [...contentTables(db), db.meta], async () => {
    if (await db.meta.get(SEEDED_KEY)) return false
    for (const content of contents) {
      if (await db.datasets.get(content.dataset.id)) continue
      await writeContent(db, content)
    }
    await db.meta.put({ key: SEEDED_KEY, value: new Date().toISOString() })
    await db.meta.put({ key: BUNDLED_SEEN_KEY, value: JSON.stringify(contents.map((c) => c.dataset.id)) })
    return true
  })
}

/**
 * Replaces the bundled datasets this device still has with a newer reading of them, once per
 * `version`: content and as-of come from the new reading; the user's title and any other
 * properties on the record stay. Deleted bundled datasets stay deleted. Returns whether it wrote.
 */
export async function refreshBundledData(
  db: VeikartDatabase,
  version: string,
  load: () => Promise<DatasetContent[]>,
): Promise<boolean> {
  if ((await db.meta.get(BUNDLED_VERSION_KEY))?.value === version) return false
  const contents = await load()
  return db.transaction('rw', [...contentTables(db), db.meta], async () => {
    if ((await db.meta.get(BUNDLED_VERSION_KEY))?.value === version) return false
    // Bundled datasets this device has been given; before this was recorded, the first three.
    const seenEntry = await db.meta.get(BUNDLED_SEEN_KEY)
    const seen = new Set<string>(seenEntry ? (JSON.parse(seenEntry.value) as string[]) : FIRST_BUNDLED_IDS)
    for (const content of contents) {
      const existing = await db.datasets.get(content.dataset.id)
      // A dataset new in this release is added once; one the user deleted stays deleted.
      if (!existing && !seen.has(content.dataset.id)) await writeContent(db, content)
      if (existing)
        await writeContent(db, {
          ...content,
          dataset: { ...existing, ...content.dataset, title: existing.title },
        })
      seen.add(content.dataset.id)
    }
    await db.meta.put({ key: BUNDLED_SEEN_KEY, value: JSON.stringify([...seen]) })
    await db.meta.put({ key: BUNDLED_VERSION_KEY, value: version })
    return true
  })
}

/**
 * Whether the bundled datasets still have to be written on this device: never seeded, or
 * stored from another reading than `version`. Cheap (two reads), so the page can ask it at every
 * start and start the import worker only when there is something to write.
 */
export async function needsBundledData(db: VeikartDatabase, version: string): Promise<boolean> {
  return !(await isBundledSeeded(db)) || (await db.meta.get(BUNDLED_VERSION_KEY))?.value !== version
}

/** Records that the bundled datasets on this device are the reading of `version`. */
export async function setBundledDataVersion(db: VeikartDatabase, version: string): Promise<void> {
  await db.meta.put({ key: BUNDLED_VERSION_KEY, value: version })
}

/** Puts the bundled datasets back as shipped; user datasets are not touched. */
export async function restoreBundled(db: VeikartDatabase, contents: DatasetContent[]): Promise<void> {
  await db.transaction('rw', [...contentTables(db), db.meta], async () => {
    for (const content of contents) await writeContent(db, content)
    await db.meta.put({ key: SEEDED_KEY, value: new Date().toISOString() })
  })
}
