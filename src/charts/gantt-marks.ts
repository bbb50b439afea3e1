/** The as-of line and the shaded year, drawn alike on the interactive, axis and static charts. */
import { GANTT_RED } from './gantt-bar'
import { ms } from './gantt-data'
import type { GanttChartLabels } from './gantt-labels'

/** The as-of line, labelled with its date. */
export function markLineOf(asOf: string, labels: GanttChartLabels) {
  return {
    silent: true,
    symbol: 'none',
    animation: false,
    lineStyle: { color: GANTT_RED, width: 2, type: 'solid' as const },
    label: { formatter: labels.asOf(asOf), color: GANTT_RED, position: 'insideEndTop' as const },
    data: [{ xAxis: ms(asOf) }],
  }
}

/** The shaded year, or undefined without one. */
export function markAreaOf(year: number | null) {
  return year === null
    ? undefined
    : {
        silent: true,
        itemStyle: { color: 'rgba(11, 79, 108, 0.08)' },
        data: [[{ xAxis: Date.UTC(year, 0, 1) }, { xAxis: Date.UTC(year + 1, 0, 1) }]] as [
          { xAxis: number },
          { xAxis: number },
        ][],
      }
}
