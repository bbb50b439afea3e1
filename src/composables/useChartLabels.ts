/** The charts' words in the current UI language, for the pure builders in src/charts. */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ChartLabels } from '@/charts/types'
import type { GoalStageDimension } from '@/domain/chart-data'
import { ACTOR_KINDS, PHASES } from '@/domain/types'

const GOAL_STAGE_TITLES: Record<GoalStageDimension, string> = {
  phase: 'charts.titles.goalPhase',
  status: 'charts.titles.goalStatus',
  actorKind: 'charts.titles.goalActorKind',
  total: 'charts.titles.goalTotal',
}

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
        ...(Object.fromEntries(ACTOR_KINDS.map((k) => [k, t(`charts.stack.${k}`)])) as Record<
          (typeof ACTOR_KINDS)[number],
          string
        >),
        mixed: t('charts.stack.mixed'),
        noActor: t('charts.stack.noActor'),
        all: t('charts.stack.all'),
      },
      phase: t('charts.phase'),
      status: t('charts.status'),
      actorKind: t('charts.actorKind'),
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
        goalStage: (by) => t(GOAL_STAGE_TITLES[by]),
        startYear: t('charts.titles.startYear'),
        actorGoal: t('charts.titles.actorGoal'),
        hierarchy: t('charts.titles.hierarchy'),
      },
    }
  })
}
