/**
 * The app's own JSON bundle: what export writes and import reads back unchanged.
 * `{ "format": "veikart-bundle", "version": 1, "exportedAt", "datasets": [DatasetContent…] }`.
 * A bundle is untrusted input like any file, so every field is checked before use.
 */
import { isGoalNumber } from './goal-ref'
import { issue, type ImportIssue } from './import-issue'
import type {
  DatasetContent,
  DatePoint,
  Goal,
  Indicator,
  IndicatorMeasurement,
  Period,
  RoadmapItem,
  SubGoal,
} from './types'
import { PHASES } from './types'
import { isSavedView, type SavedView } from './saved-view'

export const BUNDLE_FORMAT = 'veikart-bundle'
export const BUNDLE_VERSION = 1

export interface VeikartBundle {
  format: typeof BUNDLE_FORMAT
  version: typeof BUNDLE_VERSION
  exportedAt: string
  datasets: DatasetContent[]
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

/** Re-keys an id that starts with the old dataset id. */
function rekey(id: string, from: string, to: string): string {
  return id.startsWith(`${from}/`) ? `${to}${id.slice(from.length)}` : `${to}/${id}`
}

/**
 * Validates a bundle's first dataset and moves it to a new dataset id, so a re-import never
 * overwrites the dataset it was exported from. Errors name the JSON path.
 */
export function readBundle(
  raw: unknown,
  target: { datasetId: string },
):
  | { content: Omit<DatasetContent, 'dataset'> & { dataset: Obj }; issues: ImportIssue[] }
  | { content: null; issues: ImportIssue[] } {
  const bad = (path: string, nb: string, en: string) => ({
    content: null,
    issues: [
      issue(
        'error',
        'bundle-invalid',
        { nb: `Ugyldig Veikart-pakke ved ${path}: ${nb}`, en: `Invalid Veikart bundle at ${path}: ${en}` },
        { detail: path },
      ),
    ],
  })
  if (!isObj(raw) || raw.format !== BUNDLE_FORMAT)
    return bad('format', `forventet «${BUNDLE_FORMAT}».`, `expected "${BUNDLE_FORMAT}".`)
  if (raw.version !== BUNDLE_VERSION)
    return bad(
      'version',
      `versjon ${String(raw.version)} støttes ikke (kun ${BUNDLE_VERSION}).`,
      `version ${String(raw.version)} is not supported (only ${BUNDLE_VERSION}).`,
    )
  if (!Array.isArray(raw.datasets) || raw.datasets.length === 0)
    return bad('datasets', 'ingen datasett.', 'no datasets.')
  const first: unknown = raw.datasets[0]
  if (!isObj(first) || !isObj(first.dataset) || !isStr(first.dataset.id))
    return bad('datasets[0].dataset', 'mangler datasett.', 'dataset missing.')
  const from = first.dataset.id
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
    const list = first[key] ?? []
    if (!Array.isArray(list)) return bad(`datasets[0].${key}`, 'forventet en liste.', 'expected a list.')
    const index = list.findIndex((v) => !guard(v))
    if (index >= 0)
      return bad(
        `datasets[0].${key}[${index}]`,
        'feltene har feil type eller mangler.',
        'fields are missing or of the wrong type.',
      )
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
    const list = (first[key] ?? []) as Obj[]
    const index = list.findIndex((v) => seen.size === seen.add(idOf(v)).size)
    if (index >= 0)
      return bad(
        `datasets[0].${key}[${index}]`,
        `id-en «${String(idOf(list[index] as Obj))}» står to ganger.`,
        `the id "${String(idOf(list[index] as Obj))}" appears twice.`,
      )
  }
  const goals = (first.goals ?? []) as Goal[]
  const subGoals = ((first.subGoals ?? []) as SubGoal[]).map((s) => ({
    ...s,
    id: rekey(s.id, from, to),
    datasetId: to,
  }))
  const items = ((first.items ?? []) as RoadmapItem[]).map((i) => {
    const item: RoadmapItem = {
      ...i,
      id: `${to}/${i.key}`,
      datasetId: to,
      source: { datasetId: to, row: i.source.row },
    }
    if (i.subGoalId) item.subGoalId = rekey(i.subGoalId, from, to)
    return item
  })
  const indicators = ((first.indicators ?? []) as Indicator[]).map((i) => ({
    ...i,
    id: rekey(i.id, from, to),
    datasetId: to,
  }))
  const measurements = ((first.measurements ?? []) as IndicatorMeasurement[]).map((m) => ({
    ...m,
    id: rekey(m.id, from, to),
    indicatorId: rekey(m.indicatorId, from, to),
    datasetId: to,
  }))
  const issues =
    raw.datasets.length > 1
      ? [
          issue('warning', 'bundle-extra-datasets', {
            nb: `Pakken har ${raw.datasets.length} datasett; bare det første importeres.`,
            en: `The bundle has ${raw.datasets.length} datasets; only the first is imported.`,
          }),
        ]
      : []
  // Saved views follow the dataset to its new id; their order goes after the receiver's own.
  const savedViews = ((first.savedViews ?? []) as SavedView[]).map((v) => ({
    ...v,
    id: `view-${to}-${v.id}`,
    query: { ...v.query, ds: to },
  }))
  const content = { dataset: first.dataset, goals, subGoals, items, indicators, measurements }
  return { content: savedViews.length > 0 ? { ...content, savedViews } : content, issues }
}
