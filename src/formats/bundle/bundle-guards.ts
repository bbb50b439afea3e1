/**
 * Type guards for what a bundle holds: it is untrusted input like any file, so every record is
 * checked field by field before it is used as a domain value.
 */
import { isGoalNumber } from '@/domain/goal-ref'
import type {
  DatePoint,
  Goal,
  Indicator,
  IndicatorMeasurement,
  Period,
  RoadmapItem,
  SubGoal,
} from '@/domain/types'
import { PHASES } from '@/domain/types'

/** A JSON object, not yet checked. */
export type Obj = Record<string, unknown>
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
export const isStr = (v: unknown): v is string => typeof v === 'string'
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

/** A goal: its number 1–5 and title. */
export function isGoal(v: unknown): v is Goal {
  return (
    isObj(v) &&
    typeof v.number === 'number' &&
    isGoalNumber(v.number) &&
    isStr(v.title) &&
    isOptStr(v.description)
  )
}

/** A sub-goal: id, goal, title and its conditions. */
export function isSubGoal(v: unknown): v is SubGoal {
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

/** A roadmap item, every optional field of the right type when present. */
export function isItem(v: unknown): v is RoadmapItem {
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

/** An indicator of a goal, with its optional baseline and target. */
export function isIndicator(v: unknown): v is Indicator {
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

/** One measurement of an indicator. */
export function isMeasurement(v: unknown): v is IndicatorMeasurement {
  return isObj(v) && isStr(v.id) && isStr(v.indicatorId) && isStr(v.period) && typeof v.value === 'number'
}
