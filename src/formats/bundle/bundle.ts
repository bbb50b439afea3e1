/**
 * The app's own JSON bundle: what export writes and import reads back unchanged.
 * `{ "format": "veikart-bundle", "version": 2, "exportedAt", "datasets": [DatasetContent…],
 *    "views"?: [SavedView…] }`.
 *
 * Version 2 (read alongside version 1): a bundle may hold several datasets; each keeps the
 * identity (kind + checksum of the file it was read from) of the dataset it was exported from,
 * so links made on the sending device resolve on the receiving one; saved views name their
 * dataset by that identity. A bundle with `views` is a meeting pack: the datasets the views use
 * and the views in presentation order. A bundle is untrusted input like any file, so every
 * field is checked before use.
 */
import { isGoalNumber } from '@/domain/goal-ref'
import { issue, msg, type ImportIssue, type IssueMessage } from '@/domain/import-issue'
import type {
  Dataset,
  DatasetContent,
  DatasetKind,
  DatePoint,
  Goal,
  Indicator,
  IndicatorMeasurement,
  Period,
  RoadmapItem,
  SubGoal,
} from '@/domain/types'
import { PHASES } from '@/domain/types'
import { isSavedView, type SavedView } from '@/domain/saved-view'
import {
  DATASET_QUERY_KEYS,
  datasetRefOf,
  datasetRefQuery,
  isChecksum,
  parseDatasetRef,
  sameDatasetIdentity,
} from '@/domain/view-link'

export const BUNDLE_FORMAT = 'veikart-bundle'
export const BUNDLE_VERSION = 2
/** Versions this app reads: 1 (one dataset, local ids in views) and 2. */
export const READABLE_BUNDLE_VERSIONS: readonly number[] = [1, 2]

export interface VeikartBundle {
  format: typeof BUNDLE_FORMAT
  version: typeof BUNDLE_VERSION
  exportedAt: string
  datasets: DatasetContent[]
  /** A meeting pack's saved views, in presentation order (absent in a plain export). */
  views?: SavedView[]
}

/** Wraps datasets in a bundle. */
export function buildBundle(contents: readonly DatasetContent[], now: Date = new Date()): VeikartBundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    datasets: [...contents],
  }
}

/**
 * A meeting pack: the datasets and the views in their order. The views travel at the top level
 * (datasets carry none of their own), each naming its dataset by content.
 */
export function buildMeetingPack(
  contents: readonly DatasetContent[],
  views: readonly SavedView[],
  now: Date = new Date(),
): VeikartBundle {
  const datasets = contents.map(({ savedViews: _views, ...content }) => content)
  return { ...buildBundle(datasets, now), views: views.map((v, order) => ({ ...v, order })) }
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStr = (v: unknown): v is string => typeof v === 'string'
const isOptStr = (v: unknown): boolean => v === undefined || isStr(v)
const isOptNum = (v: unknown): boolean => v === undefined || (typeof v === 'number' && Number.isFinite(v))
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr)

function isDatePoint(v: unknown): v is DatePoint {
  return (
    isObj(v) &&
    isStr(v.date) &&
    /^\d{4}-\d{2}-\d{2}$/.test(v.date) &&
    ['day', 'month', 'quarter', 'half', 'year'].includes(v.precision as string)
  )
}

function isPeriod(v: unknown): v is Period {
  return (
    isObj(v) &&
    typeof v.openEnded === 'boolean' &&
    (v.start === undefined || isDatePoint(v.start)) &&
    (v.end === undefined || isDatePoint(v.end))
  )
}

function isGoal(v: unknown): v is Goal {
  return (
    isObj(v) &&
    typeof v.number === 'number' &&
    isGoalNumber(v.number) &&
    isStr(v.title) &&
    isOptStr(v.description)
  )
}

function isSubGoal(v: unknown): v is SubGoal {
  return (
    isObj(v) &&
    isStr(v.id) &&
    typeof v.goal === 'number' &&
    isGoalNumber(v.goal) &&
    isStr(v.title) &&
    isStrArray(v.conditions) &&
    isOptStr(v.code) &&
    isOptStr(v.note) &&
    isOptStr(v.owner) &&
    isOptStr(v.periodText)
  )
}

function isItem(v: unknown): v is RoadmapItem {
  if (!isObj(v)) return false
  const phaseOk =
    v.phase === undefined ||
    (isObj(v.phase) &&
      (PHASES as readonly unknown[]).includes(v.phase.from) &&
      (PHASES as readonly unknown[]).includes(v.phase.to))
  const extraOk = v.extra === undefined || (isObj(v.extra) && Object.values(v.extra).every(isStr))
  return (
    isStr(v.key) &&
    isStr(v.title) &&
    typeof v.goal === 'number' &&
    isGoalNumber(v.goal) &&
    isStrArray(v.actors) &&
    isStrArray(v.actorIds) &&
    v.actors.length === v.actorIds.length &&
    isPeriod(v.period) &&
    typeof v.uncertain === 'boolean' &&
    isStrArray(v.flags) &&
    isObj(v.source) &&
    typeof v.source.row === 'number' &&
    phaseOk &&
    extraOk &&
    (v.status === undefined || v.status === 'planned' || v.status === 'tentative') &&
    isOptStr(v.description) &&
    isOptStr(v.subGoalId) &&
    isOptStr(v.grouping) &&
    isOptStr(v.service) &&
    isOptStr(v.condition) &&
    isOptStr(v.periodText) &&
    isOptNum(v.startYear) &&
    (v.actorsDerived === undefined || typeof v.actorsDerived === 'boolean')
  )
}

function isIndicator(v: unknown): v is Indicator {
  return (
    isObj(v) &&
    isStr(v.id) &&
    typeof v.goal === 'number' &&
    isGoalNumber(v.goal) &&
    isStr(v.name) &&
    isOptStr(v.unit) &&
    isOptNum(v.baseline) &&
    isOptNum(v.baselineYear) &&
    isOptNum(v.target) &&
    isOptNum(v.targetYear) &&
    isOptStr(v.source)
  )
}

function isMeasurement(v: unknown): v is IndicatorMeasurement {
  return isObj(v) && isStr(v.id) && isStr(v.indicatorId) && isStr(v.period) && typeof v.value === 'number'
}

/** True when the value claims to be a bundle (then it must also be a valid one). */
export function looksLikeBundle(v: unknown): v is Obj {
  return isObj(v) && v.format === BUNDLE_FORMAT
}

/** True when the value claims to be a meeting pack: a bundle with a list of views. */
export function isMeetingPack(v: unknown): v is Obj {
  return looksLikeBundle(v) && v.views !== undefined
}

/** Re-keys an id that starts with the old dataset id. */
function rekey(id: string, from: string, to: string): string {
  return id.startsWith(`${from}/`) ? `${to}${id.slice(from.length)}` : `${to}/${id}`
}

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

export type Failure = { content: null; issues: ImportIssue[] }

/** A failed read: one error naming the JSON path (exported for the backup reader). */
export function invalid(path: string, reason?: IssueMessage): Failure {
  return {
    content: null,
    issues: [
      issue(
        'error',
        'bundle-invalid',
        reason ? msg('bundle.invalid', { path, reason }) : msg('bundle.invalidAt', { path }),
        { detail: path },
      ),
    ],
  }
}

/** Checks format and version; the error to report, or null when the bundle may be read. */
export function checkHeader(raw: unknown, minVersion = 1): Failure | null {
  if (!isObj(raw) || raw.format !== BUNDLE_FORMAT)
    return invalid('format', msg('bundle.formatExpected', { format: BUNDLE_FORMAT }))
  const readable = READABLE_BUNDLE_VERSIONS.filter((v) => v >= minVersion)
  if (!readable.includes(raw.version as number))
    return invalid(
      'version',
      readable.length > 1
        ? msg('bundle.versionsUnsupported', {
            version: String(raw.version),
            supported: readable.slice(0, -1).join(', '),
            last: readable[readable.length - 1] ?? '',
          })
        : msg('bundle.versionUnsupported', { version: String(raw.version), supported: readable.join('') }),
    )
  if (!Array.isArray(raw.datasets) || raw.datasets.length === 0)
    return invalid('datasets', msg('bundle.noDatasets'))
  return null
}

const KINDS: readonly DatasetKind[] = ['tiltak', 'veikart', 'strategy']

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
function pointAt(view: SavedView, dataset: Dataset): SavedView {
  const { [DATASET_QUERY_KEYS.title]: _t, [DATASET_QUERY_KEYS.version]: _v, ...query } = view.query
  return { ...view, query: { ...query, ...datasetRefQuery(datasetRefOf(dataset)) } }
}

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
  const from = raw.dataset.id
  const to = target.datasetId
  const lists: [string, (v: unknown) => boolean][] = [
    ['goals', isGoal],
    ['subGoals', isSubGoal],
    ['items', isItem],
    ['indicators', isIndicator],
    ['measurements', isMeasurement],
    ['savedViews', isSavedView],
  ]
  for (const [key, guard] of lists) {
    const list = raw[key] ?? []
    if (!Array.isArray(list)) return invalid(`${path}.${key}`, msg('bundle.listExpected'))
    const index = list.findIndex((v) => !guard(v))
    if (index >= 0) return invalid(`${path}.${key}[${index}]`, msg('bundle.fieldsInvalid'))
  }
  // Ids must be unique, or the write fails after the report said «ingen feil».
  const unique: [string, (v: Obj) => unknown][] = [
    ['goals', (g) => g.number],
    ['subGoals', (s) => s.id],
    ['items', (i) => i.key],
    ['indicators', (i) => i.id],
    ['measurements', (m) => m.id],
  ]
  for (const [key, idOf] of unique) {
    const seen = new Set<unknown>()
    const list = (raw[key] ?? []) as Obj[]
    const index = list.findIndex((v) => seen.size === seen.add(idOf(v)).size)
    if (index >= 0)
      return invalid(
        `${path}.${key}[${index}]`,
        msg('bundle.idTwice', { id: String(idOf(list[index] as Obj)) }),
      )
  }
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
  const dataset = datasetOf(raw.dataset, items.length, target)
  // Saved views follow the dataset, named by its content; their order goes after the receiver's own.
  const savedViews = ((raw.savedViews ?? []) as SavedView[]).map((v) => ({
    ...pointAt(v, dataset),
    id: `view-${to}-${v.id}`,
  }))
  const content: DatasetContent = { dataset, goals, subGoals, items, indicators, measurements }
  if (savedViews.length > 0) content.savedViews = savedViews
  return { content, from, issues: [] }
}

/** A dataset's identity as a bundle states it, when it states a valid one. */
function statedIdentity(raw: unknown): { kind: string; checksum: string } | null {
  if (!isObj(raw) || !isObj(raw.dataset)) return null
  const { kind, checksum } = raw.dataset
  return isStr(kind) && isChecksum(checksum) ? { kind, checksum } : null
}

/**
 * Reads one dataset of a bundle (version 1 or 2): the one whose identity starts with `want`
 * when given and present (a link's dataset inside a meeting pack, say), else the first.
 */
export function readBundle(
  raw: unknown,
  target: BundleTarget & { want?: { kind: string; checksum: string } },
): { content: DatasetContent; issues: ImportIssue[] } | Failure {
  const bad = checkHeader(raw)
  if (bad || !isObj(raw)) return bad ?? invalid('format')
  const list = raw.datasets as unknown[]
  const want = target.want
  const wanted = want
    ? list.findIndex((d) => {
        const id = statedIdentity(d)
        return id !== null && id.kind === want.kind && id.checksum.startsWith(want.checksum.toLowerCase())
      })
    : -1
  const index = wanted >= 0 ? wanted : 0
  const read = readDataset(list[index], `datasets[${index}]`, target)
  if (!read.content) return read
  const issues =
    list.length > 1
      ? [
          issue(
            'warning',
            'bundle-extra-datasets',
            msg('bundle.extraDatasets', { count: list.length, title: read.content.dataset.title }),
          ),
        ]
      : []
  return { content: read.content, issues }
}

/** A meeting pack read and checked: its datasets (each under a new id) and its views in order. */
export interface MeetingPack {
  datasets: DatasetContent[]
  views: SavedView[]
}

/**
 * Reads a meeting pack: every dataset (moved to ids from `newId`, keeping its identity) and the
 * views in order, each naming its dataset by content. All or nothing: any invalid part fails it.
 */
export function readMeetingPack(
  raw: unknown,
  target: Omit<BundleTarget, 'datasetId' | 'fallbackTitle'> & { newId: () => string },
): { pack: MeetingPack; issues: ImportIssue[] } | { pack: null; issues: ImportIssue[] } {
  const fail = (f: Failure) => ({ pack: null, issues: f.issues })
  const bad = checkHeader(raw, 2)
  if (bad || !isObj(raw)) return fail(bad ?? invalid('format'))
  if (!Array.isArray(raw.views)) return fail(invalid('views', msg('bundle.listExpected')))
  const badView = raw.views.findIndex((v) => !isSavedView(v))
  if (badView >= 0) return fail(invalid(`views[${badView}]`, msg('bundle.fieldsInvalid')))
  const datasets: DatasetContent[] = []
  const byOldId = new Map<string, Dataset>()
  for (const [index, entry] of (raw.datasets as unknown[]).entries()) {
    const read = readDataset(entry, `datasets[${index}]`, {
      ...target,
      datasetId: target.newId(),
      fallbackTitle: target.fileName.replace(/\.[^.]+$/, ''),
    })
    if (!read.content) return fail(read)
    // The views of a pack are its top-level list; a dataset's own are not presented.
    const { savedViews: _own, ...content } = read.content
    // The same dataset twice in one pack is stored once.
    const twin = datasets.find((d) => sameDatasetIdentity(d.dataset, content.dataset))
    byOldId.set(read.from, twin?.dataset ?? content.dataset)
    if (!twin) datasets.push(content)
  }
  const views = (raw.views as SavedView[]).map((view, order) => {
    const ref = parseDatasetRef(view.query)
    const dataset = ref?.by === 'id' ? byOldId.get(ref.id) : undefined
    return { ...(dataset ? pointAt(view, dataset) : view), order }
  })
  return { pack: { datasets, views }, issues: [] }
}
