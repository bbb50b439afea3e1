/**
 * Opening a file wherever it is dropped or chosen: a meeting pack is imported (only what is
 * missing) and presented from its first view; any other file goes to the import page's
 * analyse → commit. A page may claim drops for itself while it is shown (the missing-dataset
 * notice imports the dataset a link needs).
 */
import { onBeforeUnmount, onMounted, shallowRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useImportStore } from '@/stores/import'
import { useMeetingPackStore } from '@/stores/meeting-pack'
import { usePresentation } from './usePresentation'
import { loadIssueTexts } from './useIssueText'

/** A page's own handling of a dropped file, and what the drop target says while dragging. */
export interface DropClaim {
  take: (file: File) => void
  /** i18n key of the drop target's message. */
  hint: string
}

const claims = shallowRef<DropClaim[]>([])

/** While the calling component is mounted, files dropped anywhere on the page go to `claim`. */
export function useDropClaim(claim: DropClaim): void {
  onMounted(() => (claims.value = [...claims.value, claim]))
  onBeforeUnmount(() => (claims.value = claims.value.filter((c) => c !== claim)))
}

/** The claim in force (the last mounted), if any. */
export function currentDropClaim(): DropClaim | null {
  return claims.value.at(-1) ?? null
}

export function useOpenFile() {
  const route = useRoute()
  const router = useRouter()
  const pack = useMeetingPackStore()
  const importStore = useImportStore()
  const presentation = usePresentation()

  /** Presents the meeting pack just opened, from its first view. */
  async function presentPack(): Promise<void> {
    const first = pack.result?.firstSlide
    if (first) await presentation.start(first)
  }

  async function openFile(file: File): Promise<void> {
    // Any file may bring issues to show: fetch their texts while it is read.
    void loadIssueTexts()
    const outcome = await pack.openFile(file)
    if (outcome === 'opened') await presentPack()
    if (outcome !== 'not-pack') return
    if (route.path !== '/import') await router.push('/import')
    await importStore.chooseFile(file)
  }

  return { openFile, presentPack }
}
