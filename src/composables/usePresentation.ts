/**
 * Presentation mode: the saved views as slides (see stores/slide-deck.ts). The slide number
 * lives in the URL (`?lysbilde=2`) on the view's own address, so the address always names the
 * current view and a presentation can be reopened. Arrow keys, PageUp/PageDown and space move;
 * Esc leaves (and ends full screen).
 */
import { onBeforeUnmount, onMounted } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { viewLocation } from '@/domain/saved-view'
import { useSlideDeckStore, type DeckSlide } from '@/stores/slide-deck'
import { SLIDE_KEY, useCurrentSlide } from './useCurrentSlide'
import { useSlideCaption } from './useSlideCaption'
import { useSlideWords } from './useSlideWords'

export function usePresentation() {
  const router = useRouter()
  const { slide, current, total, leave } = useCurrentSlide()
  const deck = useSlideDeckStore()
  const { t } = useI18n()
  const words = useSlideWords()
  const caption = useSlideCaption()

  /** Builds the slides afresh (views, data and language as they are now). */
  async function buildDeck(): Promise<DeckSlide[]> {
    // The slide builders (and the chart builders they use) load with the first presentation.
    const { buildViewSlides, viewFilter } = await import('@/charts/slides/build-slides')
    const today = new Date().toISOString().slice(0, 10)
    return deck.build({
      slidesOf: (view, data, dataset) =>
        buildViewSlides({
          view,
          data,
          words: words.value,
          caption: caption(dataset, viewFilter(view)),
          today,
        }),
      missingText: (title) => t('slides.missingDataset', { title }),
    })
  }

  function go(n: number): Promise<unknown> | undefined {
    const target = deck.slides[n - 1]
    if (!target) return undefined
    return router.push(viewLocation(target.view, { [SLIDE_KEY]: String(n) }))
  }

  async function start(n = 1): Promise<void> {
    // Full screen needs a user gesture: ask before any await, or the gesture is spent.
    const fullscreen = document.documentElement.requestFullscreen?.().catch(() => undefined)
    await buildDeck()
    await fullscreen
    await go(n)
  }

  /** Starts at the first slide of a saved view («Presenter herfra»). */
  async function startAt(viewId: string): Promise<void> {
    const fullscreen = document.documentElement.requestFullscreen?.().catch(() => undefined)
    const slides = await buildDeck()
    await fullscreen
    await go(slides.find((s) => s.view.id === viewId)?.n ?? 1)
  }

  async function stop(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined)
    await leave()
  }

  const next = () => (slide.value && slide.value < total.value ? go(slide.value + 1) : undefined)
  const previous = () => (slide.value && slide.value > 1 ? go(slide.value - 1) : undefined)

  return { slide, current, total, start, startAt, stop, next, previous, go, buildDeck }
}

/** Keyboard control while presenting; attach in the component that shows the slide. */
export function usePresentationKeys(presentation: ReturnType<typeof usePresentation>): void {
  function onKey(event: KeyboardEvent): void {
    if (!presentation.slide.value) return
    const target = event.target as HTMLElement | null
    if (target && ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(target.tagName) && event.key === ' ')
      return
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return
    if (['ArrowRight', 'PageDown', ' '].includes(event.key)) {
      event.preventDefault()
      void presentation.next()
    } else if (['ArrowLeft', 'PageUp'].includes(event.key)) {
      event.preventDefault()
      void presentation.previous()
    } else if (event.key === 'Home') {
      event.preventDefault()
      void presentation.go(1)
    } else if (event.key === 'End') {
      event.preventDefault()
      void presentation.go(presentation.total.value)
    } else if (event.key === 'Escape') {
      void presentation.stop()
    }
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
