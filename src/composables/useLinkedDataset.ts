/**
 * A link may name a dataset (`?ds=…`): show it when it is here; when it is not, the page
 * explains which dataset is needed instead of showing other data or an empty chart.
 */
import { computed, watch } from 'vue'
import { useRoute } from 'vue-router'
import { parseDatasetRef } from '@/domain/view-link'
import { useDatasetsStore } from '@/stores/datasets'

export function useLinkedDataset() {
  const route = useRoute()
  const datasets = useDatasetsStore()
  const linked = computed(() => parseDatasetRef(route.query))
  const missing = computed(() => {
    const ref = linked.value
    if (!ref || datasets.status !== 'ready') return null
    return datasets.datasets.some((d) => d.id === ref.id) ? null : ref
  })
  watch(
    [linked, () => datasets.status],
    ([ref, status]) => {
      if (status !== 'ready' || !ref || ref.id === datasets.activeId) return
      if (datasets.itemDatasets.some((d) => d.id === ref.id)) void datasets.setActive(ref.id)
    },
    { immediate: true },
  )
  return { missing }
}
