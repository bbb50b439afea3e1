/** Series of datasets: proposing one on import, changing it on Datasett, loading its versions. */
import { defineStore } from 'pinia'
import { getDatabase, getDatasetContent, setDatasetSeries } from '@/db'
import type { SeriesVersion } from '@/domain/item-history'
import { newSeriesName, proposeSeries, seriesVersions, type SeriesProposal } from '@/domain/series'
import type { DatasetKind } from '@/domain/types'
import { useDatasetsStore } from './datasets'

/** The name a new series of a kind starts with (then `Veikart 2`, …). */
export const SERIES_BASE_NAME: Record<DatasetKind, string> = {
  veikart: 'Veikart',
  tiltak: 'Tiltak',
  strategy: 'Strategi',
  portfolio: 'Portefølje',
}

export const useSeriesStore = defineStore('series', () => {
  const datasets = useDatasetsStore()

  /** Puts datasets in the series `name`, or in none (`null`). */
  async function setSeries(ids: readonly string[], name: string | null): Promise<void> {
    await setDatasetSeries(getDatabase(), ids, name === null || name.trim() === '' ? null : name.trim())
    await datasets.reload()
  }

  /** A new, unused series name for a kind. */
  function newName(kind: DatasetKind): string {
    return newSeriesName(datasets.datasets, SERIES_BASE_NAME[kind])
  }

  /**
   * Proposes a series for a newly stored dataset and applies it (the other dataset joins too
   * when it had none); the user can change it on Datasett. Null when nothing overlaps enough.
   */
  async function proposeFor(id: string): Promise<SeriesProposal | null> {
    const db = getDatabase()
    const target = datasets.datasets.find((d) => d.id === id)
    if (!target || target.series || target.kind === 'strategy') return null
    const others = datasets.datasets.filter((d) => d.id !== id && d.kind === target.kind)
    const [content, ...candidates] = await Promise.all(
      [target, ...others].map((d) => getDatasetContent(db, d.id)),
    )
    if (!content) return null
    const proposal = proposeSeries(
      content,
      candidates.filter((c) => c !== null),
      datasets.datasets,
      SERIES_BASE_NAME[target.kind],
    )
    if (!proposal) return null
    await setSeries(proposal.with.series ? [id] : [proposal.with.id, id], proposal.series)
    return proposal
  }

  /** Every version of a series with its items, oldest first. */
  async function loadVersions(series: string): Promise<SeriesVersion[]> {
    const db = getDatabase()
    const list = seriesVersions(datasets.datasets, series)
    const contents = await Promise.all(list.map((d) => getDatasetContent(db, d.id)))
    return contents
      .filter((c) => c !== null)
      .map((c) => ({ dataset: c.dataset, items: c.items, subGoals: c.subGoals }))
  }

  return { setSeries, newName, proposeFor, loadVersions }
})
