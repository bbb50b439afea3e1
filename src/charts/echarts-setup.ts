/**
 * The one ECharts registration: only what the charts use, so the bundle stays small. Both
 * renderers: canvas on screen and for PNG export, SVG for SVG export. Components get the
 * chart component and ECharts functions from here, never from `echarts` itself; importing
 * this module is what loads ECharts, so it is only reached through lazily loaded components.
 */
import {
  BarChart,
  CustomChart,
  GraphChart,
  HeatmapChart,
  LineChart,
  SankeyChart,
  SunburstChart,
} from 'echarts/charts'
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components'
import { init, use } from 'echarts/core'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'
import VChart from 'vue-echarts'

use([
  BarChart,
  CustomChart,
  GraphChart,
  HeatmapChart,
  SankeyChart,
  LineChart,
  SunburstChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
])

export { init, VChart }
