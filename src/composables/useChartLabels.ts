/** The charts' words in the current UI language, for the pure builders in src/charts. */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ChartLabels } from '@/charts/types'
import { PHASES } from '@/domain/types'

export function useChartLabels(): ComputedRef<ChartLabels> {
  const { t, locale } = useI18n()
  return computed(() => {
    void locale.value // recompute when the language changes
    const phases = Object.fromEntries(PHASES.map((p) => [p, t(`phase.${p}`)])) as Record<
      (typeof PHASES)[number],
      string
    >
    return {
      goal: (n) => t('goal.label', { n }),
      items: (n) => t('goal.items', n),
      subGoals: (n) => t('goal.subGoals', n),
      goalColumn: t('charts.goalColumn'),
      stack: {
        ...phases,
        none: t('charts.stack.none'),
        planned: t('charts.stack.planned'),
        tentative: t('charts.stack.tentative'),
        unknown: t('charts.stack.unknown'),
      },
      phase: t('charts.phase'),
      status: t('charts.status'),
      year: t('charts.year'),
      noStart: t('charts.noStart'),
      actor: t('charts.actor'),
      total: t('charts.total'),
      itemCount: t('charts.itemCount'),
      hierarchyName: t('charts.hierarchyName'),
      level: t('charts.level'),
      kind: {
        goal: t('charts.kind.goal'),
        subGoal: t('charts.kind.subGoal'),
        grouping: t('charts.kind.grouping'),
        noSubGoal: t('charts.kind.noSubGoal'),
      },
      noSubGoal: t('charts.noSubGoal'),
      titles: {
        goalStage: (by) => t(by === 'phase' ? 'charts.titles.goalPhase' : 'charts.titles.goalStatus'),
        startYear: t('charts.titles.startYear'),
        actorGoal: t('charts.titles.actorGoal'),
        hierarchy: t('charts.titles.hierarchy'),
      },
    }
  })
}
