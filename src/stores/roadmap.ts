/** The content of the active dataset, and the strategy's goals, for the views. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { getDatabase, getDatasetContent } from '@/db'
import { planByActor, summariseGoals } from '@/domain/aggregate'
import { prepareSearchText } from '@/domain/filter'
import type { Goal, RoadmapItem, SubGoal } from '@/domain/types'
import { useDatasetsStore } from './datasets'

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

  const goalSummaries = computed(() => summariseGoals(goals.value, subGoals.value, items.value))
  const actorPlans = computed(() => planByActor(items.value))

  let generation = 0
  /** Goals of the newest strategy dataset that has any (a file of initiatives alone has none). */
  async function strategyGoals(strategyIds: readonly string[]): Promise<Goal[]> {
    const db = getDatabase()
    for (const id of strategyIds) {
      const found = (await getDatasetContent(db, id))?.goals ?? []
      if (found.length > 0) return found
    }
    return []
  }

  async function load(datasetId: string | null, strategyIds: readonly string[]): Promise<void> {
    const mine = ++generation
    const [content, strategy] = await Promise.all([
      datasetId ? getDatasetContent(getDatabase(), datasetId) : null,
      strategyGoals(strategyIds),
    ])
    if (mine !== generation) return // a newer selection won the race
    items.value = content?.items ?? []
    subGoals.value = content?.subGoals ?? []
    goals.value = content?.goals.length ? content.goals : strategy
    loadedId.value = datasetId
    loaded.value = true
    prepareSearchWhileIdle(mine)
  }

  /** Folds the items' search text in slices between frames, so the first keystroke is quick. */
  function prepareSearchWhileIdle(mine: number, from = 0): void {
    const SLICE = 5000
    if (mine !== generation || from >= items.value.length) return
    setTimeout(() => {
      if (mine !== generation) return
      prepareSearchText(items.value, subGoals.value, from, from + SLICE)
      prepareSearchWhileIdle(mine, from + SLICE)
    }, 0)
  }

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

  return { items, subGoals, goals, loadedId, loaded, goalSummaries, actorPlans }
})
