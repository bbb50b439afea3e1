/**
 * Presentation mode: saved views as slides. The slide number lives in the URL (`?lysbilde=2`),
 * so the address always shows the current view and a presentation can be reopened.
 * Arrow keys, PageUp/PageDown and space move; Esc leaves (and ends full screen).
 */
import { computed, onBeforeUnmount, onMounted } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { viewLocation } from '@/domain/saved-view'
import { useSavedViewsStore } from '@/stores/saved-views'

export const SLIDE_KEY = 'lysbilde'

export function usePresentation() {
  const route = useRoute()
  const router = useRouter()
  const store = useSavedViewsStore()

  /** 1-based slide number from the URL, or null when not presenting. */
  const slide = computed(() => {
    const raw = route.query[SLIDE_KEY]
    const n = typeof raw === 'string' ? Number(raw) : NaN
    return Number.isInteger(n) && n >= 1 && n <= store.views.length ? n : null
  })
  const current = computed(() => (slide.value ? (store.views[slide.value - 1] ?? null) : null))
  const total = computed(() => store.views.length)

  function go(n: number): Promise<unknown> | undefined {
    const view = store.views[n - 1]
    if (!view) return undefined
    return router.push(viewLocation(view, { [SLIDE_KEY]: String(n) }))
  }

  async function start(n = 1): Promise<void> {
    if (!store.loaded) await store.load()
    // Full screen needs a user gesture; where it is refused the slides still work in the window.
    await document.documentElement.requestFullscreen?.().catch(() => undefined)
    await go(n)
  }

  async function stop(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined)
    const { [SLIDE_KEY]: _slide, ...rest } = route.query
    await router.push({ path: route.path, query: rest })
  }

  const next = () => (slide.value && slide.value < total.value ? go(slide.value + 1) : undefined)
  const previous = () => (slide.value && slide.value > 1 ? go(slide.value - 1) : undefined)

  return { slide, current, total, start, stop, next, previous, go }
}

/** Keyboard control while presenting; attach in the component that shows the slide bar. */
export function usePresentationKeys(presentation: ReturnType<typeof usePresentation>): void {
  function onKey(event: KeyboardEvent): void {
    if (!presentation.slide.value) return
    const target = event.target as HTMLElement | null
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return
    if (['ArrowRight', 'PageDown', ' '].includes(event.key)) {
      event.preventDefault()
      void presentation.next()
    } else if (['ArrowLeft', 'PageUp'].includes(event.key)) {
      event.preventDefault()
      void presentation.previous()
    } else if (event.key === 'Escape') {
      void presentation.stop()
    }
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
