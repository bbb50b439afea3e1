/**
 * Item page addresses as plain strings, for views that list thousands of items (the year plan):
 * a `<RouterLink>` per item is a component instance each, too many at 100 000 items. The links
 * are plain `<a href>`; `onLinkClick` on a container turns an ordinary click into in-app navigation.
 */
import { computed } from 'vue'
import { useRouter } from 'vue-router'
import { itemPath } from '@/domain/item-link'
import type { RoadmapItem } from '@/domain/types'
import { datasetRefOf, datasetRefQuery } from '@/domain/view-link'
import { useDatasetsStore } from '@/stores/datasets'

export function useItemHref() {
  const router = useRouter()
  const datasets = useDatasetsStore()
  /** `?ds=…` of each dataset, built once rather than per item. */
  const suffixes = computed(
    () =>
      new Map(
        datasets.datasets.map((d) => [d.id, `?${new URLSearchParams(datasetRefQuery(datasetRefOf(d)))}`]),
      ),
  )
  /** The app's base path ('' when served at the root), as the history adds it to every href. */
  const base = router.options.history.base
  const itemHref = (item: RoadmapItem): string =>
    base + itemPath(item.key) + (suffixes.value.get(item.datasetId) ?? '')

  /** A plain left click on an item link navigates in the app; new-tab clicks keep the browser's way. */
  function onLinkClick(event: MouseEvent): void {
    const link = (event.target as Element | null)?.closest?.('a[data-item-link]')
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    const href = link.getAttribute('href') ?? ''
    void router.push(href.startsWith(base) ? href.slice(base.length) : href)
  }
  return { itemHref, onLinkClick }
}
