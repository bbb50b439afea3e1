/**
 * Opening a file wherever it is dropped or chosen: a meeting pack is imported (only what is
 * missing) and presented from its first view; any other file goes to the import page's
 * analyse → commit. The app shell does not hold this: files reach it through
 * useFileHandOver.ts, and MeetingPackStatus (loaded then) opens them.
 */
import { useRoute, useRouter } from 'vue-router'
import { useMeetingPackStore } from '@/stores/meeting-pack'
import { usePresentation } from './usePresentation'
import { loadIssueTexts } from './useIssueText'

export function useOpenFile() {
  const route = useRoute()
  const router = useRouter()
  const pack = useMeetingPackStore()
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
    // The import store (and the series and comparison code it holds) loads with the first file
    // that is not a pack: opening a meeting pack's address does not fetch it.
    const [{ useImportStore }] = await Promise.all([
      import('@/stores/import'),
      route.path !== '/import' ? router.push('/import') : undefined,
    ])
    await useImportStore().chooseFile(file)
  }

  return { openFile, presentPack }
}
