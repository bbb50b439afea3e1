/**
 * The presentation's slides: every saved view built into one or more slides from its own
 * dataset (not the active one), in order. Built when a presentation starts or a deck is
 * exported; slide numbers in the URL (`?lysbilde=`) index this list.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { SlideData } from '@/charts/slides/build-slides'
import type { SlideSpec } from '@/charts/slides/slide-types'
import type { SavedView } from '@/domain/saved-view'
import { asOfDay } from '@/domain/period'
import type { PortfolioContent } from '@/domain/portfolio'
import type { Dataset, DatasetContent } from '@/domain/types'
import { loadDb } from '@/db/load'
import { findDatasetByRef, parseDatasetRef, parseDatasetRefValue } from '@/domain/view-link'
import { useDatasetsStore } from './datasets'
import { useSavedViewsStore } from './saved-views'

export interface DeckSlide {
  /** 1-based position in the deck. */
  n: number
  view: SavedView
  spec: SlideSpec
  /** The view names a dataset that is not on this device. */
  missing: boolean
}

export interface DeckInput {
  /** The slides of one view from its data (src/charts/slides, given by the caller). */
  slidesOf: (view: SavedView, data: SlideData, dataset: Dataset | null) => SlideSpec[]
  missingText: (title: string) => string
}

export const useSlideDeckStore = defineStore('slideDeck', () => {
  const datasets = useDatasetsStore()
  const savedViews = useSavedViewsStore()
  /** The slides, replaced wholesale on each build. */
  const slides = shallowRef<DeckSlide[]>([])
  const building = ref(false)

  /** The dataset a view shows: the one its link names, else the active one. */
  function datasetOf(view: SavedView): { dataset: Dataset | null; missingTitle: string | null } {
    const ref = parseDatasetRef(view.query)
    if (!ref) return { dataset: datasets.activeDataset, missingTitle: null }
    const found = findDatasetByRef(datasets.datasets, ref) ?? null
    const name = ref.title ?? (ref.by === 'id' ? ref.id : ref.kind)
    return { dataset: found, missingTitle: found ? null : name }
  }

  /** Builds the deck from the saved views and the datasets they name. */
  async function build(input: DeckInput): Promise<DeckSlide[]> {
    building.value = true
    try {
      if (!savedViews.loaded) await savedViews.load()
      const contents = new Map<string, DatasetContent | null>()
      const content = async (id: string): Promise<DatasetContent | null> => {
        if (!contents.has(id)) contents.set(id, await datasets.getContent(id))
        return contents.get(id) ?? null
      }
      const strategyId = datasets.strategyDataset?.id
      const strategyGoals = strategyId ? ((await content(strategyId))?.goals ?? []) : []
      const out: DeckSlide[] = []
      /** The two versions an Endringer view compares, when both are on this device. */
      const versionsOf = async (view: SavedView) => {
        const [old, current] = await Promise.all(
          ['fra', 'til'].map(async (key) => {
            const value = view.query[key]
            const ref = typeof value === 'string' ? parseDatasetRefValue(value) : null
            const found = ref ? findDatasetByRef(datasets.datasets, ref) : undefined
            return found ? content(found.id) : null
          }),
        )
        return old && current ? { old, new: current } : undefined
      }
      /** The newest portfolio, costs of the newest cost reporting only (as the page shows). */
      let portfolio: PortfolioContent | undefined
      const portfolioOf = async () => {
        if (portfolio) return portfolio
        const latest = await loadDb().then((db) => db.getLatestPortfolio(db.getDatabase()))
        const asOf = (id: string) => datasets.datasets.find((d) => d.id === id)?.asOf ?? ''
        const newest = [...new Set(latest.costs.map((c) => c.datasetId))].sort((a, b) =>
          asOf(b).localeCompare(asOf(a)),
        )[0]
        portfolio = { ...latest, costs: latest.costs.filter((c) => c.datasetId === newest) }
        return portfolio
      }
      for (const view of savedViews.views) {
        const { dataset, missingTitle } = datasetOf(view)
        const portfolioData = view.path === '/portefolje' ? await portfolioOf() : undefined
        const compare = view.path === '/endringer' ? await versionsOf(view) : undefined
        const data = dataset ? await content(dataset.id) : null
        const specs =
          missingTitle !== null || !data
            ? [missingSlide(view, input.missingText(missingTitle ?? view.title))]
            : input.slidesOf(
                view,
                {
                  items: data.items,
                  subGoals: data.subGoals,
                  goals: data.goals.length > 0 ? data.goals : strategyGoals,
                  ...(dataset?.planYear !== undefined ? { planYear: dataset.planYear } : {}),
                  // The as-of line stands where the timeline page puts it: `2026-08` → 2026-08-01.
                  ...(asOfDay(dataset?.asOf) ? { asOf: asOfDay(dataset?.asOf) as string } : {}),
                  ...(compare ? { compare } : {}),
                  ...(portfolioData ? { portfolio: portfolioData } : {}),
                },
                dataset,
              )
        for (const spec of specs) out.push({ n: out.length + 1, view, spec, missing: missingTitle !== null })
      }
      slides.value = out
      return out
    } finally {
      building.value = false
    }
  }

  return { slides, building, build }
})

function missingSlide(view: SavedView, text: string): SlideSpec {
  return {
    title: view.title,
    note: view.note,
    caption: '',
    visual: { kind: 'message', text },
    alternative: { columns: [], rows: [] },
  }
}
