/**
 * The filter in the URL query, so a copied link reopens the same view and back/forward work.
 * Keys are short Norwegian words: `mal=1,2&aktor=helse-vest-rhf&fase=innforing&ar=2024&q=pll`.
 * Values from a URL are untrusted: unknown ones are dropped and reported, never guessed.
 */
import { emptyFilter, type ItemFilter } from './filter'
import { isGoalNumber } from './goal-ref'
import type { ActorKind, ItemFlag, Phase } from './types'
import { ACTOR_KINDS, ITEM_FLAGS, PHASES } from './types'

type Query = Record<string, string | null | undefined | (string | null)[]>

export const FILTER_QUERY_KEYS = {
  goals: 'mal',
  subGoals: 'delmal',
  groupings: 'gruppering',
  actors: 'aktor',
  actorKinds: 'type',
  phases: 'fase',
  statuses: 'status',
  flags: 'merknad',
  year: 'ar',
  startPhases: 'startfase',
  startYears: 'startar',
  text: 'q',
} as const

/** Codes are comma-separated; free-text values (groupings) repeat the key instead. */
function listOf(value: Query[string], splitCommas = true): string[] {
  const raw = Array.isArray(value) ? value : [value]
  return raw
    .flatMap((v) => (splitCommas ? (v ?? '').split(',') : [v ?? '']))
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

function isYear(value: string): boolean {
  return /^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= 2100
}

/** Reads a filter from a route query; `invalid` lists the `key=value` pairs that were dropped. */
export function parseFilterQuery(query: Query): { filter: ItemFilter; invalid: string[] } {
  const filter = emptyFilter()
  const invalid: string[] = []
  const keep = <T extends string>(key: string, values: string[], ok: (v: string) => v is T): T[] =>
    values.filter((v) => (ok(v) ? true : (invalid.push(`${key}=${v}`), false))) as T[]

  filter.goals = keep(
    FILTER_QUERY_KEYS.goals,
    listOf(query[FILTER_QUERY_KEYS.goals]),
    (v): v is `${number}` => /^\d$/.test(v) && isGoalNumber(Number(v)),
  ).map(Number) as ItemFilter['goals']
  filter.subGoals = listOf(query[FILTER_QUERY_KEYS.subGoals], false)
  filter.groupings = listOf(query[FILTER_QUERY_KEYS.groupings], false)
  filter.actors = keep(FILTER_QUERY_KEYS.actors, listOf(query[FILTER_QUERY_KEYS.actors]), (v): v is string =>
    /^[a-z0-9-]+$/.test(v),
  )
  filter.actorKinds = keep(
    FILTER_QUERY_KEYS.actorKinds,
    listOf(query[FILTER_QUERY_KEYS.actorKinds]),
    (v): v is ActorKind => (ACTOR_KINDS as readonly string[]).includes(v),
  )
  filter.phases = keep(FILTER_QUERY_KEYS.phases, listOf(query[FILTER_QUERY_KEYS.phases]), (v): v is Phase =>
    (PHASES as readonly string[]).includes(v),
  )
  filter.statuses = keep(
    FILTER_QUERY_KEYS.statuses,
    listOf(query[FILTER_QUERY_KEYS.statuses]),
    (v): v is ItemFilter['statuses'][number] => ['planned', 'tentative', 'unknown'].includes(v),
  )
  filter.flags = keep(FILTER_QUERY_KEYS.flags, listOf(query[FILTER_QUERY_KEYS.flags]), (v): v is ItemFlag =>
    (ITEM_FLAGS as readonly string[]).includes(v),
  )
  filter.startPhases = keep(
    FILTER_QUERY_KEYS.startPhases,
    listOf(query[FILTER_QUERY_KEYS.startPhases]),
    (v): v is Phase | 'none' => v === 'none' || (PHASES as readonly string[]).includes(v),
  )
  filter.startYears = keep(
    FILTER_QUERY_KEYS.startYears,
    listOf(query[FILTER_QUERY_KEYS.startYears]),
    (v): v is `${number}` | 'none' => v === 'none' || isYear(v),
  ).map((v) => (v === 'none' ? v : Number(v)))
  const [year] = listOf(query[FILTER_QUERY_KEYS.year])
  if (year !== undefined) {
    if (isYear(year)) filter.year = Number(year)
    else invalid.push(`${FILTER_QUERY_KEYS.year}=${year}`)
  }
  const text = query[FILTER_QUERY_KEYS.text]
  filter.text = (Array.isArray(text) ? (text[0] ?? '') : (text ?? '')).slice(0, 200)
  return { filter, invalid }
}

/** The query for a filter; empty facets are left out, values in a stable order. */
export function filterToQuery(filter: ItemFilter): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  const put = (key: string, values: (string | number)[]) => {
    if (values.length > 0) query[key] = [...values].map(String).sort().join(',')
  }
  const putRepeated = (key: string, values: string[]) => {
    if (values.length > 0) query[key] = values.length === 1 ? (values[0] as string) : [...values].sort()
  }
  put(FILTER_QUERY_KEYS.goals, filter.goals)
  putRepeated(FILTER_QUERY_KEYS.subGoals, filter.subGoals)
  putRepeated(FILTER_QUERY_KEYS.groupings, filter.groupings)
  put(FILTER_QUERY_KEYS.actors, filter.actors)
  put(FILTER_QUERY_KEYS.actorKinds, filter.actorKinds)
  put(FILTER_QUERY_KEYS.phases, filter.phases)
  put(FILTER_QUERY_KEYS.statuses, filter.statuses)
  put(FILTER_QUERY_KEYS.flags, filter.flags)
  if (filter.year !== null) query[FILTER_QUERY_KEYS.year] = String(filter.year)
  put(FILTER_QUERY_KEYS.startPhases, filter.startPhases)
  put(FILTER_QUERY_KEYS.startYears, filter.startYears)
  if (filter.text.trim() !== '') query[FILTER_QUERY_KEYS.text] = filter.text.trim()
  return query
}
