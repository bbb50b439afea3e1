import { describe, expect, it } from 'vitest'
import { buildImagePdf, PAGE_SIZES } from '@/export/image-pdf'

// The smallest valid JPEG is not needed: the writer copies bytes as they are.
const fakeJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])

describe('buildImagePdf', () => {
  const pdf = buildImagePdf(
    [
      { jpeg: fakeJpeg, width: 1600, height: 900 },
      { jpeg: fakeJpeg, width: 800, height: 800 },
    ],
    PAGE_SIZES['16:9'],
  )
  const text = new TextDecoder('latin1').decode(pdf)

  it('has one page per image, in a page tree the trailer points to', () => {
    expect(text.startsWith('%PDF-1.4')).toBe(true)
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(text).toContain('/Type /Pages /Count 2 /Kids [3 0 R 6 0 R]')
    expect(text.match(/\/Type \/Page /g)).toHaveLength(2)
    expect(text).toContain('/MediaBox [0 0 841.89 473.56]')
  })

  it('points the cross-reference table at each object', () => {
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1])
    expect(text.slice(xref, xref + 4)).toBe('xref')
    const entries = text.slice(xref).split('\n').slice(3, 11)
    entries.forEach((entry, index) => {
      const offset = Number(entry.slice(0, 10))
      expect(text.slice(offset, offset + `${index + 1} 0 obj`.length)).toBe(`${index + 1} 0 obj`)
    })
  })

  it('embeds the JPEG bytes unchanged and scales each image to fit, centred', () => {
    expect(text).toContain(
      '/Width 1600 /Height 900 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length 9',
    )
    expect(text).toContain('q 841.88 0 0 473.56 0.00 0.00 cm /Im0 Do Q')
    expect(text).toContain('q 473.56 0 0 473.56 184.16 0.00 cm /Im1 Do Q')
  })
})
