/**
 * Series: datasets of one kind that describe the same thing over time (every veikart export,
 * every year's tiltak table). A dataset's series is a name on its record (`Dataset.series`);
 * a dataset without one stands alone. Within a series, versions are ordered by their as-of
 * date or version (`2026-03` before `2026-08`), then by import time.
 *
 * On import, a series is proposed when another dataset of the same kind shares enough of the
 * new one's items: their source IDs (veikart Leveranse-ID) or, failing that, their normalised
 * titles. The proposal names the overlap, so the user sees why, and can change it on Datasett.
 */
import { normaliseTitle, sourceIdOf } from './compare'
import { parseDatePoint } from './period'
import type { Dataset, DatasetKind, RoadmapItem } from './types'

/** Least share of the smaller dataset's IDs or titles the two must have in common. */
export const SERIES_OVERLAP = 0.3

/** The as-of date or version as an ISO-like sort key; null when it is not a date. */
export function asOfSortKey(asOf: string | undefined): string | null {
  if (!asOf) return null
  const text = asOf.trim()
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return text
  const point = parseDatePoint(text)
  return point?.ok ? point.value.date : null
}

/** The version's place in time: its as-of date or version, else the year a tiltak table plans for. */
function versionKey(d: Dataset): string | null {
  return asOfSortKey(d.asOf) ?? (d.planYear === undefined ? null : String(d.planYear))
}

/**
 * Oldest version first: by as-of (else plan year; datasets with neither last), then import
 * time.
 */
export function compareVersionOrder(a: Dataset, b: Dataset): number {
  const [ka, kb] = [versionKey(a), versionKey(b)]
  if (ka !== null && kb !== null && ka !== kb) return ka < kb ? -1 : 1
  if ((ka === null) !== (kb === null)) return ka === null ? 1 : -1
  return a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id)
}

/** The versions of a series, oldest first. */
export function seriesVersions(datasets: readonly Dataset[], series: string): Dataset[] {
  return datasets.filter((d) => d.series === series).sort(compareVersionOrder)
}

/** Every series name in use for a kind, in name order. */
export function seriesNames(datasets: readonly Dataset[], kind?: DatasetKind): string[] {
  const names = new Set<string>()
  for (const d of datasets) if (d.series && (kind === undefined || d.kind === kind)) names.add(d.series)
  return [...names].sort((a, b) => a.localeCompare(b, 'nb'))
}

/** A name for a new series of `base` (`Veikart`, `Veikart 2`, …) that is not yet in use. */
export function newSeriesName(datasets: readonly Dataset[], base: string): string {
  const taken = new Set(datasets.map((d) => d.series).filter(Boolean))
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`
}

/**
 * The two versions the Endringer page compares by default: the two newest of the active
 * dataset's series, else of the series with the newest version; null when no series has two.
 */
export function defaultComparePair(
  datasets: readonly Dataset[],
  activeId: string | null,
): { from: Dataset; to: Dataset } | null {
  const active = datasets.find((d) => d.id === activeId)
  const candidates = [
    ...(active?.series ? [active.series] : []),
    ...[...datasets]
      .filter((d) => d.series)
      .sort((a, b) => compareVersionOrder(b, a))
      .map((d) => d.series as string),
  ]
  for (const series of candidates) {
    const versions = seriesVersions(datasets, series)
    const [from, to] = versions.slice(-2)
    if (from && to) return { from, to }
  }
  return null
}

/** What two datasets' items share. */
export interface SeriesOverlap {
  /** Source IDs in both. */
  ids: number
  /** Normalised titles in both. */
  titles: number
  /** The larger of the two shares, of the smaller dataset's IDs or titles. */
  share: number
}

/** The IDs and titles two item lists have in common. */
export function itemOverlap(a: readonly RoadmapItem[], b: readonly RoadmapItem[]): SeriesOverlap {
  const idsOf = (items: readonly RoadmapItem[]) =>
    new Set(items.map(sourceIdOf).filter((id): id is string => id !== undefined))
  const titlesOf = (items: readonly RoadmapItem[]) => new Set(items.map((i) => normaliseTitle(i.title)))
  const common = (x: Set<string>, y: Set<string>) => {
    let n = 0
    for (const v of x) if (y.has(v)) n++
    return n
  }
  const [idsA, idsB] = [idsOf(a), idsOf(b)]
  const [titlesA, titlesB] = [titlesOf(a), titlesOf(b)]
  const ids = common(idsA, idsB)
  const titles = common(titlesA, titlesB)
  const shareOf = (n: number, x: Set<string>, y: Set<string>) => {
    const smaller = Math.min(x.size, y.size)
    return smaller === 0 ? 0 : n / smaller
  }
  return { ids, titles, share: Math.max(shareOf(ids, idsA, idsB), shareOf(titles, titlesA, titlesB)) }
}

export interface SeriesProposal {
  /** The series to put the dataset in. */
  series: string
  /** The dataset it overlaps most with, which joins the series too if it had none. */
  with: Dataset
  overlap: SeriesOverlap
}

/**
 * The series proposed for a newly imported dataset: that of the same-kind dataset it shares
 * the most with (at least SERIES_OVERLAP), or a new one named `base` when that dataset has
 * none. Null when nothing overlaps enough.
 */
export function proposeSeries(
  target: { dataset: Dataset; items: readonly RoadmapItem[] },
  candidates: readonly { dataset: Dataset; items: readonly RoadmapItem[] }[],
  allDatasets: readonly Dataset[],
  base: string,
): SeriesProposal | null {
  let best: { dataset: Dataset; overlap: SeriesOverlap } | null = null
  for (const c of candidates) {
    if (c.dataset.id === target.dataset.id || c.dataset.kind !== target.dataset.kind) continue
    const overlap = itemOverlap(target.items, c.items)
    if (overlap.share < SERIES_OVERLAP) continue
    const better =
      !best ||
      overlap.share > best.overlap.share ||
      (overlap.share === best.overlap.share && compareVersionOrder(c.dataset, best.dataset) > 0)
    if (better) best = { dataset: c.dataset, overlap }
  }
  if (!best) return null
  return {
    series: best.dataset.series ?? newSeriesName(allDatasets, base),
    with: best.dataset,
    overlap: best.overlap,
  }
}
