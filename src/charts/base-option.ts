/** What every chart option shares: fonts, colours of text, ECharts' aria description. */
import type { EChartsOption } from 'echarts'
import { FONT_FAMILY, INK, INK_MUTED, PAPER } from './palette'

/** The option parts common to all charts; `description` becomes the chart's `aria-label`. */
export function baseOption(description: string): EChartsOption {
  return {
    aria: { enabled: true, label: { enabled: true, description } },
    // The palette is made for white: the chart keeps a white ground under any app theme.
    backgroundColor: PAPER,
    textStyle: { fontFamily: FONT_FAMILY, color: INK },
    animationDuration: 400,
    tooltip: { trigger: 'item', confine: true, textStyle: { color: INK } },
  }
}

/**
 * A legend on one line above the plot, paged when it does not fit: a wrapped legend grows
 * downwards over the plot and the axis name, whatever the grid's top margin.
 */
export const topLegend = { type: 'scroll', top: 0, left: 'center', textStyle: { color: INK } } as const

/** Room above the plot for `topLegend`. */
export const TOP_LEGEND_GRID_TOP = 40

/** The count axis' name along the axis, left of its labels: never in the legend's row. */
export function sideAxisName(name: string) {
  return { name, nameLocation: 'middle', nameRotate: 90, nameGap: 36, nameTextStyle: axisNameStyle } as const
}

/**
 * Category labels that all show (`interval: 0`: ECharts would otherwise skip some when they
 * crowd), turned 45° when they would not fit side by side in a plot `plotWidth` pixels wide.
 * Widths are estimated (7 px a character plus a gap), which errs on the side of turning.
 */
export function categoryAxisLabel(labels: readonly string[], plotWidth = 480) {
  const needed = labels.reduce((sum, label) => sum + label.length * 7 + 12, 0)
  return { ...axisLabelStyle, interval: 0, rotate: needed > plotWidth ? 45 : 0 }
}

export const axisLabelStyle = { color: INK_MUTED, fontFamily: FONT_FAMILY }
export const axisNameStyle = { color: INK_MUTED, fontFamily: FONT_FAMILY }
