/**
 * The datasets shipped in `data/`, read through the same pipeline as a user's import.
 * The files are loaded lazily: they are only needed on first start and on restore. The page
 * reads them through the import worker (`ImportClient.loadBundled`), never on its own thread.
 */
import manifest from '../../data/manifest.json'
import type { DatasetContent, Goal } from '@/domain/types'
import { hasErrors, type ImportIssue } from '@/domain/import-issue'
import { importFile } from './run-import'

/** A file of data/ as text, by its name in the manifest. */
export type BundledFileReader = (file: string) => Promise<string>

/** The files as the app gets them: fetched with the worker's code, when first read. */
const readBundled: BundledFileReader = (file) => {
  const files = import.meta.glob<string>('../../data/*.csv', { query: '?raw', import: 'default' })
  const load = files[`../../data/${file}`]
  if (!load) throw new BundledDataError(file, [])
  return load()
}

export { BUNDLED_DATA_VERSION, BUNDLED_DATASET_IDS } from './bundled-manifest'

/** A bundled dataset that does not import without errors is a bug in `data/`. */
export class BundledDataError extends Error {
  constructor(
    readonly file: string,
    readonly issues: ImportIssue[],
  ) {
    super(
      `Bundled data file ${file} has errors: ${issues.map((i) => `row ${i.row}: ${i.code} (${i.message.key})`).join('; ')}`,
    )
  }
}

/**
 * Imports every bundled file; strategy goals first so later files can name goals by title.
 * `read` is for Node (scripts/bundled-start.ts), where Vite does not bundle the files.
 */
export async function loadBundledDatasets(
  now: Date = new Date(),
  read: BundledFileReader = readBundled,
): Promise<DatasetContent[]> {
  const contents: DatasetContent[] = []
  let goals: Goal[] = []
  for (const entry of manifest.datasets) {
    const bytes = new TextEncoder().encode(await read(entry.file))
    const outcome = await importFile(bytes, {
      fileName: entry.file,
      datasetId: entry.id,
      title: entry.title,
      asOf: entry.asOf,
      source: entry.source,
      bundled: true,
      goals,
      now,
    })
    if (!outcome.content || hasErrors(outcome.issues)) throw new BundledDataError(entry.file, outcome.issues)
    if (outcome.content.goals.length > 0) goals = outcome.content.goals
    contents.push(outcome.content)
  }
  return contents
}
