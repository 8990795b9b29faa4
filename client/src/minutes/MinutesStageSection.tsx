import type { Locale, Minutes, MinutesItem, MinutesStage } from '@majlis/shared';
import { useMemo } from 'react';
import { SdgChip } from '../components/SdgChip';
import { formatNumber } from '../lib/numbers';
import { MinutesOutcomes } from './MinutesOutcomes';
import { MinutesVoteSection } from './MinutesVoteSection';
import { NoteBlocks } from './NoteBlocks';
import { noteHeadingTags } from './noteHeadings';

interface Props {
  readonly stage: MinutesStage;
  readonly labels: Minutes['labels'];
  readonly locale: Locale;
}

function ItemEntry({
  item,
  labels,
  locale,
}: {
  item: MinutesItem;
  labels: Minutes['labels'];
  locale: Locale;
}) {
  const sep = locale === 'ar' ? '، ' : ', ';
  return (
    <li className="minutes-item" value={item.n}>
      <p className="minutes-item__title" dir="auto">
        {item.title}
      </p>
      {item.description && (
        <p className="minutes-item__description" dir="auto">
          {item.description}
        </p>
      )}
      {(item.sdgs.length > 0 || item.groups.length > 0 || item.theme) && (
        <p className="minutes-item__meta">
          {item.sdgs.length > 0 && (
            <span className="minutes-sdgs">
              {item.sdgs.map((n) => (
                <SdgChip key={n} n={n} locale={locale} className="sdg--print" />
              ))}
            </span>
          )}
          {item.theme && (
            <span>
              <span className="minutes-label">{labels.theme}: </span>
              <bdi>{item.theme}</bdi>
            </span>
          )}
          {item.groups.length > 0 && (
            <span>
              <span className="minutes-label">{labels.contributedBy}: </span>
              {item.groups.join(sep)}
            </span>
          )}
        </p>
      )}
      {item.mergedFrom.length > 0 && (
        <div className="minutes-item__merged">
          <span className="minutes-label">{labels.mergedFrom}:</span>
          <ul>
            {item.mergedFrom.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: merged ideas may repeat a title; order is fixed.
              <li key={i}>
                <bdi>{m.title}</bdi>
                {m.group && <span className="minutes-muted"> ({m.group})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** One stage of the agenda in the minutes: what it asked, what the room listed, noted, voted and decided. */
export function MinutesStageSection({ stage, labels, locale }: Props) {
  const headingTags = useMemo(() => noteHeadingTags(stage.notes, 'h4'), [stage.notes]);
  const headingId = `minutes-stage-${stage.id}`;
  return (
    <section className="minutes-section minutes-stage" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="minutes-stage__n">{formatNumber(stage.n)}.</span> <bdi>{stage.title}</bdi>
      </h2>
      {stage.description && (
        <p className="minutes-stage__description" dir="auto">
          {stage.description}
        </p>
      )}
      {stage.items.length > 0 && (
        <div className="minutes-block">
          <h3>
            {labels.items} <span className="minutes-muted">({formatNumber(stage.items.length)})</span>
          </h3>
          <ol className="minutes-items">
            {stage.items.map((item) => (
              <ItemEntry key={item.id} item={item} labels={labels} locale={locale} />
            ))}
          </ol>
        </div>
      )}
      {stage.notes.length > 0 && (
        <div className="minutes-block">
          <h3>{labels.notes}</h3>
          <div className="notes minutes-notes">
            <NoteBlocks blocks={stage.notes} rendering={{ headings: headingTags, links: true }} />
          </div>
        </div>
      )}
      {stage.vote && <MinutesVoteSection vote={stage.vote} labels={labels} />}
      <MinutesOutcomes decisions={stage.decisions} actions={stage.actions} labels={labels} locale={locale} />
    </section>
  );
}
