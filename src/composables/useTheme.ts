/**
 * Standard, dark and high-contrast themes (for projectors), remembered on this device. The theme
 * sets `data-theme` (Veikart's own adjustments, e.g. goal colours) and Designsystemet's
 * `data-color-scheme` (its light or dark tokens; high contrast builds on light).
 */
import { ref, watch } from 'vue'

export type Theme = 'standard' | 'dark' | 'contrast'
export const THEMES: readonly Theme[] = ['standard', 'dark', 'contrast']
const KEY = 'veikart.theme'

function stored(): Theme {
  const value = globalThis.localStorage?.getItem(KEY)
  return THEMES.includes(value as Theme) ? (value as Theme) : 'standard'
}

/** Designsystemet's colour scheme for a theme. */
export function colorScheme(value: Theme): 'light' | 'dark' {
  return value === 'dark' ? 'dark' : 'light'
}

const theme = ref<Theme>(stored())
watch(
  theme,
  (value) => {
    globalThis.localStorage?.setItem(KEY, value)
    if (typeof document === 'undefined') return
    document.documentElement.dataset.theme = value
    document.documentElement.dataset.colorScheme = colorScheme(value)
  },
  { immediate: true },
)

export function useTheme() {
  return { theme, THEMES }
}
