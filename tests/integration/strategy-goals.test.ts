import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { getDatabase, putDatasetContent } from '@/db'
import { importFile } from '@/import/run-import'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'

const settle = async () => {
  for (let i = 0; i < 20; i++) {
    await nextTick()
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('goal titles with a strategy file of initiatives only', () => {
  it('keep the titles of the strategy that has goals (was «Mål 1: Mål 1» for every goal)', async () => {
    setActivePinia(createPinia())
    const datasets = useDatasetsStore()
    const roadmap = useRoadmapStore()
    await datasets.init(getDatabase())
    await settle()
    const before = roadmap.goals.map((g) => g.title)
    expect(before).toHaveLength(5)
    const csv =
      'Mål;Kode;Tittel;Eier;Periode\n2;2D;Pasientens legemiddelliste;Helsedirektoratet;2024 - 2026\n'
    const outcome = await importFile(new TextEncoder().encode(csv), {
      fileName: 'initiativ.csv',
      datasetId: 'initiativ',
      now: new Date('2099-01-01T00:00:00Z'),
    })
    expect(outcome.content?.dataset.kind).toBe('strategy')
    expect(outcome.content?.goals).toEqual([])
    await putDatasetContent(getDatabase(), outcome.content!)
    await datasets.reload()
    await settle()
    expect(datasets.strategyDataset?.id).toBe('initiativ')
    expect(roadmap.goals.map((g) => g.title)).toEqual(before)
  })
})
