/** A slide's one-line caption: dataset, version/as-of, the view's filters in words, source. */
import { useI18n } from 'vue-i18n'
import { FACET_KEYS, isEmptyFilter, type ItemFilter } from '@/domain/filter'
import type { Dataset } from '@/domain/types'
import { formatAsOf } from '@/i18n/format'

/** The filter in words: `Mål: 2; Aktør: nhn; År: 2024`, or «ingen (alle tiltak …)». */
export function useFilterWords(): (filter: ItemFilter) => string {
  const { t } = useI18n()
  return function filtersInWords(filter: ItemFilter): string {
    if (isEmptyFilter(filter)) return t('charts.caption.noFilters')
    const parts = FACET_KEYS.filter((k) => filter[k].length > 0).map(
      (k) => `${t(`filters.facets.${k}`)}: ${filter[k].join(', ')}`,
    )
    if (filter.year !== null) parts.push(`${t('filters.year')}: ${filter.year}`)
    if (filter.text.trim() !== '') parts.push(`${t('filters.search')}: «${filter.text.trim()}»`)
    return parts.join('; ')
  }
}

export function useSlideCaption() {
  const { t } = useI18n()
  const filtersInWords = useFilterWords()

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
