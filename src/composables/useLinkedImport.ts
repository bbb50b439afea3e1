/**
 * Importing the dataset a link needs, right where the link says it is missing. The file goes
 * through the normal import (the worker's analyse → commit); it is stored only when it is the
 * dataset the link names (same kind and file checksum), so the view then opens with the same
 * numbers. Any other file is reported as expected-vs-got and nothing is written.
 */
import { ref, shallowRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { IssueMessage } from '@/domain/import-issue'
import type { Dataset } from '@/domain/types'
import { isLinkedDataset, queryWithDataset, type DatasetRef } from '@/domain/view-link'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'
import { createImportClient } from '@/workers/import-client'

export type LinkedImportState =
  | { status: 'idle' }
  | { status: 'analysing'; fileName: string }
  | { status: 'committing'; fileName: string }
  | { status: 'mismatch'; fileName: string; got: Dataset }
  | { status: 'unreadable'; fileName: string; message: IssueMessage | null }
  | { status: 'failed'; fileName: string; message: string }

export function useLinkedImport() {
  const route = useRoute()
  const router = useRouter()
  const datasets = useDatasetsStore()
  const roadmap = useRoadmapStore()
  const state = shallowRef<LinkedImportState>({ status: 'idle' })
  const busy = ref(false)

  async function importFor(file: File, wanted: DatasetRef): Promise<void> {
    if (busy.value) return
    busy.value = true
    const fileName = file.name
    const client = createImportClient()
    try {
      state.value = { status: 'analysing', fileName }
      const report = await client.analyse({
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName,
        // A bundle or meeting pack with several datasets: read the one the link needs.
        options: wanted.by === 'content' ? { want: { kind: wanted.kind, checksum: wanted.checksum } } : {},
        goals: [...roadmap.goals],
      })
      const got = report.dataset
      const storable = report.counts.items + report.counts.goals + report.counts.subGoals > 0
      if (!got || !storable) {
        const first = report.issues.find((i) => i.severity === 'error')
        state.value = {
          status: 'unreadable',
          fileName,
          message: first?.message ?? null,
        }
        return
      }
      if (!isLinkedDataset(got, wanted)) {
        // Nothing was written: the analysis is simply dropped with the worker.
        state.value = { status: 'mismatch', fileName, got }
        return
      }
      state.value = { status: 'committing', fileName }
      const id = await client.commit({}, () => undefined)
      await datasets.reload()
      await datasets.setActive(id)
      const stored = datasets.datasets.find((d) => d.id === id)
      // An old link names a local id this device will never have: name the dataset by content.
      if (wanted.by === 'id' && stored)
        await router.replace({
          path: route.path,
          query: queryWithDataset(route.query, stored),
          hash: route.hash,
        })
      state.value = { status: 'idle' }
    } catch (error) {
      state.value = {
        status: 'failed',
        fileName,
        message: error instanceof Error ? error.message : String(error),
      }
    } finally {
      client.dispose()
      busy.value = false
    }
  }

  return { state, busy, importFor }
}
