/**
 * Writes src/import/bundled-start.json: what a first visit draws before the bundled data is
 * written (src/import/bundled-start.ts), read from data/ through the app's own import code.
 * Run it after changing data/ or BUNDLED_DATA_VERSION; tests/unit/data/bundled-start.test.ts
 * fails until the committed file is current.
 *
 *   npm run bundled-start
 */
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { summariseDataset } from '@/domain/dataset-summary'
import type { DatasetContent } from '@/domain/types'
import { BUNDLED_DATA_VERSION, loadBundledDatasets } from '@/import/bundled-data'
import type { BundledStart } from '@/import/bundled-start'

const ROOT = resolve(import.meta.dirname, '..')
export const BUNDLED_START_FILE = resolve(ROOT, 'src/import/bundled-start.json')

const holdsItems = (c: DatasetContent) => c.dataset.kind !== 'strategy' && c.dataset.kind !== 'portfolio'

/**
 * The start as the stores would show it once the bundled data is stored: the list as
 * listDatasets orders it (one import time, so by id, descending), the first item dataset in
 * manifest order (the datasets store's default) and its goals, else the strategy's.
 */
export function bundledStartOf(contents: readonly DatasetContent[], version: string): BundledStart {
  const datasets = contents
    .map(({ dataset: { importedAt: _each, ...dataset } }) => dataset)
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  const shown = contents.find(holdsItems)
  if (!shown) throw new Error('no bundled dataset holds items')
  const strategies = contents
    .filter((c) => c.dataset.kind === 'strategy')
    .sort((a, b) => (a.dataset.id < b.dataset.id ? 1 : -1))
  // The overview has no facet panel: the start's bytes are budgeted.
  const { facets: _panel, ...summary } = summariseDataset(shown.items, shown.subGoals)
  const goals = shown.goals.length ? shown.goals : (strategies.find((c) => c.goals.length)?.goals ?? [])
  return {
    version,
    datasets,
    overview: {
      datasetId: shown.dataset.id,
      summary,
      goals: [...goals].sort((a, b) => a.number - b.number),
    },
  }
}

/** The start read from data/ now. */
export async function readBundledStart(): Promise<BundledStart> {
  const contents = await loadBundledDatasets(new Date(), (file) =>
    readFile(resolve(ROOT, 'data', file), 'utf8'),
  )
  return bundledStartOf(contents, BUNDLED_DATA_VERSION)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(BUNDLED_START_FILE, `${JSON.stringify(await readBundledStart(), null, 2)}\n`)
  console.log(`wrote ${BUNDLED_START_FILE}`)
}
