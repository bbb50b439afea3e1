/**
 * A count with its noun in the right number, the count written as the UI language writes numbers:
 * `count('timeline.countDrawn', 1)` → «1 element tegnet», `count('datasets.backedUp', 1234)` →
 * '1,234 datasets downloaded'. Every message that shows a count goes through here, so none
 * passes the count for the plural choice but forgets to format it (or the other way round).
 */
import { useI18n } from 'vue-i18n'
import { formatNumber } from '@/i18n/format'

/** Extra parameters of the message besides `n`. */
export type CountParams = Record<string, string | number>

export function useCountText(): (key: string, n: number, params?: CountParams) => string {
  const { t } = useI18n()
  return (key, n, params = {}) => t(key, { ...params, n: formatNumber(n) }, n)
}
