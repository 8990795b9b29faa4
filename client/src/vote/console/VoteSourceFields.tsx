import { stageTitle, type WorkshopView } from '@majlis/shared';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n/useI18n';
import { invalidProps } from '../kinds/common/settingsInvalidProps';
import { settingsPartOf } from '../kinds/settingsParts';
import { earlierVotes } from './voteDraft';
import type { VoteFieldProps } from './voteFieldProps';

interface Props extends VoteFieldProps {
  readonly view: WorkshopView;
  readonly stageId: string;
  /** After the first opening the items are frozen: a new source would change nothing. */
  readonly fixed: boolean;
}

/**
 * What the room votes on: the ideas of a list stage, the top N of another vote, one theme, or (a
 * poll) its own options. Each choice carries its own picker beside it.
 */
export function VoteSourceFields(props: Props) {
  const { t, lang } = useI18n();
  const { draft, change, idBase, view, fixed } = props;
  const lists = view.stages.filter((s) => s.kind === 'list');
  const votes = earlierVotes(view.stages, props.stageId);
  const stageName = (id: string) => {
    const stage = view.stages.find((s) => s.id === id);
    return stage ? stageTitle(stage, lang) : '';
  };
  const field = (name: string) => `${idBase}-${name}`;

  if (settingsPartOf(draft.kind).ownOptions) {
    return (
      <div className="vote-form__group">
        <p className="vote-form__legend">{t('vote.console.source')}</p>
        <p className="field__hint">{t('vote.console.source.options')}</p>
      </div>
    );
  }

  const choice = (type: 'list' | 'top' | 'theme', available: boolean) => ({
    type: 'radio' as const,
    name: field('source'),
    checked: draft.sourceType === type,
    disabled: !available,
    onChange: () => change({ sourceType: type }),
    'aria-describedby': props.problem('source') ? `${idBase}-source-error` : undefined,
  });

  return (
    <fieldset className="vote-form__group" disabled={fixed}>
      <legend className="vote-form__legend">{t('vote.console.source')}</legend>
      <div className="vote-source">
        <label className="vote-form__radio">
          <input {...choice('list', lists.length > 0)} />
          {t('vote.console.source.list')}
        </label>
        <select
          id={field('src-list')}
          className="input input--compact"
          aria-label={t('vote.console.source.listStage')}
          value={draft.listStageId}
          disabled={draft.sourceType !== 'list'}
          onChange={(e) => change({ listStageId: e.target.value })}
        >
          {lists.length === 0 && <option value="">{t('vote.console.source.none')}</option>}
          {lists.map((s) => (
            <option key={s.id} value={s.id}>
              {stageTitle(s, lang)}
            </option>
          ))}
        </select>

        <label className="vote-form__radio">
          <input {...choice('top', votes.length > 0)} />
          {t('vote.console.source.top')}
        </label>
        <div className="vote-source__pair">
          <input
            id={field('topN')}
            className="input input--compact vote-form__number"
            inputMode="numeric"
            aria-label={t('vote.console.source.topN')}
            value={draft.topN}
            disabled={draft.sourceType !== 'top'}
            onChange={(e) => change({ topN: e.target.value })}
            {...invalidProps(props, 'topN')}
          />
          <select
            id={field('src-top')}
            className="input input--compact"
            aria-label={t('vote.console.source.voteStage')}
            value={draft.topStageId}
            disabled={draft.sourceType !== 'top'}
            onChange={(e) => change({ topStageId: e.target.value })}
          >
            {votes.length === 0 && <option value="">{t('vote.console.source.none')}</option>}
            {votes.map((s) => (
              <option key={s.id} value={s.id}>
                {stageTitle(s, lang)}
              </option>
            ))}
          </select>
        </div>

        <label className="vote-form__radio">
          <input {...choice('theme', view.themes.length > 0)} />
          {t('vote.console.source.theme')}
        </label>
        <select
          id={field('src-theme')}
          className="input input--compact"
          aria-label={t('vote.console.source.themeName')}
          value={draft.themeId}
          disabled={draft.sourceType !== 'theme'}
          onChange={(e) => change({ themeId: e.target.value })}
        >
          {view.themes.length === 0 && <option value="">{t('vote.console.source.none')}</option>}
          {view.themes.map((th) => (
            <option key={th.id} value={th.id}>
              {th.name} — {stageName(th.stageId)}
            </option>
          ))}
        </select>
      </div>
      {draft.sourceType === 'top' && <p className="field__hint">{t('vote.console.source.topHint')}</p>}
      <FieldError id={`${idBase}-topN-error`} message={props.problem('topN')} />
      <FieldError id={`${idBase}-source-error`} message={props.problem('source')} />
    </fieldset>
  );
}
