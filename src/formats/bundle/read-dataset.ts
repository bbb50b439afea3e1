/**
 * One dataset of a bundle, validated and moved to the id it gets here, so a re-import never
 * overwrites the dataset it was exported from. The dataset keeps the identity (kind + checksum
 * of the file it was first read from) it had on the sending device.
 */
import { msg, type ImportIssue } from '@/domain/import-issue'
import { isSavedView, type SavedView } from '@/domain/saved-view'
import type {
  Dataset,
  DatasetContent,
  DatasetKind,
  Goal,
  Indicator,
  IndicatorMeasurement,
  RoadmapItem,
  SubGoal,
} from '@/domain/types'
import { DATASET_QUERY_KEYS, datasetRefOf, datasetRefQuery, isChecksum } from '@/domain/view-link'
import {
  isGoal,
  isIndicator,
  isItem,
  isMeasurement,
  isObj,
  isStr,
  isSubGoal,
  type Obj,
} from './bundle-guards'
import { invalid, type Failure } from './bundle-header'

/** Where a bundle's dataset goes, and the facts of the file it came in. */
export interface BundleTarget {
  datasetId: string
  fileName: string
  /** ISO time of this import. */
  importedAt: string
  /** SHA-256 of the bundle file: the identity of a dataset that states no checksum of its own. */
  checksum: string
  /** Title when the bundle states none. */
  fallbackTitle: string
  /** The user's choices, over what the bundle says. */
  title?: string
  asOf?: string
  source?: string
  bundled?: boolean
}

/** The lists a dataset may hold, each with the guard its every element must pass. */
const LISTS: [string, (v: unknown) => boolean][] = [
  ['goals', isGoal],
  ['subGoals', isSubGoal],
  ['items', isItem],
  ['indicators', isIndicator],
  ['measurements', isMeasurement],
  ['savedViews', isSavedView],
]

/** The lists whose elements are stored by an id, and that id. */
const UNIQUE: [string, (v: Obj) => unknown][] = [
  ['goals', (g) => g.number],
  ['subGoals', (s) => s.id],
  ['items', (i) => i.key],
  ['indicators', (i) => i.id],
  ['measurements', (m) => m.id],
]

const KINDS: readonly DatasetKind[] = ['tiltak', 'veikart', 'strategy']

/**
 * Validates one dataset of a bundle and moves it to the target's id, so a re-import never
 * overwrites the dataset it was exported from. Errors name the JSON path.
 */
export function readDataset(
  raw: unknown,
  path: string,
  target: BundleTarget,
): { content: DatasetContent; from: string; issues: ImportIssue[] } | Failure {
  if (!isObj(raw) || !isObj(raw.dataset) || !isStr(raw.dataset.id))
    return invalid(`${path}.dataset`, msg('bundle.datasetMissing'))
  const bad = checkLists(raw, path) ?? checkUniqueIds(raw, path)
  if (bad) return bad
  const from = raw.dataset.id
  const to = target.datasetId
  const records = moveRecords(raw, from, to)
  const dataset = datasetOf(raw.dataset, records.items.length, target)
  // Saved views follow the dataset, named by its content; their order goes after the receiver's own.
  const savedViews = ((raw.savedViews ?? []) as SavedView[]).map((v) => ({
    ...pointAt(v, dataset),
    id: `view-${to}-${v.id}`,
  }))
  const content: DatasetContent = { dataset, ...records }
  if (savedViews.length > 0) content.savedViews = savedViews
  return { content, from, issues: [] }
}

/** The first list that is not a list, or holds an element its guard refuses. */
function checkLists(raw: Obj, path: string): Failure | null {
  for (const [key, guard] of LISTS) {
    const list = raw[key] ?? []
    if (!Array.isArray(list)) return invalid(`${path}.${key}`, msg('bundle.listExpected'))
    const index = list.findIndex((v) => !guard(v))
    if (index >= 0) return invalid(`${path}.${key}[${index}]`, msg('bundle.fieldsInvalid'))
  }
  return null
}

/** Ids must be unique, or the write fails after the report said «ingen feil». */
function checkUniqueIds(raw: Obj, path: string): Failure | null {
  for (const [key, idOf] of UNIQUE) {
    const seen = new Set<unknown>()
    const list = (raw[key] ?? []) as Obj[]
    const index = list.findIndex((v) => seen.size === seen.add(idOf(v)).size)
    if (index >= 0)
      return invalid(
        `${path}.${key}[${index}]`,
        msg('bundle.idTwice', { id: String(idOf(list[index] as Obj)) }),
      )
  }
  return null
}

/** Re-keys an id that starts with the old dataset id. */
function rekey(id: string, from: string, to: string): string {
  return id.startsWith(`${from}/`) ? `${to}${id.slice(from.length)}` : `${to}/${id}`
}

/** The dataset's records (already validated), each moved from the old dataset id to the new. */
function moveRecords(raw: Obj, from: string, to: string): Omit<DatasetContent, 'dataset' | 'savedViews'> {
  const goals = (raw.goals ?? []) as Goal[]
  const subGoals = ((raw.subGoals ?? []) as SubGoal[]).map((s) => ({
    ...s,
    id: rekey(s.id, from, to),
    datasetId: to,
  }))
  const items = ((raw.items ?? []) as RoadmapItem[]).map((i) => {
    const item: RoadmapItem = {
      ...i,
      id: `${to}/${i.key}`,
      datasetId: to,
      source: { datasetId: to, row: i.source.row },
    }
    if (i.subGoalId) item.subGoalId = rekey(i.subGoalId, from, to)
    return item
  })
  const indicators = ((raw.indicators ?? []) as Indicator[]).map((i) => ({
    ...i,
    id: rekey(i.id, from, to),
    datasetId: to,
  }))
  const measurements = ((raw.measurements ?? []) as IndicatorMeasurement[]).map((m) => ({
    ...m,
    id: rekey(m.id, from, to),
    indicatorId: rekey(m.indicatorId, from, to),
    datasetId: to,
  }))
  return { goals, subGoals, items, indicators, measurements }
}

/** The dataset record as stored here: the bundle's identity, this import's id and time. */
function datasetOf(from: Obj, itemCount: number, target: BundleTarget): Dataset {
  const dataset: Dataset = {
    id: target.datasetId,
    kind: KINDS.includes(from.kind as DatasetKind) ? (from.kind as DatasetKind) : 'veikart',
    title: target.title ?? (isStr(from.title) && from.title.trim() ? from.title : target.fallbackTitle),
    importedAt: target.importedAt,
    fileName: target.fileName,
    // The checksum of the file the dataset was first read from: its identity everywhere.
    checksum: isChecksum(from.checksum) ? from.checksum : target.checksum,
    rowCount: typeof from.rowCount === 'number' ? from.rowCount : itemCount,
    bundled: target.bundled ?? false,
  }
  for (const key of ['asOf', 'source'] as const) {
    const value = target[key] ?? from[key]
    if (typeof value === 'string') dataset[key] = value
  }
  if (typeof from.planYear === 'number') dataset.planYear = from.planYear
  return dataset
}

/** A view's query with its dataset named by content (replacing any id or old label). */
export function pointAt(view: SavedView, dataset: Dataset): SavedView {
  const { [DATASET_QUERY_KEYS.title]: _t, [DATASET_QUERY_KEYS.version]: _v, ...query } = view.query
  return { ...view, query: { ...query, ...datasetRefQuery(datasetRefOf(dataset)) } }
}
