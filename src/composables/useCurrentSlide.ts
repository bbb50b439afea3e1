/**
 * The slide being shown, if any: the slide number in the URL (`?lysbilde=2`) within the deck of
 * stores/slide-deck.ts. The app shell asks only this (whether to show the slide stage, the page
 * title); usePresentation adds the building and the moving, and loads with the slide stage.
 */
import { computed } from 'vue'
import { numberField } from '@/domain/url-query'
import { useSlideDeckStore, type DeckSlide } from '@/stores/slide-deck'
import { useUrlState } from './useUrlState'

export const SLIDE_KEY = 'lysbilde'

export function useCurrentSlide() {
  const url = useUrlState({ slide: numberField(SLIDE_KEY, { min: 1, integer: true }) })
  const deck = useSlideDeckStore()

  /** 1-based slide number from the URL, or null when not presenting. */
  const slide = computed(() => {
    const n = url.state.value.slide
    if (n === null) return null
    return deck.slides.length === 0 || n <= deck.slides.length ? n : null
  })
  const current = computed<DeckSlide | null>(() =>
    slide.value ? (deck.slides[slide.value - 1] ?? null) : null,
  )
  const total = computed(() => deck.slides.length)

  /** Leaves the presentation: the slide number goes from the URL. */
  function leave(): Promise<unknown> {
    return url.set({ slide: null })
  }

  return { slide, current, total, leave }
}
