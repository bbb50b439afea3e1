/**
 * Slide themes for projectors. Text colours meet WCAG AAA (7:1) on their background in the
 * high-contrast theme and AA+ elsewhere (a unit test checks the ratios). Charts are drawn with
 * these colours on the slide's own ground, so a dark slide has no white chart box in it.
 */
import type { EChartsOption } from 'echarts'
import { GOAL_COLOURS, INK, INK_MUTED, PAPER, STACK_COLOURS } from '../palette'

export type SlideThemeName = 'standard' | 'dark' | 'contrast'
export const SLIDE_THEME_NAMES: readonly SlideThemeName[] = ['standard', 'dark', 'contrast']

export interface SlideTheme {
  name: SlideThemeName
  background: string
  text: string
  muted: string
  /** Grid lines, table rules. */
  rule: string
  accent: string
  /** Colours of the light palette replaced on this ground (goal colours brightened on dark). */
  recolour: Readonly<Record<string, string>>
}

/** Cividis' dark end lightened for a dark ground; the order of lightness is kept. */
const LIGHT_PHASES: Record<string, string> = {
  [STACK_COLOURS.konsept]: '#5b7fc7',
  [STACK_COLOURS.utvikling]: '#8593b5',
  [STACK_COLOURS.tilpasning]: '#a8a7a3',
}

/** Okabe–Ito as published: bright enough for a dark ground. */
const BRIGHT_GOALS: Record<string, string> = {
  [GOAL_COLOURS[1]]: '#56b4e9',
  [GOAL_COLOURS[2]]: '#e69f00',
  [GOAL_COLOURS[3]]: '#2fc59a',
  [GOAL_COLOURS[4]]: '#e08fc4',
  [GOAL_COLOURS[5]]: '#f0e442',
}

export const SLIDE_THEMES: Readonly<Record<SlideThemeName, SlideTheme>> = {
  standard: {
    name: 'standard',
    background: PAPER,
    text: INK,
    muted: INK_MUTED,
    rule: '#c9d0d8',
    accent: '#0b4f6c',
    recolour: {},
  },
  dark: {
    name: 'dark',
    background: '#11161c',
    text: '#f2f4f7',
    muted: '#c3cad3',
    rule: '#56626f',
    accent: '#7cc4e8',
    recolour: {
      ...BRIGHT_GOALS,
      ...LIGHT_PHASES,
      [INK]: '#f2f4f7',
      [INK_MUTED]: '#c3cad3',
      '#e4e8ec': '#3a444f',
      '#a30000': '#ff8a80',
    },
  },
  contrast: {
    name: 'contrast',
    background: '#000000',
    text: '#ffffff',
    muted: '#f0f0f0',
    rule: '#ffffff',
    accent: '#ffd500',
    recolour: {
      ...BRIGHT_GOALS,
      ...LIGHT_PHASES,
      [INK]: '#ffffff',
      [INK_MUTED]: '#f0f0f0',
      '#e4e8ec': '#8c8c8c',
      '#a30000': '#ff8a80',
    },
  },
}

/** A copy of `value` with every colour string of `map` replaced (keys compared case-blind). */
function recolourDeep(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return map.get(value.toLowerCase()) ?? value
  if (Array.isArray(value)) return value.map((v) => recolourDeep(v, map))
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = recolourDeep(v, map)
    return out
  }
  return value // functions (renderItem, formatters) and class instances stay as they are
}

/**
 * The option as drawn on a slide: the theme's ground and text colours, no animation, no
 * tooltip and no data zoom (a slide has nothing to hover or drag).
 */
export function themeChartOption(option: EChartsOption, theme: SlideTheme): EChartsOption {
  const map = new Map(Object.entries(theme.recolour).map(([k, v]) => [k.toLowerCase(), v]))
  const themed = recolourDeep(option, map) as EChartsOption
  const { dataZoom: _zoom, ...rest } = themed
  const textStyle = { ...(themed.textStyle as object | undefined), color: theme.text }
  return {
    ...rest,
    backgroundColor: 'transparent',
    animation: false,
    tooltip: { show: false },
    textStyle,
  }
}
