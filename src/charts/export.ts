/** PNG and SVG export of a chart with its caption; runs in the browser (lazily loaded with the charts). */
import type { EChartsOption } from 'echarts'
import { buildCaptionedSvg, captionFont, layoutCaption, type ExportCaption } from './caption'
import { init } from './echarts-setup'
import { PAPER } from './palette'

export interface ExportSize {
  width: number
  height: number
}

/** The option as exported: no animation, no tooltip, on white or on nothing. */
function exportOption(option: EChartsOption, background: string): EChartsOption {
  return { ...option, animation: false, backgroundColor: background, tooltip: { show: false } }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('Could not draw the chart image'))
    image.src = url
  })
}

/**
 * A PNG at twice the size (for print and projectors), the caption above the chart; on white,
 * or transparent for slides with their own background.
 */
export async function renderChartPng(
  option: EChartsOption,
  size: ExportSize,
  caption: ExportCaption,
  transparent = false,
): Promise<Blob> {
  const background = transparent ? 'transparent' : PAPER
  const scale = 2
  const holder = document.createElement('div')
  const chart = init(holder, null, { renderer: 'canvas', width: size.width, height: size.height })
  let url: string
  try {
    chart.setOption(exportOption(option, background))
    url = chart.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: background })
  } finally {
    chart.dispose()
  }
  const image = await loadImage(url)
  const layout = layoutCaption(caption, size.width)
  const canvas = document.createElement('canvas')
  canvas.width = size.width * scale
  canvas.height = (layout.height + size.height) * scale
  const context = canvas.getContext('2d')
  if (!context) throw new Error('Canvas 2D is not available')
  context.scale(scale, scale)
  if (!transparent) {
    context.fillStyle = PAPER
    context.fillRect(0, 0, size.width, layout.height + size.height)
  }
  for (const line of layout.lines) {
    context.font = captionFont(line)
    context.fillStyle = line.colour
    context.fillText(line.text, line.x, line.y)
  }
  context.drawImage(image, 0, layout.height, size.width, size.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  )
}

/** An SVG document: a temporary SVG-renderer instance draws the chart, the caption goes above. */
export function renderChartSvg(option: EChartsOption, size: ExportSize, caption: ExportCaption): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height })
  try {
    chart.setOption(exportOption(option, PAPER))
    return buildCaptionedSvg(chart.renderToSVGString(), layoutCaption(caption, size.width), size.height)
  } finally {
    chart.dispose()
  }
}
