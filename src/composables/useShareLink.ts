/** "Kopier lenke": the current view's URL with the active dataset named in it. */
import { ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { datasetRefQuery } from '@/domain/view-link'
import { useDatasetsStore } from '@/stores/datasets'

export function useShareLink() {
  const route = useRoute()
  const router = useRouter()
  const datasets = useDatasetsStore()
  const copied = ref(false)

  /** The absolute URL that reopens this view on the active dataset. */
  function currentLink(): string {
    const dataset = datasets.activeDataset
    const query = dataset
      ? {
          ...route.query,
          ...datasetRefQuery({
            id: dataset.id,
            title: dataset.title,
            ...(dataset.asOf ? { version: dataset.asOf } : {}),
          }),
        }
      : route.query
    const href = router.resolve({ path: route.path, query, hash: route.hash }).href
    return new URL(href, window.location.origin).toString()
  }

  async function copy(): Promise<string> {
    const link = currentLink()
    await navigator.clipboard.writeText(link)
    copied.value = true
    setTimeout(() => (copied.value = false), 4000)
    return link
  }

  return { copy, copied, currentLink }
}
