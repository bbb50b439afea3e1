/**
 * A link may name a dataset (`?ds=veikart.3fa1…`, or an older link's local id): show it when
 * it is here, whatever its local id; when it is not, the page explains which dataset is needed
 * (and offers to import it) instead of showing other data or an empty chart.
 */
import { computed, watch } from 'vue'
import { useRoute } from 'vue-router'
import { datasetMatchesRef, findDatasetByRef, parseDatasetRef } from '@/domain/view-link'
import { useDatasetsStore } from '@/stores/datasets'

export function useLinkedDataset() {
  const route = useRoute()
  const datasets = useDatasetsStore()
  const linked = computed(() => parseDatasetRef(route.query))
  const found = computed(() => (linked.value ? findDatasetByRef(datasets.datasets, linked.value) : undefined))
  const missing = computed(() => {
    const ref = linked.value
    if (!ref || datasets.status !== 'ready') return null
    return found.value ? null : ref
  })
  watch(
    [linked, found, () => datasets.status],
    ([ref, dataset, status]) => {
      if (status !== 'ready' || !ref || !dataset || dataset.kind === 'strategy') return
      // The active dataset may already be this content under another id: keep it.
      const active = datasets.activeDataset
      if (active && datasetMatchesRef(active, ref)) return
      void datasets.setActive(dataset.id)
    },
    { immediate: true },
  )
  return { missing, linked }
}
