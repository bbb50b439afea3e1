import { describe, expect, it } from 'vitest'
import { escapeHtml } from '@/charts/escape-html'
import { pointIndex, tooltipHtml } from '@/charts/tooltip'

describe('escapeHtml', () => {
  it('replaces the five characters that are markup in HTML and XML', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(escapeHtml(`Tom & "Jerry" 'n' <b>`)).toBe('Tom &amp; &quot;Jerry&quot; &#39;n&#39; &lt;b&gt;')
    expect(escapeHtml('&amp;')).toBe('&amp;amp;')
    expect(escapeHtml('Nasjonal e-helse «2024» – æøå')).toBe('Nasjonal e-helse «2024» – æøå')
  })
})

describe('tooltipHtml and pointIndex', () => {
  it('escapes the heading and every line', () => {
    expect(tooltipHtml('<script>x</script>', ['a < b', 'ok'])).toBe(
      '<strong>&lt;script&gt;x&lt;/script&gt;</strong><br>a &lt; b<br>ok',
    )
  })

  it('reads indices from item params or the first of axis params, -1 when absent', () => {
    expect(pointIndex({ seriesIndex: 2, dataIndex: 3 })).toEqual({ seriesIndex: 2, dataIndex: 3 })
    expect(pointIndex([{ seriesIndex: 1, dataIndex: 0 }])).toEqual({ seriesIndex: 1, dataIndex: 0 })
    expect(pointIndex(undefined)).toEqual({ seriesIndex: -1, dataIndex: -1 })
    expect(pointIndex({ seriesIndex: '1' })).toEqual({ seriesIndex: -1, dataIndex: -1 })
  })
})
