/**
 * The width of the timeline's label column: widened by dragging its edge or with the arrow keys
 * on it, and remembered on this device (storage may be unavailable: then it is only applied).
 */
import { ref } from 'vue'

const WIDTH_KEY = 'veikart.timeline.labelWidth'
export const MIN_LABEL_WIDTH = 180
export const MAX_LABEL_WIDTH = 720
const DEFAULT_WIDTH = 340

function readLabelWidth(): number {
  try {
    const stored = Number(localStorage.getItem(WIDTH_KEY))
    if (stored >= MIN_LABEL_WIDTH && stored <= MAX_LABEL_WIDTH) return stored
  } catch {
    // No storage: the default.
  }
  return DEFAULT_WIDTH
}

/** The width a key asks for on the column's edge (Shift: bigger steps), or undefined. */
export function labelWidthForKey(width: number, key: string, shift: boolean): number | undefined {
  const step = shift ? 80 : 20
  const next: Record<string, number> = {
    ArrowLeft: width - step,
    ArrowRight: width + step,
    Home: MIN_LABEL_WIDTH,
    End: MAX_LABEL_WIDTH,
  }
  return Object.hasOwn(next, key) ? next[key] : undefined
}

export function useLabelWidth() {
  const labelWidth = ref(readLabelWidth())
  /** Sets the width (kept within the limits, whole pixels) and remembers it. */
  function setLabelWidth(px: number): void {
    labelWidth.value = Math.round(Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, px)))
    try {
      localStorage.setItem(WIDTH_KEY, String(labelWidth.value))
    } catch {
      // Not kept; still applied.
    }
  }
  return { labelWidth, setLabelWidth }
}
