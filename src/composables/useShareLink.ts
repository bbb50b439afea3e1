/**
 * "Kopier lenke": the current view's URL with the active dataset named by content. Where the
 * clipboard cannot be written (no `navigator.clipboard`, permission refused, not focused), the
 * link is offered in a read-only field to copy by hand instead of failing silently.
 */
import { ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { queryWithDataset } from '@/domain/view-link'
import { useDatasetsStore } from '@/stores/datasets'

/** How long to wait for the clipboard before offering the field (some browsers never answer). */
const CLIPBOARD_TIMEOUT_MS = 1500

async function writeClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
  if (!clipboard?.writeText) return false
  try {
    return await Promise.race([
      clipboard.writeText(text).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CLIPBOARD_TIMEOUT_MS)),
    ])
  } catch {
    return false
  }
}

export function useShareLink() {
  const route = useRoute()
  const router = useRouter()
  const datasets = useDatasetsStore()
  const copied = ref(false)
  /** The link to copy by hand, when the clipboard could not take it; null otherwise. */
  const fallback = ref<string | null>(null)

  /** The absolute URL that reopens this view on the active dataset. */
  function currentLink(): string {
    const query = queryWithDataset(route.query, datasets.activeDataset)
    const href = router.resolve({ path: route.path, query, hash: route.hash }).href
    return new URL(href, window.location.origin).toString()
  }

  async function copy(): Promise<string> {
    const link = currentLink()
    fallback.value = null
    if (await writeClipboard(link)) {
      copied.value = true
      setTimeout(() => (copied.value = false), 4000)
    } else {
      fallback.value = link
    }
    return link
  }

  return { copy, copied, fallback, currentLink }
}
