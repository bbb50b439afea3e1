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

export const axisLabelStyle = { color: INK_MUTED, fontFamily: FONT_FAMILY }
export const axisNameStyle = { color: INK_MUTED, fontFamily: FONT_FAMILY }
