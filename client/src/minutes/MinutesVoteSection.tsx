import type { Minutes, MinutesVote } from '@majlis/shared';
import { formatNumber } from '../lib/numbers';
import { MinutesTableView } from './MinutesTableView';

/** A vote in the minutes: method and settings, turnout, the results overall and by group. */
export function MinutesVoteSection({ vote, labels }: { vote: MinutesVote; labels: Minutes['labels'] }) {
  return (
    <div className="minutes-block minutes-vote">
      <h3>{labels.vote}</h3>
      <dl className="minutes-facts">
        <div>
          <dt>{labels.method}</dt>
          <dd>{vote.method}</dd>
        </div>
        {vote.settings.length > 0 && (
          <div>
            <dt>{labels.settings}</dt>
            <dd>{vote.settings.join(' · ')}</dd>
          </div>
        )}
        <div>
          <dt>{labels.turnout}</dt>
          <dd>{formatNumber(vote.turnout)}</dd>
        </div>
      </dl>
      {!vote.shownToRoom && <p className="minutes-note">{labels.notShownToRoom}</p>}
      {vote.overall ? (
        <>
          <h4>{labels.results}</h4>
          <MinutesTableView table={vote.overall} />
        </>
      ) : (
        <p className="minutes-note">{labels.noVotes}</p>
      )}
      {vote.byGroup.length > 0 && (
        <>
          <h4>{labels.resultsByGroup}</h4>
          {vote.byGroup.map((g) => (
            <MinutesTableView
              key={g.group}
              table={g.table}
              caption={`${g.group} (${formatNumber(g.voters)})`}
            />
          ))}
        </>
      )}
    </div>
  );
}
