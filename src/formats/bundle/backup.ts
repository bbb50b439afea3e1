/**
 * A backup: the bundle «Eksporter alle datasett» writes (src/formats/bundle/bundle.ts, version 2, several
 * datasets, no top-level `views`). Read back whole, it restores every dataset in it: each under a
 * new id, keeping its identity (kind + checksum), so the store can skip the ones already here.
 * A portfolio dataset keeps its portfolio tables, which an ordinary bundle import does not read.
 * All or nothing: one invalid dataset fails the whole backup, and nothing is stored.
 */
import type { MeetingPack } from './bundle'
import { checkHeader, invalid, looksLikeBundle } from './bundle-header'
import { readDataset } from './read-dataset'
import { msg, type ImportIssue } from '@/domain/import-issue'
import type { PortfolioContent } from '@/domain/portfolio'
import type { SavedView } from '@/domain/saved-view'
import type { DatasetContent } from '@/domain/types'
import { sameDatasetIdentity } from '@/domain/view-link'

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** True for a bundle of several datasets and no views: a backup, restored whole. */
export function isBackupBundle(v: unknown): v is Obj {
  if (!looksLikeBundle(v) || v.views !== undefined) return false
  return Array.isArray(v.datasets) && v.datasets.length > 1
}

const PORTFOLIO_KEYS = ['measures', 'dependencies', 'costs', 'rounds', 'decisions'] as const

/** A portfolio record as every table stores it: an id, the `missing` list and its source row. */
function isPortfolioRecord(v: unknown): v is Obj & { id: string } {
  return (
    isObj(v) &&
    typeof v.id === 'string' &&
    Array.isArray(v.missing) &&
    isObj(v.source) &&
    typeof v.source.row === 'number'
  )
}

/** The portfolio tables of a backed-up dataset, moved to `datasetId`; null when malformed. */
function readPortfolio(raw: unknown, from: string, to: string): PortfolioContent | null {
  if (!isObj(raw)) return null
  const moved: Record<string, unknown[]> = {}
  for (const key of PORTFOLIO_KEYS) {
    const list = raw[key] ?? []
    if (!Array.isArray(list) || !list.every(isPortfolioRecord)) return null
    moved[key] = list.map((record) => ({
      ...record,
      id: record.id.startsWith(`${from}/`) ? `${to}${record.id.slice(from.length)}` : `${to}/${record.id}`,
      datasetId: to,
      source: { ...(record.source as Obj), datasetId: to },
    }))
  }
  return moved as unknown as PortfolioContent
}

/**
 * Reads a backup: every dataset under a new id from `newId` (a dataset twice in the file is kept
 * once) and the saved views that travelled with them, each naming its dataset by content.
 */
export function readBackupBundle(
  raw: unknown,
  target: { fileName: string; importedAt: string; checksum: string; newId: () => string },
): { pack: MeetingPack; issues: ImportIssue[] } | { pack: null; issues: ImportIssue[] } {
  const bad = checkHeader(raw, 2)
  if (bad || !isObj(raw)) return { pack: null, issues: bad?.issues ?? [] }
  const datasets: DatasetContent[] = []
  const views: SavedView[] = []
  for (const [index, entry] of (raw.datasets as unknown[]).entries()) {
    const path = `datasets[${index}]`
    const datasetId = target.newId()
    const read = readDataset(entry, path, {
      ...target,
      datasetId,
      fallbackTitle: target.fileName.replace(/\.[^.]+$/, ''),
    })
    if (!read.content) return { pack: null, issues: read.issues }
    const { savedViews = [], ...content } = read.content
    if (isObj(entry) && isObj(entry.dataset) && entry.dataset.kind === 'portfolio') {
      const portfolio = readPortfolio(entry.portfolio ?? {}, read.from, datasetId)
      if (!portfolio)
        return {
          pack: null,
          issues: invalid(`${path}.portfolio`, msg('bundle.fieldsInvalid')).issues,
        }
      content.dataset = { ...content.dataset, kind: 'portfolio' }
      content.portfolio = portfolio
    }
    if (datasets.some((d) => sameDatasetIdentity(d.dataset, content.dataset))) continue
    datasets.push(content)
    for (const view of savedViews) views.push({ ...view, order: views.length })
  }
  return { pack: { datasets, views }, issues: [] }
}
