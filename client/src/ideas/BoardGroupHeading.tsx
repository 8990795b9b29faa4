import { type Locale, sdgByNumber } from '@majlis/shared';
import { placeStyle } from '../boardKit/useColumnFit';
import { translate } from '../i18n/translate';
import { textColorOn } from '../lib/contrast';
import { formatNumber } from '../lib/numbers';
import type { BoardGroup } from './boardGroups';

interface Props {
  readonly group: BoardGroup;
  readonly locale: Locale;
  /** The other language too: goal titles are official in both. */
  readonly bilingual: boolean;
  /** The group's place in the display, for the packing (`data-pack-group`). */
  readonly groupIndex: number;
  /** The group's heading (`head`), measured and labelling its section; the heading as it is repeated
   * where the group goes on, measured only (`cont`); or, without `pack`, that repeat where the
   * packing put one. */
  readonly pack?: 'head' | 'cont';
  readonly id?: string;
  readonly x: number;
  readonly y: number;
  readonly shown: boolean;
}

const other = (locale: Locale): Locale => (locale === 'ar' ? 'en' : 'ar');

/**
 * A group's name and how many ideas it holds: a theme, a goal on its UN colour, or the rest. Where the
 * group goes on in another column or page, the heading comes again saying so instead of the count;
 * screen readers hear it once, from the section it labels.
 */
export function BoardGroupHeading({ group, locale, bilingual, groupIndex, pack, id, x, y, shown }: Props) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const goal = group.kind === 'sdg' ? sdgByNumber(group.goal) : undefined;
  const continued = pack !== 'head';
  const name =
    group.kind === 'theme'
      ? group.name
      : group.kind === 'ungrouped'
        ? t('board.ungrouped')
        : group.kind === 'noGoal'
          ? t('board.noGoal')
          : (goal?.[locale] ?? '');
  const second = goal && bilingual ? goal[other(locale)] : undefined;
  // A repeat is for the eyes only: the section is labelled by its one real heading.
  const Tag = continued ? 'div' : 'h2';
  return (
    <Tag
      id={id}
      className={`board-group__head board-group__head--${group.kind} ${continued ? 'is-continued' : ''}`}
      data-pack={pack}
      data-pack-group={pack ? groupIndex : undefined}
      aria-hidden={continued ? 'true' : undefined}
      style={placeStyle(x, y, shown)}
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
        {/* A theme's name is the facilitator's: plain text in a box that takes its direction. */}
        <span className="board-group__name" dir={group.kind === 'theme' ? 'auto' : undefined}>
          {name}
        </span>
        {goal && <span className="visually-hidden"> ({goal.n})</span>}
        {second && (
          <span className="board-group__second" lang={other(locale)} dir={locale === 'ar' ? 'ltr' : 'rtl'}>
            {second}
          </span>
        )}
        {/* Where the group goes on from the column before, the count was said there: the room needs to
            know this is the same group more than the number again. */}
        {continued && <span className="board-group__continued">{t('board.continued')}</span>}
      </span>
      {!continued && (
        <span className="board-group__count">
          <span aria-hidden="true">{formatNumber(group.items.length)}</span>
          <span className="visually-hidden">
            {translate(locale, 'board.ideaCount', { n: group.items.length })}
          </span>
        </span>
      )}
    </Tag>
  );
}
