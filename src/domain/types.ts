import type { PortfolioContent } from './portfolio'
import type { SavedView } from './saved-view'

/**
 * Validated domain types. Everything here has passed the import boundary; untrusted shapes
 * are the `Raw*` types next to the parsers that narrow them.
 */

/** Goal number of the national e-health strategy 2023–2030. */
export type GoalNumber = 1 | 2 | 3 | 4 | 5

export const GOAL_NUMBERS: readonly GoalNumber[] = [1, 2, 3, 4, 5]

/** One of the five strategic goals. */
export interface Goal {
  number: GoalNumber
  title: string
  description?: string
  /** No goal with this number is loaded: `title` is empty and the UI names the goal by number. */
  placeholder?: true
}

/** A målsetting / delmål / strategisk initiativ under a goal. */
export interface SubGoal {
  /** Unique across datasets (prefixed with the dataset id). */
  id: string
  datasetId: string
  goal: GoalNumber
  /** Code such as `2D`, when the source has one. */
  code?: string
  title: string
  /** Conditions the source states, e.g. "Forutsetter finansiering …", in source order. */
  conditions: string[]
  /** Other remark the source puts beside the title. */
  note?: string
  /** Owner of a strategic initiative (strategy plan). */
  owner?: string
  /** Period of a strategic initiative, as written. */
  periodText?: string
}

/** A strategi gruppering under a sub-goal. */
export interface Grouping {
  subGoalId: string
  title: string
}

/** Kinds used to group actors: regional health authorities, municipal, state agencies, NHN. */
export type ActorKind = 'rhf' | 'kommunal' | 'statlig' | 'nhn' | 'nasjonal' | 'annet'

export const ACTOR_KINDS: readonly ActorKind[] = ['rhf', 'kommunal', 'statlig', 'nhn', 'nasjonal', 'annet']

/** An actor (aktør, hvem, eier). `id` is a stable slug of the canonical name. */
export interface Actor {
  id: string
  name: string
  kind: ActorKind
  aliases: string[]
}

/** Roadmap phases of the current veikart, in value-chain order. */
export const PHASES = ['konsept', 'utvikling', 'tilpasning', 'innforing', 'i-bruk'] as const
export type Phase = (typeof PHASES)[number]

/** A single phase or a span such as "Utvikling - tilpasning - innføring". */
export interface PhaseSpan {
  from: Phase
  to: Phase
}

export type PlanningStatus = 'planned' | 'tentative'

export type DatePrecision = 'day' | 'month' | 'quarter' | 'half' | 'year'

/** A point in time known to some precision; `date` is the first day it covers (ISO). */
export interface DatePoint {
  date: string
  precision: DatePrecision
}

/**
 * A period as the source states it. `start`/`end` are absent when not given; `openEnded`
 * says the source marked it as running on (`2024 →`, `2023 -`).
 */
export interface Period {
  start?: DatePoint
  end?: DatePoint
  openEnded: boolean
}

/** Why an item is flagged; the UI and the data-quality views key on these. */
export type ItemFlag =
  'no-activity' | 'placeholder-text' | 'uncertain' | 'no-period' | 'end-before-start' | 'no-phase'

/** The flags in the order the data-quality panel lists them. */
export const ITEM_FLAGS: readonly ItemFlag[] = [
  'no-period',
  'no-phase',
  'end-before-start',
  'uncertain',
  'placeholder-text',
  'no-activity',
]

/** Item fields a tiltak table may leave blank to mean "same as above". */
export type InheritedField = 'actor' | 'service' | 'condition'

/** One deliverable, activity or tiltak on the roadmap. */
export interface RoadmapItem {
  /** `${datasetId}/${key}`: unique across datasets. */
  id: string
  /** Stable within a series of imports: the source's ID, or derived from its content. */
  key: string
  datasetId: string
  title: string
  description?: string
  goal: GoalNumber
  subGoalId?: string
  grouping?: string
  /** Canonical actor names, in source order. */
  actors: string[]
  /** Stable actor ids, parallel to `actors`; indexed for the actor views. */
  actorIds: string[]
  /** The actors were read from the item's name, not from an owner column. */
  actorsDerived?: boolean
  service?: string
  phase?: PhaseSpan
  period: Period
  /** Start year, indexed for year queries; absent when there is no start. */
  startYear?: number
  status?: PlanningStatus
  /** The source marks this with "?". */
  uncertain: boolean
  /** Conditions of the sub-goal block the item stands in. */
  condition?: string
  flags: ItemFlag[]
  /** The period exactly as written in the source. */
  periodText?: string
  /** Columns the importer did not recognise, kept by header name. */
  extra?: Record<string, string>
  /** Fields not written on the item's own row but filled down from a row above (tiltak tables). */
  inherited?: InheritedField[]
  source: { datasetId: string; row: number }
}

/** `portfolio`: portfolio measures, dependencies, running costs, rounds and council decisions. */
export type DatasetKind = 'tiltak' | 'veikart' | 'strategy' | 'portfolio'

/** One import, kept as a dated snapshot. */
export interface Dataset {
  id: string
  kind: DatasetKind
  title: string
  /** As-of or version date (ISO, or the source's version such as `2026-08`). */
  asOf?: string
  /** ISO timestamp. */
  importedAt: string
  fileName: string
  /** SHA-256 of the file's bytes, hex. */
  checksum: string
  rowCount: number
  /** True for the datasets shipped in `data/`. */
  bundled: boolean
  /** Where the data comes from, e.g. the source document. */
  source?: string
  /** The year a tiltak table plans for ("Hva skal skje i 2024?"). */
  planYear?: number
  /**
   * Name of the series this dataset is a version of (e.g. every veikart export): proposed on
   * import, changed on Datasett (see series.ts). A plain, unindexed property of the record.
   */
  series?: string
}

/** A goal indicator of the strategy's plan for realisation. */
export interface Indicator {
  /** Unique across datasets (prefixed with the dataset id). */
  id: string
  datasetId: string
  goal: GoalNumber
  name: string
  unit?: string
  baseline?: number
  baselineYear?: number
  target?: number
  targetYear?: number
  source?: string
}

/** One measured value of an indicator. */
export interface IndicatorMeasurement {
  id: string
  datasetId: string
  indicatorId: string
  /** As written, e.g. `2024` or `Q2 2025`. */
  period: string
  value: number
}

/** A dataset with everything it holds; what an import produces and storage writes at once. */
export interface DatasetContent {
  dataset: Dataset
  goals: Goal[]
  subGoals: SubGoal[]
  items: RoadmapItem[]
  indicators: Indicator[]
  measurements: IndicatorMeasurement[]
  /** Saved views of this dataset, carried in the JSON bundle (see saved-view.ts). */
  savedViews?: SavedView[]
  /** The portfolio tables of a `portfolio` dataset (see portfolio.ts). */
  portfolio?: PortfolioContent
}
