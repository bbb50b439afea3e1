/**
 * An item's period as tables show it: the source's own notation when it has one, else the
 * dates. A lone start reads «fra …» and a lone end «til …»: a bare date would read like a
 * deadline. A function rather than a component, so a table of hundreds of rows makes no
 * component per row (ItemPeriod is this in a `<span>`).
 */
import { useI18n } from 'vue-i18n'
import { formatDatePoint, formatPeriod } from '@/domain/period'
import type { RoadmapItem } from '@/domain/types'

export function usePeriodText(): (item: RoadmapItem) => string {
  const { t } = useI18n()
  return (item) => {
    const { periodText, period } = item
    if (periodText) return periodText
    if (period.start && !period.end && !period.openEnded)
      return t('item.from', { date: formatDatePoint(period.start) })
    if (period.end && !period.start) return t('item.until', { date: formatDatePoint(period.end) })
    return formatPeriod(period) || t('item.noPeriod')
  }
}
