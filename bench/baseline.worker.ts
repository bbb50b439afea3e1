/// <reference lib="webworker" />
/**
 * The baseline's worker: what a page could do with the least code, decode → PapaParse → one
 * record per row → one Dexie `bulkAdd` into a fresh `VeikartDatabase` (same schema, another
 * name, deleted afterwards). It lives for all runs, like the app's import worker, so both sides
 * run in equally warm workers and neither leaves its garbage on the main thread, where the
 * pause of the app's import is measured.
 *
 * Its records carry the fields the `items` indexes read (id, datasetId, goal, subGoalId,
 * startYear) next to the raw cells, so IndexedDB keeps the same index entries for both sides;
 * otherwise the ratio would measure index upkeep rather than the app's pipeline. `actorIds`
 * stays empty: the file has no owner column, and the owners the app derives from the names
 * (and their entries in the multi-entry index) are work the app chooses to do, so they count
 * against it. (Since version 5 the app writes its items in chunk records, db/item-store.ts, and
 * keeps none of those index entries; the baseline still writes the one-record-per-row layout
 * the app had, which is what a page with the least code would do.)
 */
import Dexie from 'dexie'
import Papa from 'papaparse'
import { VeikartDatabase } from '@/db'

const scope = self as unknown as DedicatedWorkerGlobalScope
let runs = 0

/** The `items` record of one CSV row. */
function baselineRecord(cells: string[], datasetId: string): Record<string, unknown> {
  const [key = '', title, description, phase, start = '', end, subGoal = '', grouping, status, version] =
    cells
  const record: Record<string, unknown> = {
    id: `${datasetId}/${key}`,
    key,
    datasetId,
    title,
    description,
    phase,
    start,
    end,
    subGoalId: subGoal,
    goal: Number(subGoal.charAt(0)),
    grouping,
    status,
    version,
    actorIds: [],
  }
  const year = /\d{4}/.exec(start)
  if (year) record.startYear = Number(year[0])
  return record
}

export type ToBaselineWorker = { type: 'run'; bytes: Uint8Array } | { type: 'clean-up' }
export type FromBaselineWorker =
  | { type: 'ran'; parseMs: number; writeMs: number; records: number }
  | { type: 'cleaned-up'; storedItems: number }
  | { type: 'failed'; message: string }

let db: VeikartDatabase | null = null

/** Parse and write; answered as soon as `bulkAdd` resolved, so the page times the round trip. */
async function run(bytes: Uint8Array): Promise<FromBaselineWorker> {
  const start = performance.now()
  const name = `veikart-bench-baseline-${Date.now()}-${++runs}`
  db = new VeikartDatabase(name)
  const text = new TextDecoder().decode(bytes)
  const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data
  const records = rows.slice(1).map((cells) => baselineRecord(cells, name))
  const parsed = performance.now()
  await db.table('items').bulkAdd(records)
  const end = performance.now()
  return { type: 'ran', parseMs: parsed - start, writeMs: end - parsed, records: records.length }
}

/** Outside the timing: counts what was stored, then deletes the database. */
async function cleanUp(): Promise<FromBaselineWorker> {
  if (!db) return { type: 'cleaned-up', storedItems: 0 }
  const storedItems = await db.items.count()
  db.close()
  await Dexie.delete(db.name)
  db = null
  return { type: 'cleaned-up', storedItems }
}

scope.onmessage = async (event: MessageEvent<ToBaselineWorker>) => {
  try {
    scope.postMessage(event.data.type === 'run' ? await run(event.data.bytes) : await cleanUp())
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
