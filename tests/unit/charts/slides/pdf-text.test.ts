import { describe, expect, it } from 'vitest'
import { pdfSafeText } from '@/charts/slides/pdf-text'

describe('pdfSafeText', () => {
  it('keeps what the PDF standard fonts draw: Norwegian letters, quotes, dashes, the ellipsis', () => {
    const text = 'Åpen slutt – «Pasientens legemiddelliste» … Ærlig, økt, blå; 50 % € ™ “ ” —'
    expect(pdfSafeText(text)).toBe(text)
  })

  it('spells arrows and comparison signs the fonts lack', () => {
    expect(pdfSafeText('Åpen slutt (→)')).toBe('Åpen slutt (->)')
    expect(pdfSafeText('Fra → til, ≥ 80 %, ≤ 2, − 3')).toBe('Fra -> til, >= 80 %, <= 2, - 3')
  })

  it('drops marks the fonts lack and keeps the letter (Sámi and other names)', () => {
    expect(pdfSafeText('Čáhcesuolu, Ŋuorra, Đavvi, Łódź')).toBe('Cáhcesuolu, Nuorra, Davvi, Lódz')
  })

  it('writes thin and narrow spaces as spaces and anything else as a visible ?', () => {
    expect(pdfSafeText('1\u202f000\u2009kr')).toBe('1 000 kr')
    expect(pdfSafeText('OK ✅ 漢')).toBe('OK ? ?')
  })
})
