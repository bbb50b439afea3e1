/** The content of the active dataset, and the strategy's goals, for the views. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { loadDb } from '@/db/load'
import { readQuickOverview } from '@/db/quick-read'
import { planByActor, summariseGoals } from '@/domain/aggregate'
import { summariseDataset, withGoals, type DatasetSummary } from '@/domain/dataset-summary'
import type { FacetSummary } from '@/domain/facet-summary'
import { prepareSearchIndex } from '@/domain/search-index'
import { prepareFacets } from '@/domain/facet-slots'
import { stepInBackground, type Steps } from '@/lib/idle'
import type { Goal, RoadmapItem, SubGoal } from '@/domain/types'
import { useDatasetsStore } from './datasets'

/** Goals of the newest strategy dataset that has any (a file of initiatives alone has none). */
async function strategyGoals(strategyIds: readonly string[]): Promise<Goal[]> {
  const { getDatabase, getDatasetContent } = await loadDb()
  const db = getDatabase()
  for (const id of strategyIds) {
    const found = (await getDatasetContent(db, id))?.goals ?? []
    if (found.length > 0) return found
  }
  return []
}

/** A dataset's stored summary (null: stored before summaries were), and the goals it shows: its own, else the strategy's. */
interface StoredOverview {
  summary: DatasetSummary | null
  goals: Goal[]
}

async function summaryThroughDexie(
  datasetId: string,
  strategy: () => Promise<Goal[]>,
): Promise<StoredOverview | null | undefined> {
  const { getDatabase, getDatasetOverview } = await loadDb()
  const [stored, strategyList] = await Promise.all([getDatasetOverview(getDatabase(), datasetId), strategy()])
  return stored && { summary: stored.summary, goals: stored.goals.length ? stored.goals : strategyList }
}

/**
 * The summary (a few records), read before the items: asked for beside the read of 100 000
 * items, Chromium answered the summary only after it (the overview waited as long as before).
 * The overview draws from it while the items are still being read. It is read without Dexie
 * when it can be (db/quick-read.ts), so the first page need not wait for Dexie to load.
 */
async function readSummary(
  datasetId: string,
  strategyIds: readonly string[],
  strategy: () => Promise<Goal[]>,
): Promise<StoredOverview | null | undefined> {
  const raw = await readQuickOverview(datasetId, strategyIds)
  return raw
    ? { summary: raw.summary, goals: raw.goals.length ? raw.goals : raw.strategyGoals }
    : await summaryThroughDexie(datasetId, strategy)
}

/**
 * Indexes the items' search text, then works out their facets, in the background, so the first
 * keystroke or facet click finds them done; stops when `current` says a newer load has replaced
 * these items. Starting in an idle period and going on in background tasks (lib/idle.ts): a
 * view's first render (the timeline's chart is drawn a few tasks after the items arrive) must not
 * wait for them, nor a keystroke for more than one step (500 items: a few milliseconds).
 */
function prepareInBackground(
  items: readonly RoadmapItem[],
  subGoals: readonly SubGoal[],
  current: () => boolean,
): void {
  const STEP = 500
  const end = items.length
  const searchIndex: Steps = {
    end,
    step: (from) => {
      const to = Math.min(from + STEP, end)
      prepareSearchIndex(items, subGoals, to)
      return to
    },
  }
  const facets: Steps = {
    end,
    step: (from) => {
      prepareFacets(items, from, from + STEP)
      const to = Math.min(from + STEP, end)
      // For profiles and traces: when a keystroke no longer has anything to prepare.
      if (to === end) performance.mark('veikart-prepared')
      return to
    },
  }
  // An idle period waited for more than a second gets a short slice anyway (lib/idle.ts).
  stepInBackground([searchIndex, facets], current, 1000)
}

/** `next`, or `current` when it holds the same (the views need not draw it again). */
const sameOr = <T>(current: T, next: T): T =>
  JSON.stringify(current) === JSON.stringify(next) ? current : next

/**
 * The stored summary of the dataset `summaryId` names (the overview draws from it before the
 * items arrive), with its facet figures held apart: the build-time start has none, and the
 * stored summary that follows it must not count as new numbers for the overview for having them.
 */
function storedSummary() {
  const summary = shallowRef<DatasetSummary | null>(null)
  const facets = shallowRef<FacetSummary | null>(null)
  const summaryId = shallowRef<string | null>(null)
  function setSummary(next: DatasetSummary, datasetId: string | null): void {
    const { facets: panel, ...numbers } = next
    summary.value = sameOr(summary.value, numbers)
    facets.value = panel ?? null
    summaryId.value = datasetId
  }
  return { summary, facets, summaryId, setSummary }
}

export const useRoadmapStore = defineStore('roadmap', () => {
  const datasets = useDatasetsStore()

  /** Items of the active dataset; replaced wholesale, never mutated (shallowRef). */
  const items = shallowRef<RoadmapItem[]>([])
  const subGoals = shallowRef<SubGoal[]>([])
  /** Goals of the active dataset if it has them, else of the newest strategy dataset. */
  const goals = shallowRef<Goal[]>([])
  /** The dataset whose content `items` holds (null: none loaded yet), so a page can wait for it. */
  const loadedId = shallowRef<string | null>(null)
  /** True once the active dataset has been read: a page can draw whole, not grow under the reader. */
  const loaded = ref(false)

  const { summary, facets, summaryId, setSummary } = storedSummary()
  /** The overview's numbers with goal titles; null until the active dataset's summary is there. */
  const overview = computed(() => (summary.value ? withGoals(summary.value, goals.value) : null))

  /** The facet panel's figures with nothing chosen, while the summary is that of `items`. */
  const facetSummary = computed(() => (summaryId.value === loadedId.value ? facets.value : null))

  const goalSummaries = computed(() => summariseGoals(goals.value, subGoals.value, items.value))
  const actorPlans = computed(() => planByActor(items.value))

  let generation = 0
  async function load(datasetId: string | null, strategyIds: readonly string[]): Promise<void> {
    const mine = ++generation
    let strategyRead: Promise<Goal[]> | undefined
    const strategy = () => (strategyRead ??= strategyGoals(strategyIds))
    const quick = datasetId === null ? null : await readSummary(datasetId, strategyIds, strategy)
    if (mine !== generation) return
    if (quick?.summary) {
      goals.value = sameOr(goals.value, quick.goals)
      setSummary(quick.summary, datasetId)
    }
    const { getDatabase, getDatasetContent, putDatasetSummary } = await loadDb()
    const [content, strategyList] = await Promise.all([
      datasetId ? getDatasetContent(getDatabase(), datasetId) : null,
      strategy(),
    ])
    if (mine !== generation) return // a newer selection won the race
    items.value = content?.items ?? []
    subGoals.value = content?.subGoals ?? []
    goals.value = sameOr(goals.value, content?.goals.length ? content.goals : strategyList)
    if (!quick?.summary) {
      // Stored before summaries were: worked out once here, and kept for the next visit.
      const worked = summariseDataset(items.value, subGoals.value)
      setSummary(worked, datasetId)
      if (datasetId) void putDatasetSummary(getDatabase(), datasetId, worked).catch(() => undefined)
    }
    loadedId.value = datasetId
    loaded.value = true
    prepareInBackground(items.value, subGoals.value, () => mine === generation)
  }

  // A first visit: the bundled overview read at build time, until the stored one is read.
  watch(
    () => datasets.startOverview,
    (start) => {
      if (!start || loadedId.value !== null) return
      goals.value = start.goals
      setSummary(start.summary, start.datasetId)
    },
    { immediate: true },
  )

  watch(
    () => [datasets.status, datasets.activeId, datasets.datasets] as const,
    ([status, activeId]) => {
      if (status === 'ready')
        void load(
          activeId,
          datasets.strategyDatasets.map((d) => d.id),
        )
    },
    { immediate: true },
  )

  return {
    items,
    subGoals,
    goals,
    loadedId,
    loaded,
    summaryId,
    overview,
    facetSummary,
    goalSummaries,
    actorPlans,
  }
})
