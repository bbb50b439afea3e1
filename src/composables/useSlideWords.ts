/** The words slides are drawn with, in the UI language, for the pure builders in src/charts/slides. */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { SlideWords } from '@/charts/slides/build-slides'
import { useChartLabels } from './useChartLabels'
import { useCountText } from './useCountText'
import { useGanttChartLabels } from './useGanttChartLabels'
import { formatNumber } from '@/i18n/format'
import { usePortfolioLabels } from './usePortfolioLabels'
import { useSlipLabels } from './useSlipLabels'
import type { GanttMark } from '@/domain/gantt-legend'
import { formatPeriod } from '@/domain/period'
import { PHASES, type Phase } from '@/domain/types'

export function useSlideWords(): ComputedRef<SlideWords> {
  const { t, locale } = useI18n()
  const count = useCountText()
  const chart = useChartLabels()
  const ganttLabels = useGanttChartLabels()
  const slipLabels = useSlipLabels()
  const portfolioLabels = usePortfolioLabels()
  /** Legend words of the Gantt's marks; a slide's as-of line is named without its date. */
  function markText(mark: GanttMark): string {
    if (mark.startsWith('phase:')) return t(`phase.${mark.slice(6)}`)
    if (mark === 'as-of') return t('slides.asOfMark')
    return t(`timeline.marks.${mark}`, { year: '' })
  }

  return computed(() => {
    void locale.value
    const phases = Object.fromEntries(PHASES.map((p) => [p, t(`phase.${p}`)])) as Record<Phase, string>
    return {
      chart: chart.value,
      gantt: ganttLabels(markText),
      ganttLayout: {
        phases,
        noActor: t('timeline.noActor'),
        noPhase: t('timeline.noPhase'),
        goal: (n) => t('goal.label', { n }),
      },
      columns: {
        item: t('itemTable.title'),
        goal: t('itemTable.goal'),
        actors: t('itemTable.actors'),
        period: t('itemTable.start'),
        phase: t('itemTable.phase'),
        actor: t('yearPlan.actor'),
        count: t('slides.count'),
        lane: t('timeline.lane'),
        subGoals: t('itemTable.subGoal'),
      },
      continued: (n, of) => t('slides.continued', { n, of }),
      undated: (n) => count('slides.undated', n),
      undatedTitle: t('slides.undatedTitle'),
      noItems: t('slides.noItems'),
      noActor: t('yearPlan.noActor'),
      slip: slipLabels,
      noComparison: t('slides.noComparison'),
      portfolio: portfolioLabels.value,
      number: formatNumber,
      goalTitle: (n, title) => (title ? `${t('goal.label', { n })}: ${title}` : t('goal.label', { n })),
      yearTitle: (year) => t('yearPlan.heading', { year }),
      periodText: (item) => item.periodText || formatPeriod(item.period) || t('item.noPeriod'),
      phaseText: (item) =>
        item.phase
          ? item.phase.from === item.phase.to
            ? phases[item.phase.from]
            : `${phases[item.phase.from]} – ${phases[item.phase.to]}`
          : '',
    }
  })
}
