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

/** Width a chart panel has at least on a laptop (two panels side by side at 1280 px). */
const NARROW_CHART = 520
const LEGEND_ROW = 26

/**
 * A legend above the plot, every entry shown (wrapped onto rows), and the plot's top margin
 * that leaves room for those rows in a panel `chartWidth` wide. Widths are estimated (ECharts'
 * 25 px symbol, gaps, 7 px a character), erring wide. The count axis is named along its side
 * (`sideAxisName`), so the legend never meets it, however many rows it takes.
 */
export function topLegend(names: readonly string[], chartWidth = NARROW_CHART) {
  const widths = names.map((name) => 25 + 5 + name.length * 7 + 10)
  let rows = 1
  let used = 0
  for (const width of widths) {
    if (used > 0 && used + width > chartWidth - 16) {
      rows += 1
      used = 0
    }
    used += width
  }
  return {
    legend: { top: 0, left: 'center', textStyle: { color: INK } },
    gridTop: rows * LEGEND_ROW + 16,
  } as const
}

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
