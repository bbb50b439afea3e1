/**
 * The whole presentation as one PDF, made in the browser: each slide is shown in turn,
 * captured as it appears on screen (html-to-image), and written one image per page.
 */
import { nextTick, ref } from 'vue'
import { useRouter } from 'vue-router'
import { buildImagePdf, PAGE_SIZES, type PdfImagePage } from '@/export/image-pdf'
import { useSavedViewsStore } from '@/stores/saved-views'
import { useDownload } from './useDownload'
import { usePresentation } from './usePresentation'

export type PdfPageFormat = keyof typeof PAGE_SIZES

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/** Lets the slide render: route components load lazily and charts draw after a frame or two. */
async function settle(): Promise<void> {
  await nextTick()
  await frame()
  await new Promise((resolve) => setTimeout(resolve, 700))
  await frame()
}

function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

export function usePresentationPdf() {
  const store = useSavedViewsStore()
  const router = useRouter()
  const presentation = usePresentation()
  const { download } = useDownload()
  /** 1-based slide being captured, or null. */
  const progress = ref<number | null>(null)

  async function exportPdf(format: PdfPageFormat = 'a4'): Promise<void> {
    if (!store.loaded) await store.load()
    const { toJpeg } = await import('html-to-image')
    const pages: PdfImagePage[] = []
    const width = window.innerWidth
    const height = window.innerHeight
    const background = getComputedStyle(document.body).backgroundColor || '#ffffff'
    try {
      for (let n = 1; n <= store.views.length; n++) {
        progress.value = n
        await presentation.go(n)
        await settle()
        const root = document.getElementById('app') as HTMLElement
        // Only what is on screen: the slide bar and the top of the view, at 2× for sharp text.
        const dataUrl = await toJpeg(root, {
          quality: 0.9,
          pixelRatio: 2,
          width,
          height,
          backgroundColor: background,
        })
        pages.push({ jpeg: dataUrlBytes(dataUrl), width: width * 2, height: height * 2 })
      }
    } finally {
      progress.value = null
      await router.push('/visninger')
    }
    const pdf = buildImagePdf(pages, PAGE_SIZES[format])
    download(
      'veikart-presentasjon.pdf',
      new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    )
  }

  return { exportPdf, progress }
}
