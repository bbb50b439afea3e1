/**
 * Draws a slide: charts through ECharts' SVG renderer (server-side mode, no DOM needed), then
 * composed with the title and caption into one SVG document. Runs in the browser and in Node.
 */
import { init } from '../echarts-setup'
import { CHART_SCALE, CHART_SIZE } from './slide-gantt'
import { composeSlideSvg, innerSvg, TABLE_SIZE, tableSvg, VISUAL_BOX } from './slide-svg'
import { escapeHtml } from '../escape-html'
import { FONT_FAMILY } from '../palette'
import { themeChartOption, type SlideTheme } from './slide-theme'
import type { SlideSpec, SlideVisual } from './slide-types'

function chartBody(visual: Extract<SlideVisual, { kind: 'chart' }>, theme: SlideTheme): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE })
  let svg: string
  try {
    chart.setOption(themeChartOption(visual.option, theme))
    svg = chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
  const placed = `<g class="slide-chart" transform="translate(${VISUAL_BOX.x} ${VISUAL_BOX.y}) scale(${CHART_SCALE})">${innerSvg(svg)}</g>`
  return placed
}

function messageBody(text: string, theme: SlideTheme): string {
  const y = VISUAL_BOX.y + VISUAL_BOX.height / 2
  return `<text x="${VISUAL_BOX.x + VISUAL_BOX.width / 2}" y="${y}" text-anchor="middle" font-family="${escapeHtml(FONT_FAMILY)}" font-size="${TABLE_SIZE * 1.4}" fill="${theme.muted}">${escapeHtml(text)}</text>`
}

/** The slide as a standalone SVG document; `counter` is e.g. `3 / 12`. */
export function renderSlideSvg(spec: SlideSpec, theme: SlideTheme, counter: string): string {
  const { visual } = spec
  const body =
    visual.kind === 'chart'
      ? chartBody(visual, theme)
      : visual.kind === 'table'
        ? tableSvg(visual.table, theme)
        : messageBody(visual.text, theme)
  return composeSlideSvg({
    title: spec.title,
    caption: spec.caption,
    counter,
    theme,
    body,
    label: spec.title,
  })
}
