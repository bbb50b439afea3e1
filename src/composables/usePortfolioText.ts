/** Words the Portefølje page's sections share: where rows come from, and what a row lacks. */
import { useI18n } from 'vue-i18n'
import { formatAsOf } from '@/i18n/format'
import { usePortfolioStore } from '@/stores/portfolio'

export function usePortfolioText() {
  const { t } = useI18n()
  const store = usePortfolioStore()

  /** Source lines of the datasets some rows come from, for captions and exported images. */
  function sourceLines(datasetIds: readonly string[]): string[] {
    return [...new Set(datasetIds)].flatMap((id) => {
      const d = store.sources.get(id)
      if (!d) return []
      const title = d.asOf ? `${d.title} (${formatAsOf(d.asOf)})` : d.title
      return d.source ? [title, t('portfolioPage.source', { source: d.source })] : [title]
    })
  }

  /** «Mangler: …» for the fields a row lacks. */
  function missingText(missing: readonly string[]): string {
    return t('portfolioPage.incomplete', {
      fields: missing.map((f) => t(`portfolioPage.fields.${f}`)).join(', '),
    })
  }

  return { sourceLines, missingText }
}
