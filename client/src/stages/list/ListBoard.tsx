import { BoardCalm } from '../../boardKit/BoardCalm';
import { translate } from '../../i18n/translate';
import { BoardGoalCounts } from '../../ideas/BoardGoalCounts';
import { BoardGroups } from '../../ideas/BoardGroups';
import { BoardItems } from '../../ideas/BoardItems';
import { goalCounts, groupBySdg, groupByTheme } from '../../ideas/boardGroups';
import type { BoardStageProps } from '../stageParts';

/** A list on the board as the facilitator chose to show it: in order, by theme or by goal. Only
 * ideas on the list count: withdrawn and merged ones are gone from the wall (merged ones live on in
 * the card they joined). */
export function ListBoard({ view, stage, locale, bilingual, layoutKey, rotate }: BoardStageProps) {
  const items = view.items.filter((item) => item.stageId === stage.id && item.status === 'active');
  if (items.length === 0) {
    return (
      <BoardCalm
        icon="lightbulb"
        title={translate(locale, 'board.emptyTitle')}
        text={translate(locale, 'board.emptyText')}
      />
    );
  }
  const key = `${layoutKey}|${stage.display}`;
  switch (stage.display) {
    case 'list':
      return <BoardItems items={items} locale={locale} layoutKey={key} rotate={rotate} />;
    case 'themes': {
      const themes = view.themes.filter((theme) => theme.stageId === stage.id);
      return (
        <BoardGroups
          variant="themes"
          groups={groupByTheme(items, themes)}
          locale={locale}
          bilingual={bilingual}
          layoutKey={key}
          rotate={rotate}
        />
      );
    }
    case 'sdgs':
      return (
        <>
          <BoardGoalCounts counts={goalCounts(items)} locale={locale} />
          <BoardGroups
            variant="sdgs"
            groups={groupBySdg(items)}
            locale={locale}
            bilingual={bilingual}
            layoutKey={key}
            rotate={rotate}
          />
        </>
      );
    default: {
      const unreachable: never = stage.display;
      return unreachable;
    }
  }
}
