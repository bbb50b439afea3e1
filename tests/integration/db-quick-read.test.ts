/**
 * The read without Dexie (src/db/quick-read.ts) gives what the Dexie repositories give for the
 * same stored data, and never creates a database where there is none.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import {
  getDatasetContent,
  getDatasetOverview,
  listDatasets,
  needsBundledData,
  putDatasetContent,
  setActiveDatasetId,
  VeikartDatabase,
} from '@/db'
import { NO_DATABASE, readQuickOverview, readStartState } from '@/db/quick-read'
import { BUNDLED_DATA_VERSION } from '@/import/bundled-manifest'
import { importFile } from '@/import/run-import'
import { createImportSession } from '@/workers/import-session'

let counter = 0
const names: string[] = []
function freshName(): string {
  const name = `quick-read-${++counter}-${Date.now()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** A database as the app leaves it after the first start, plus a dataset of the user's own. */
async function seeded(): Promise<VeikartDatabase> {
  const db = new VeikartDatabase(freshName())
  await createImportSession(db).seedBundled(BUNDLED_DATA_VERSION)
  const csv = 'Mål;Hvem;Hva skal skje i 2025?;Totalperiode\nMål 2;Helse Vest RHF;Eget tiltak;2025\n'
  const outcome = await importFile(new TextEncoder().encode(csv), { fileName: 'mine.csv', datasetId: 'mine' })
  if (!outcome.content) throw new Error('fixture did not import')
  await putDatasetContent(db, outcome.content)
  await setActiveDatasetId(db, 'bundled-veikart-2021')
  return db
}

/** The start state of a database that exists. */
async function startState(version: string, name: string) {
  const state = await readStartState(version, name)
  if (state === NO_DATABASE) throw new Error(`no database ${name}`)
  return state
}

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name)

describe('quick read (no Dexie)', () => {
  it('creates no database where there is none, and says so (a first visit)', async () => {
    const name = freshName()
    expect(await readStartState(BUNDLED_DATA_VERSION, name)).toBe(NO_DATABASE)
    expect(await readQuickOverview('bundled-tiltak-2024', [], name)).toBeNull()
    expect(await databaseNames()).not.toContain(name)
  })

  it('lists the datasets, the active choice and whether the bundled data is current, as Dexie does', async () => {
    const db = await seeded()
    const expected = await listDatasets(db)
    db.close()
    const state = await startState(BUNDLED_DATA_VERSION, db.name)
    expect(state?.datasets.map((d) => d.id)).toEqual(expected.map((d) => d.id))
    expect(state?.datasets).toEqual(expected)
    expect(state?.datasets.length).toBeGreaterThan(3)
    expect(state?.activeId).toBe('bundled-veikart-2021')
    expect(state?.bundledCurrent).toBe(true)
    // A new release's bundled data: the normal path must write it first.
    expect((await startState('a-newer-version', db.name))?.bundledCurrent).toBe(false)
    await db.open()
    expect(await needsBundledData(db, 'a-newer-version')).toBe(true)
  }, 60_000)

  it('reads a dataset’s summary and goals, and the strategy’s goals, as Dexie does', async () => {
    const db = await seeded()
    const strategyIds = (await listDatasets(db)).filter((d) => d.kind === 'strategy').map((d) => d.id)
    const tiltak = await getDatasetOverview(db, 'bundled-tiltak-2024')
    const strategyGoals = (await getDatasetContent(db, 'bundled-strategi-mal'))?.goals
    db.close()
    const quick = await readQuickOverview('bundled-tiltak-2024', strategyIds, db.name)
    expect(quick?.summary).toEqual(tiltak?.summary)
    expect(quick?.summary.itemCount).toBeGreaterThan(0)
    expect(quick?.goals).toEqual(tiltak?.goals)
    expect(strategyGoals?.length).toBeGreaterThan(0)
    expect(quick?.strategyGoals).toEqual(strategyGoals)
    expect(await readQuickOverview('no-such-dataset', strategyIds, db.name)).toBeNull()
  }, 60_000)

  it('gives way (null) to Dexie for a dataset stored without a summary, and for a database from before version 4', async () => {
    const db = await seeded()
    await db.summaries.delete('mine')
    db.close()
    expect(await readQuickOverview('mine', [], db.name)).toBeNull()
    expect(await readQuickOverview('bundled-tiltak-2024', [], db.name)).not.toBeNull()

    const old = new Dexie(freshName())
    old.version(3).stores({ datasets: 'id, importedAt', goals: '[datasetId+number], datasetId', meta: 'key' })
    await old.open()
    old.close()
    expect(await readStartState(BUNDLED_DATA_VERSION, old.name)).toBeNull()
  }, 60_000)
})
