import type { Minutes } from '@majlis/shared';
import { textColorOn } from '../lib/contrast';
import { formatNumber } from '../lib/numbers';
import { formatDay } from './formatDay';
import { MinutesOutcomes } from './MinutesOutcomes';
import { MinutesStageSection } from './MinutesStageSection';

/** The minutes as a document for the screen and for print: its own language and direction, every
 * string a person typed isolated in its own. */
export function MinutesDocument({ minutes: m, none }: { minutes: Minutes; none: string }) {
  const L = m.labels;
  const hasWorkshopOutcomes = m.decisions.length > 0 || m.actions.length > 0;
  return (
    <article className="minutes" lang={m.locale} dir={m.dir}>
      <header className="minutes__header">
        <p className="minutes__kind">{L.minutes}</p>
        <h1 className="minutes__title" dir="auto">
          {m.title}
        </h1>
        <dl className="minutes-facts minutes__meta">
          <div>
            <dt>{L.date}</dt>
            <dd>{formatDay(m.date, m.locale)}</dd>
          </div>
          {m.place && (
            <div>
              <dt>{L.place}</dt>
              <dd>
                <bdi>{m.place}</bdi>
              </dd>
            </div>
          )}
          {m.organizers.length > 0 && (
            <div>
              <dt>{L.organizers}</dt>
              <dd>
                <ul className="minutes-inline-list">
                  {m.organizers.map((o, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: organizers as typed, one a line.
                    <li key={i}>
                      <bdi>{o}</bdi>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      </header>

      <section className="minutes-section" aria-labelledby="minutes-attendance">
        <h2 id="minutes-attendance">{L.attendance}</h2>
        <table className="minutes-table minutes-attendance">
          <thead>
            <tr>
              <th scope="col">{L.group}</th>
              <th scope="col">{L.count}</th>
            </tr>
          </thead>
          <tbody>
            {m.attendance.byGroup.map((g) => (
              <tr key={g.group}>
                <td>{g.label}</td>
                <td className="minutes-num">{formatNumber(g.count)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{L.total}</th>
              <td className="minutes-num">{formatNumber(m.attendance.total)}</td>
            </tr>
          </tfoot>
        </table>
        <h3>{L.participants}</h3>
        {m.attendance.named.length > 0 ? (
          <table className="minutes-table">
            <thead>
              <tr>
                <th scope="col">{L.name}</th>
                <th scope="col">{L.organization}</th>
                <th scope="col">{L.group}</th>
              </tr>
            </thead>
            <tbody>
              {m.attendance.named.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two people may share a name; the order is the server's.
                <tr key={i}>
                  <td>
                    <bdi>{p.name}</bdi>
                  </td>
                  <td>
                    <bdi>{p.organization}</bdi>
                  </td>
                  <td>{p.group}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="minutes-note">{none}</p>
        )}
      </section>

      <section className="minutes-section" aria-labelledby="minutes-agenda">
        <h2 id="minutes-agenda">{L.agenda}</h2>
        <ol className="minutes-agenda">
          {m.agenda.map((a) => (
            <li key={a.n} value={a.n}>
              <bdi>{a.title}</bdi> <span className="minutes-muted">({a.kind})</span>
            </li>
          ))}
        </ol>
      </section>

      {m.stages.map((stage) => (
        <MinutesStageSection key={stage.id} stage={stage} labels={L} locale={m.locale} />
      ))}

      {hasWorkshopOutcomes && (
        <section className="minutes-section" aria-labelledby="minutes-outcomes">
          <h2 id="minutes-outcomes">{L.workshopOutcomes}</h2>
          <MinutesOutcomes decisions={m.decisions} actions={m.actions} labels={L} locale={m.locale} />
        </section>
      )}

      {m.sdgSummary.length > 0 && (
        <section className="minutes-section" aria-labelledby="minutes-sdgs">
          <h2 id="minutes-sdgs">{L.sdgSummary}</h2>
          <table className="minutes-table minutes-sdg-summary">
            <thead>
              <tr>
                <th scope="col">{L.goal}</th>
                <th scope="col">{L.items}</th>
                <th scope="col">{L.votes}</th>
              </tr>
            </thead>
            <tbody>
              {m.sdgSummary.map((s) => (
                <tr key={s.sdg}>
                  <td>
                    <span
                      className="sdg sdg--print"
                      style={{ backgroundColor: s.color, color: textColorOn(s.color) }}
                    >
                      {s.sdg}
                    </span>{' '}
                    {s.title}
                  </td>
                  <td className="minutes-num">{formatNumber(s.items)}</td>
                  <td className="minutes-num">{formatNumber(s.votes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="minutes-section minutes-appendix" aria-labelledby="minutes-appendix">
        <h2 id="minutes-appendix">{L.appendix}</h2>
        <dl className="minutes-facts">
          <div>
            <dt>{L.auditEntries}</dt>
            <dd>{formatNumber(m.audit.entries)}</dd>
          </div>
          <div>
            <dt>{L.auditHash}</dt>
            <dd className="minutes-hash" dir="ltr">
              {m.audit.finalHash}
            </dd>
          </div>
        </dl>
        <p className={m.audit.intact ? 'minutes-note' : 'minutes-note minutes-note--bad'}>
          {m.audit.intact ? L.auditIntact : L.auditBroken}
        </p>
      </section>
    </article>
  );
}
