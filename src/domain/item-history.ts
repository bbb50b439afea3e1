/**
 * The history of one deliverable across the versions of its series: consecutive versions are
 * compared (compare.ts) and the item is followed from match to match, backwards and forwards
 * from the version it was picked in. A version where it has no match shows as absent; the
 * chain stops there, since following a missing item would be a guess.
 */
import { compareVersions, type ChangeClass, type CompareSide, type MatchMethod } from './compare'
import type { Dataset, RoadmapItem } from './types'

export interface HistoryVersion {
  dataset: Dataset
  /** The item in this version, or null when it is not there (not yet, or no longer). */
  item: RoadmapItem | null
  /** How it was matched to the previous version, and what changed since then. */
  match?: MatchMethod
  classes: ChangeClass[]
}

export interface SeriesVersion extends CompareSide {
  dataset: Dataset
}

/**
 * One entry per version (oldest first) for the item `itemId` of version `datasetId`; versions
 * must already be in series order. Empty when the item is not found.
 */
export function itemHistory(
  versions: readonly SeriesVersion[],
  datasetId: string,
  itemId: string,
): HistoryVersion[] {
  const at = versions.findIndex((v) => v.dataset.id === datasetId)
  const start = versions[at]?.items.find((i) => i.id === itemId)
  if (at < 0 || !start) return []
  const found: (RoadmapItem | null)[] = versions.map(() => null)
  const how: (Pick<HistoryVersion, 'match' | 'classes'> | undefined)[] = versions.map(() => undefined)
  found[at] = start

  const comparisons = new Map<number, ReturnType<typeof compareVersions>>()
  const compareAt = (i: number) => {
    let result = comparisons.get(i)
    if (!result) {
      result = compareVersions(versions[i - 1] as SeriesVersion, versions[i] as SeriesVersion)
      comparisons.set(i, result)
    }
    return result
  }

  for (let i = at; i > 0; i--) {
    const current = found[i]
    if (!current) break
    const change = compareAt(i).changes.find((c) => c.new === current)
    how[i] = { classes: change?.classes ?? [], ...(change?.match ? { match: change.match.method } : {}) }
    found[i - 1] = change?.old ?? null
  }
  for (let i = at + 1; i < versions.length; i++) {
    const previous = found[i - 1]
    if (!previous) break
    const change = compareAt(i).changes.find((c) => c.old === previous)
    found[i] = change?.new ?? null
    how[i] = change?.new
      ? { classes: change.classes, ...(change.match ? { match: change.match.method } : {}) }
      : { classes: ['dropped'] }
  }

  return versions.map((v, i) => ({
    dataset: v.dataset,
    item: found[i] ?? null,
    ...(how[i] ?? { classes: [] }),
  }))
}
