/**
 * A document title per route and view state — «Tidslinje · Mål 2 · Tiltak for 2024 · Veikart» —
 * so tabs, history and screen readers can tell pages apart. While presenting, the slide's title.
 */
import { computed, watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import { parseFilterQuery } from '@/domain/filter-query'
import { findItemByKey } from '@/domain/item-link'
import { useDatasetsStore } from '@/stores/datasets'
import { useRoadmapStore } from '@/stores/roadmap'
import { useCurrentSlide } from './useCurrentSlide'

/** The nav label's message key of each route name. */
export const NAV_KEYS: Record<string, string> = {
  overview: 'nav.overview',
  items: 'nav.items',
  item: 'nav.items',
  goals: 'nav.goals',
  goal: 'nav.goals',
  actors: 'nav.actors',
  actor: 'nav.actors',
  'year-plan': 'nav.yearPlan',
  timeline: 'nav.timeline',
  views: 'nav.views',
  import: 'nav.import',
  datasets: 'nav.datasets',
}

export function usePageTitle(): void {
  const { t, te } = useI18n()
  const route = useRoute()
  const datasets = useDatasetsStore()
  const roadmap = useRoadmapStore()
  const presentation = useCurrentSlide()

  const title = computed(() => {
    const slide = presentation.current.value
    if (slide) return [slide.spec.title, t('presenter.bar'), 'Veikart'].join(' · ')
    const name = typeof route.name === 'string' ? route.name : ''
    const key = NAV_KEYS[name] ?? (te(`nav.${name}`) ? `nav.${name}` : null)
    const parts = [key ? t(key) : t('notFound.heading')]
    const param = (k: string) => (typeof route.params[k] === 'string' ? (route.params[k] as string) : '')
    // An actor's or item's name once the items are read; the link's own id only when none has it.
    const loaded = roadmap.loadedId === datasets.activeId
    if (name === 'goal') parts.push(t('goal.label', { n: param('n') }))
    else if (name === 'actor' && loaded)
      parts.push(roadmap.actorPlans.find((p) => p.actor.id === param('id'))?.actor.name ?? param('id'))
    else if (name === 'year-plan' && param('year')) parts.push(param('year'))
    else if (name === 'item' && loaded)
      parts.push(findItemByKey(roadmap.items, param('id'))?.title ?? param('id'))
    // Without a query there is no filter to name (a first visit's start page has none).
    else if (Object.keys(route.query).length > 0) {
      const { filter } = parseFilterQuery(route.query)
      if (filter.goals.length > 0) parts.push(filter.goals.map((n) => t('goal.label', { n })).join(', '))
    }
    if (datasets.activeDataset) parts.push(datasets.activeDataset.title)
    parts.push('Veikart')
    return parts.join(' · ')
  })
  // Not while the start page is rendered at build time (scripts/prerender): no document there.
  if (typeof document !== 'undefined')
    watchEffect(() => {
      document.title = title.value
    })
}
