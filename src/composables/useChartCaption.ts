/** The caption lines of exported chart images: dataset and date, source, active filters. */
import { computed, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { FACET_KEYS, type ItemFilter } from '@/domain/filter'
import { formatAsOf } from '@/i18n/format'
import { useDatasetsStore } from '@/stores/datasets'
import { pushAll } from '@/domain/array'

export function useChartCaption(filter: Ref<ItemFilter> | null, extra: () => string[] = () => []) {
  const { t } = useI18n()
  const datasets = useDatasetsStore()

  /** The active filters in words: `Mål: 2; Aktør: helse-vest-rhf; År: 2024`. */
  const filtersText = computed(() => {
    const f = filter?.value
    if (!f) return t('charts.caption.noFilters')
    const parts = FACET_KEYS.filter((k) => f[k].length > 0).map(
      (k) => `${t(`filters.facets.${k}`)}: ${f[k].join(', ')}`,
    )
    if (f.year !== null) parts.push(`${t('filters.year')}: ${f.year}`)
    if (f.text.trim() !== '') parts.push(`${t('filters.search')}: «${f.text.trim()}»`)
    return parts.length > 0 ? parts.join('; ') : t('charts.caption.noFilters')
  })

  return computed(() => {
    const dataset = datasets.activeDataset
    const lines: string[] = []
    if (dataset) {
      lines.push(
        dataset.asOf
          ? t('charts.caption.dataset', { title: dataset.title, date: formatAsOf(dataset.asOf) })
          : dataset.title,
      )
      if (dataset.source) lines.push(t('dataset.source', { source: dataset.source }))
    }
    lines.push(t('charts.caption.filters', { filters: filtersText.value }))
    pushAll(lines, extra())
    return lines
  })
}
