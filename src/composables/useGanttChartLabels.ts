/** The timeline chart's words in the UI language (the timeline page and its slides). */
import { useI18n } from 'vue-i18n'
import type { GanttChartLabels } from '@/charts/gantt'
import { GANTT_MARKS, type GanttMark } from '@/domain/gantt-legend'
import { PHASES, type Phase } from '@/domain/types'
import { formatAsOf } from '@/i18n/format'
import { useCountText } from './useCountText'

/** A builder of the labels; `markText` names each legend mark (it may depend on the view). */
export function useGanttChartLabels(): (markText: (mark: GanttMark) => string) => GanttChartLabels {
  const { t } = useI18n()
  const count = useCountText()
  return (markText) => ({
    title: t('timeline.chartTitle'),
    phases: Object.fromEntries(PHASES.map((p) => [p, t(`phase.${p}`)])) as Record<Phase, string>,
    status: { planned: t('filters.status.planned'), tentative: t('filters.status.tentative') },
    noPhase: t('timeline.noPhase'),
    period: t('item.period'),
    phase: t('itemTable.phase'),
    statusLabel: t('itemTable.status'),
    actors: t('item.actors'),
    sourceRow: (row) => t('item.sourceRow', { row }),
    noEnd: t('timeline.noEnd'),
    openEnd: t('timeline.openEnd'),
    endBeforeStart: t('timeline.endBeforeStart'),
    startMissing: t('timeline.startMissing'),
    milestone: t('timeline.milestone'),
    asOf: (date) => t('timeline.asOfLine', { date: formatAsOf(date) }),
    lane: t('timeline.lane'),
    continuedLane: t('timeline.continuedLane'),
    chartSummary: (bars, rows) =>
      t('timeline.chartSummary', {
        bars: count('timeline.chartBars', bars),
        rows: count('timeline.chartRows', rows),
      }),
    uncertain: t('item.flags.uncertain'),
    marks: Object.fromEntries(GANTT_MARKS.map((m) => [m, markText(m)])) as Record<GanttMark, string>,
  })
}
