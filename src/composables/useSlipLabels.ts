/** The slip chart's words in the UI language (Endringer page and its slides). */
import { useI18n } from 'vue-i18n'
import type { SlipBy, SlipChartLabels } from '@/charts/slip-chart'
import { formatDatePoint } from '@/domain/period'

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

export function useSlipLabels(): (by: SlipBy) => SlipChartLabels {
  const { t } = useI18n()
  return (by) => ({
    title: t(`changes.slipTitle.${by}`),
    goal: (n) => t('goal.label', { n }),
    days: (n) => t('changes.slipDays', { n: signed(n) }),
    columns: {
      title: t('changes.slipColumns.title'),
      goal: t('changes.slipColumns.goal'),
      before: t('changes.slipColumns.before'),
      after: t('changes.slipColumns.after'),
      slip: t('changes.slipColumns.slip'),
      status: t('changes.slipColumns.status'),
    },
    tentative: t('filters.status.tentative'),
    planned: t('filters.status.planned'),
    truncated: (shown, total) => t('changes.slipTruncated', { shown, total }),
    date: (iso) => formatDatePoint({ date: iso, precision: 'day' }),
  })
}
