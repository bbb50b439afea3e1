/** A slide's one-line caption: dataset, version/as-of, the view's filters in words, source. */
import { useI18n } from 'vue-i18n'
import { FACET_KEYS, isEmptyFilter, type ItemFilter } from '@/domain/filter'
import type { Dataset } from '@/domain/types'
import { formatAsOf } from '@/i18n/format'

export function useSlideCaption() {
  const { t } = useI18n()

  function filtersInWords(filter: ItemFilter): string {
    if (isEmptyFilter(filter)) return t('charts.caption.noFilters')
    const parts = FACET_KEYS.filter((k) => filter[k].length > 0).map(
      (k) => `${t(`filters.facets.${k}`)}: ${filter[k].join(', ')}`,
    )
    if (filter.year !== null) parts.push(`${t('filters.year')}: ${filter.year}`)
    if (filter.text.trim() !== '') parts.push(`${t('filters.search')}: «${filter.text.trim()}»`)
    return parts.join('; ')
  }

  /** `Tiltak for 2024, per mai 2023 · Filtre: ingen … · Kilde: …`. */
  return function caption(dataset: Dataset | null, filter: ItemFilter): string {
    const parts: string[] = []
    if (dataset)
      parts.push(
        dataset.asOf
          ? t('charts.caption.dataset', { title: dataset.title, date: formatAsOf(dataset.asOf) })
          : dataset.title,
      )
    parts.push(t('charts.caption.filters', { filters: filtersInWords(filter) }))
    if (dataset?.source) parts.push(t('dataset.source', { source: dataset.source }))
    return parts.join(' · ')
  }
}
