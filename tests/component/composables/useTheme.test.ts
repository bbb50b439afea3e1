import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'

describe('useTheme', () => {
  it('starts from the theme kept on this device, applies a new one to the page and keeps it', async () => {
    localStorage.setItem('veikart.theme', 'contrast')
    vi.resetModules()
    const { useTheme } = await import('@/composables/useTheme')
    const { theme } = useTheme()
    expect(theme.value).toBe('contrast')
    expect(document.documentElement.dataset.theme).toBe('contrast')
    theme.value = 'dark'
    await nextTick()
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem('veikart.theme')).toBe('dark')
  })

  it('falls back to the standard theme for an unknown stored value', async () => {
    localStorage.setItem('veikart.theme', 'constructor')
    vi.resetModules()
    const { useTheme } = await import('@/composables/useTheme')
    expect(useTheme().theme.value).toBe('standard')
  })
})
