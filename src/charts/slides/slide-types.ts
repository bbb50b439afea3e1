/** What a slide is made of, before and after its chart is drawn. */
import type { EChartsOption } from 'echarts'

/** The logical size of every slide (16:9); pages and screens scale it. */
export const SLIDE_WIDTH = 1920
export const SLIDE_HEIGHT = 1080

export interface SlideTableColumn {
  label: string
  /** Share of the table's width, 0–1. */
  width: number
  /** Lines a cell may wrap to before it is shortened with «…». */
  maxLines?: number
  align?: 'start' | 'end'
}

export interface SlideTable {
  columns: SlideTableColumn[]
  rows: string[][]
}

export type SlideVisual =
  | { kind: 'chart'; option: EChartsOption }
  | { kind: 'table'; table: SlideTable }
  | { kind: 'message'; text: string }

export interface SlideSpec {
  /** Title as shown; follow-on slides carry «(forts. 2/3)». */
  title: string
  /** Speaker note: shown to the presenter only, never drawn on the slide. */
  note: string
  /** One line under the visual: dataset, version/as-of, filters in words, source. */
  caption: string
  visual: SlideVisual
  /** The numbers behind the visual, as a table for screen readers and the HTML deck. */
  alternative: SlideTable
}
