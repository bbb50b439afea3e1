/** A slide's SVG as a PNG, drawn by the browser at the slide's full size (1920×1080). */
import { SLIDE_HEIGHT, SLIDE_WIDTH } from './slide-types'

export async function renderSlidePng(svg: string, scale = 1): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.decoding = 'sync'
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('Could not draw the slide'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = SLIDE_WIDTH * scale
    canvas.height = SLIDE_HEIGHT * scale
    const context = canvas.getContext('2d')
    if (!context) throw new Error('Canvas 2D is not available')
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
