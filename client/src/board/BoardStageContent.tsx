import type { Locale, NoteBlock, PresenceCounts, StageView, WorkshopView } from '@majlis/shared';
import { translate } from '../i18n/translate';
import { BoardCalm } from './BoardCalm';
import { BoardGoalCounts } from './BoardGoalCounts';
import { BoardGroups } from './BoardGroups';
import { BoardItems } from './BoardItems';
import { BoardOutcomes } from './BoardOutcomes';
import { BoardVote } from './BoardVote';
import { goalCounts, groupBySdg, groupByTheme } from './boardGroups';
import { stageOutcomes } from './outcomeSections';

interface Props {
  readonly view: WorkshopView;
  readonly stage: StageView;
  readonly locale: Locale;
  readonly bilingual: boolean;
  readonly layoutKey: string;
  readonly rotate: boolean;
  /** Who is here: a vote's turnout is counted against it. */
  readonly presence?: PresenceCounts | undefined;
  /** A vote's results by stakeholder group rather than overall. */
  readonly byGroup?: boolean;
  /** The stage's running notes (readNotes), for a notes stage. */
  readonly notes?: readonly NoteBlock[];
}

/** What fills the board under the heading: the list as the facilitator chose to show it (in order,
 * by theme, by goal), a vote, the outcomes and notes of a notes stage, or a calm panel. Only ideas on the list count:
 * withdrawn and merged ones are gone from the wall (merged ones live on in the card they joined). */
export function BoardStageContent(props: Props) {
  const { view, stage, locale, bilingual, layoutKey, rotate } = props;
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  if (stage.kind === 'vote') {
    return (
      <BoardVote
        view={view}
        stage={stage}
        locale={locale}
        presence={props.presence}
        byGroup={props.byGroup ?? false}
        layoutKey={layoutKey}
        rotate={rotate}
      />
    );
  }
  if (stage.kind === 'notes') {
    return (
      <BoardOutcomes
        outcomes={stageOutcomes(view.outcomes, stage.id)}
        notes={props.notes ?? []}
        items={view.items}
        locale={locale}
        bilingual={bilingual}
        layoutKey={layoutKey}
        rotate={rotate}
      />
    );
  }
  if (stage.kind !== 'list') {
    return <BoardCalm icon="clock" title={t(`board.${stage.kind}`)} />;
  }
  const items = view.items.filter((item) => item.stageId === stage.id && item.status === 'active');
  if (items.length === 0) {
    return <BoardCalm icon="lightbulb" title={t('board.emptyTitle')} text={t('board.emptyText')} />;
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
