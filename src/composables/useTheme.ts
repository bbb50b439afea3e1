/** Standard, dark and high-contrast themes (for projectors), remembered on this device. */
import { ref, watch } from 'vue'

export type Theme = 'standard' | 'dark' | 'contrast'
export const THEMES: readonly Theme[] = ['standard', 'dark', 'contrast']
const KEY = 'veikart.theme'

function stored(): Theme {
  const value = globalThis.localStorage?.getItem(KEY)
  return THEMES.includes(value as Theme) ? (value as Theme) : 'standard'
}

const theme = ref<Theme>(stored())
watch(
  theme,
  (value) => {
    globalThis.localStorage?.setItem(KEY, value)
    if (typeof document !== 'undefined') document.documentElement.dataset.theme = value
  },
  { immediate: true },
)

export function useTheme() {
  return { theme, THEMES }
}
