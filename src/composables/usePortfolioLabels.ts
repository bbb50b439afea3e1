/** The portfolio charts' words in the UI language (Portefølje page and its slides). */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { PortfolioChartLabels } from '@/charts/portfolio'
import { useCountText } from './useCountText'

export function usePortfolioLabels(): ComputedRef<PortfolioChartLabels> {
  const { t } = useI18n()
  const count = useCountText()
  return computed<PortfolioChartLabels>(() => ({
    status: {
      rod: t('portfolioPage.status.rod'),
      gul: t('portfolioPage.status.gul'),
      gronn: t('portfolioPage.status.gronn'),
      none: t('portfolioPage.status.none'),
    },
    column: (c) => `${t(`portfolioPage.column.${c.measure}`)}, ${t(`portfolioPage.column.${c.round}`)}`,
    measures: (n) => count('portfolioPage.measures', n),
    measureCount: t('portfolioPage.measureCount'),
    year: t('portfolioPage.year'),
    solution: t('portfolioPage.solution'),
    mnok: t('portfolioPage.mnok'),
    total: t('portfolioPage.total'),
    round: t('portfolioPage.round'),
    notStated: t('portfolioPage.notStated'),
    series: {
      measures: t('portfolioPage.series.measures'),
      red: t('portfolioPage.series.red'),
      yellow: t('portfolioPage.series.yellow'),
    },
    titles: {
      status: t('portfolioPage.titles.status'),
      costs: t('portfolioPage.titles.costs'),
      dependencies: t('portfolioPage.titles.dependencies'),
      trend: t('portfolioPage.titles.trend'),
    },
    dependsOn: (measure, target) => t('portfolioPage.dependsOn', { measure, target }),
  }))
}
