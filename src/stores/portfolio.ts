/** The national e-health portfolio, the council's decisions and the strategy's indicators, for the views. */
import { defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { getDatabase, getDatasetContent, getLatestPortfolio } from '@/db'
import { emptyPortfolio, type PortfolioContent } from '@/domain/portfolio'
import type { Indicator, IndicatorMeasurement } from '@/domain/types'
import { useDatasetsStore } from './datasets'

export const usePortfolioStore = defineStore('portfolio', () => {
  const datasets = useDatasetsStore()

  /** Per table, the newest import that has rows (see getLatestPortfolio); replaced wholesale. */
  const portfolio = shallowRef<PortfolioContent>(emptyPortfolio())
  /** Indicators and measurements of the newest strategy dataset that has indicators. */
  const indicators = shallowRef<Indicator[]>([])
  const measurements = shallowRef<IndicatorMeasurement[]>([])
  /** True once the first load finished: the pages tell "nothing imported" from "loading". */
  const loaded = shallowRef(false)

  /** The datasets the portfolio rows come from, by id: titles and sources for captions. */
  const sources = computed(() => new Map(datasets.datasets.map((d) => [d.id, d])))

  let generation = 0
  async function load(): Promise<void> {
    const mine = ++generation
    const db = getDatabase()
    const latest = await getLatestPortfolio(db)
    let found: { indicators: Indicator[]; measurements: IndicatorMeasurement[] } = {
      indicators: [],
      measurements: [],
    }
    for (const d of datasets.datasets.filter((x) => x.kind === 'strategy')) {
      const content = await getDatasetContent(db, d.id)
      if (content && content.indicators.length > 0) {
        found = { indicators: content.indicators, measurements: content.measurements }
        break
      }
    }
    if (mine !== generation) return
    portfolio.value = latest
    indicators.value = found.indicators
    measurements.value = found.measurements
    loaded.value = true
  }

  watch(
    () => [datasets.status, datasets.datasets] as const,
    ([status]) => {
      if (status === 'ready') void load()
    },
    { immediate: true },
  )

  return { portfolio, indicators, measurements, loaded, sources }
})
