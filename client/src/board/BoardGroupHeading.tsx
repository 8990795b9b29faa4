import { type Locale, sdgByNumber } from '@majlis/shared';
import { translate } from '../i18n/translate';
import { textColorOn } from '../lib/contrast';
import { formatNumber } from '../lib/numbers';
import type { BoardGroupPage } from './boardGroups';

interface Props {
  readonly group: BoardGroupPage;
  readonly locale: Locale;
  /** The other language too: goal titles are official in both. */
  readonly bilingual: boolean;
  readonly id: string;
  /** How many idea lines the heading counts for when the board measures what fits. */
  readonly fitWeight: number;
}

const other = (locale: Locale): Locale => (locale === 'ar' ? 'en' : 'ar');

/** A group's name and how many ideas it holds: a theme, a goal on its UN colour, or the rest. */
export function BoardGroupHeading({ group, locale, bilingual, id, fitWeight }: Props) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const goal = group.kind === 'sdg' ? sdgByNumber(group.goal) : undefined;
  const name =
    group.kind === 'theme'
      ? group.name
      : group.kind === 'ungrouped'
        ? t('board.ungrouped')
        : group.kind === 'noGoal'
          ? t('board.noGoal')
          : (goal?.[locale] ?? '');
  const second = goal && bilingual ? goal[other(locale)] : undefined;
  return (
    <h2
      id={id}
      className={`board-group__head board-group__head--${group.kind}`}
      data-fit-item=""
      data-fit-weight={fitWeight}
    >
      {goal && (
        <span
          className="board-group__goal"
          style={{ backgroundColor: goal.color, color: textColorOn(goal.color) }}
          aria-hidden="true"
        >
          {goal.n}
        </span>
      )}
      <span className="board-group__names">
        <span className="board-group__name" dir={group.kind === 'theme' ? 'auto' : undefined}>
          {goal && <span className="visually-hidden">{goal.n} </span>}
          {name}
        </span>
        {second && (
          <span className="board-group__second" lang={other(locale)} dir={locale === 'ar' ? 'ltr' : 'rtl'}>
            {second}
          </span>
        )}
      </span>
      {/* Where a group goes on from the page before, its count was said there (and in the strip of
          goals); the room needs to know this is the same group more than the number again. */}
      {group.continued ? (
        <span className="board-group__continued">{t('board.continued')}</span>
      ) : (
        <span className="board-group__count">
          <span aria-hidden="true">{formatNumber(group.total)}</span>
          <span className="visually-hidden">{translate(locale, 'board.ideaCount', { n: group.total })}</span>
        </span>
      )}
    </h2>
  );
}
