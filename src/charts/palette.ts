/**
 * Colours of every chart. The goal colours are the app's `--goal-1..5` (src/styles/main.css;
 * a unit test keeps the two equal): Okabe–Ito hues darkened so white text on them meets AA.
 * Phases are ordinal, so they get a sequential palette, cividis (made for colour-vision
 * deficiency, monotone in lightness); its light end fails 3:1 on white, so stacked segments
 * carry a dark outline and decal patterns, and every chart has a table with the numbers.
 */
import type { StackKey } from '@/domain/chart-data'
import type { GoalNumber } from '@/domain/types'

export const GOAL_COLOURS: Readonly<Record<GoalNumber, string>> = {
  1: '#005a8c',
  2: '#a34400',
  3: '#00704f',
  4: '#95487a',
  5: '#7a5000',
}

/** "No phase", "unknown status": a pale fill that reads as missing, hatched by a decal. */
export const MISSING_COLOUR = '#e1e5ea'

/**
 * Fills of the timeline legend's status swatches, which show a bar's outline: no phase colour
 * (a «Planlagt» swatch in the phase «Utvikling»'s colour read as that phase). Planned: paper
 * inside a solid outline; no status: this grey, without one.
 */
export const STATUS_SWATCH = { planned: '#ffffff', none: '#b8c0c8' } as const

export const STACK_COLOURS: Readonly<Record<StackKey, string>> = {
  konsept: '#00224e',
  utvikling: '#3b4a6b',
  tilpasning: '#7c7b78',
  innforing: '#bcaf6f',
  'i-bruk': '#fee838',
  none: MISSING_COLOUR,
  planned: '#3b4a6b',
  tentative: '#bcaf6f',
  unknown: MISSING_COLOUR,
  // Actor kinds are nominal, so categorical Okabe–Ito hues (outlined and patterned like the rest).
  rhf: '#0072b2',
  kommunal: '#e69f00',
  statlig: '#009e73',
  nhn: '#cc79a7',
  nasjonal: '#56b4e9',
  annet: '#d55e00',
  mixed: '#f0e442',
  noActor: MISSING_COLOUR,
  all: '#3b4a6b',
}

/** Timeline bars of items without a phase: mid grey-blue, distinct from every phase colour. */
export const NO_PHASE_COLOUR = '#8a9bb0'

/** Text and lines, as in main.css. */
export const INK = '#1b1f24'
export const INK_MUTED = '#4a525c'
export const PAPER = '#ffffff'
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

/** Heatmap ramp: from a pale tint to the app's accent colour. */
export const HEAT_LOW = '#e6eff3'
export const HEAT_HIGH = '#0b4f6c'

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** The colour a fraction `t` (0–1) of the way from `from` to `to`, as `#rrggbb`. */
export function mixColour(from: string, to: string, t: number): string {
  const a = channels(from)
  const b = channels(to)
  const clamped = Math.min(1, Math.max(0, t))
  return `#${a
    .map((v, i) =>
      Math.round(v + ((b[i] ?? v) - v) * clamped)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** WCAG relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Dark or white text, whichever contrasts more with the background. */
export function textColourOn(background: string): string {
  return contrastRatio(background, INK) >= contrastRatio(background, PAPER) ? INK : PAPER
}
