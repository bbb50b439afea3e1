/**
 * What the app shell needs to receive files and meeting packs from outside, without the code
 * that opens them: a file dropped anywhere (or chosen on the import page) is handed over here,
 * and the opener (MeetingPackStatus, with useOpenFile, the meeting-pack store and presentation
 * mode) is fetched when there is something to open: a handed-over file or a `?pakke=` address.
 * A page may claim drops for itself while it is shown (the missing-dataset notice imports the
 * dataset a link needs).
 */
import { computed, onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import { useRoute } from 'vue-router'

/** The query key of a meeting pack published on a web server: `?pakke=<url>`. */
export const PACK_KEY = 'pakke'

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

/** Files handed over and not yet taken by the opener, oldest first. */
const pending = shallowRef<File[]>([])
/** Whether the opener has been asked for once (it then stays, to show how the opening went). */
const asked = ref(false)

/** Hands a file to the opener: a meeting pack is presented, another file goes to Import. */
export function handOverFile(file: File): void {
  pending.value = [...pending.value, file]
  asked.value = true
}

/** The files handed over since the last call, for the opener. */
export function takeHandedOverFiles(): File[] {
  const files = pending.value
  if (files.length > 0) pending.value = []
  return files
}

/** The files waiting, reactively (the opener watches it). */
export const handedOverCount = computed(() => pending.value.length)

/** Whether the opener is needed: a file was handed over, or the address named a meeting pack. */
export function useOpenerNeeded(): Readonly<Ref<boolean>> {
  const route = useRoute()
  watch(
    () => route.query[PACK_KEY],
    (address) => {
      if (address !== undefined) asked.value = true
    },
    { immediate: true },
  )
  return asked
}
