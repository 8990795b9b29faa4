import { LIMITS, type ScribeInfo } from '@majlis/shared';
import { useCallback, useEffect, useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { CopyButton } from '../components/CopyButton';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/useI18n';
import { createScribe, listScribes, revokeScribe, scribeLinkMemory } from './scribeLinks';

interface Props {
  readonly workshopId: string;
  readonly facilitatorKey: string;
}

/** Links for the people who take the minutes: made with a name, copied to them, revoked when done. */
export function ScribeLinksPanel({ workshopId, facilitatorKey }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [scribes, setScribes] = useState<ScribeInfo[] | null>(null);
  const [links, setLinks] = useState(() => scribeLinkMemory.all(workshopId));
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await listScribes(workshopId, facilitatorKey);
    if (result.ok) setScribes(result.value);
    else setError(result.error);
  }, [workshopId, facilitatorKey]);

  useEffect(() => {
    void load();
  }, [load]);

  const create = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await createScribe(workshopId, facilitatorKey, label);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    scribeLinkMemory.remember(workshopId, result.value.scribe.id, result.value.link);
    setLinks(scribeLinkMemory.all(workshopId));
    setScribes((list) => [...(list ?? []), result.value.scribe]);
    setLabel('');
  };

  const revoke = async (scribeId: string) => {
    setConfirming(null);
    setError(null);
    const result = await revokeScribe(workshopId, facilitatorKey, scribeId);
    if (!result.ok) return setError(result.error);
    scribeLinkMemory.forget(workshopId, scribeId);
    setLinks(scribeLinkMemory.all(workshopId));
    void load();
  };

  const active = (scribes ?? []).filter((s) => s.revokedAt === null);
  const revoked = (scribes ?? []).length - active.length;

  return (
    <div className="scribe-links">
      <p className="panel__note">{t('record.scribes.hint')}</p>
      <form
        className="scribe-links__create"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <TextField
          id={`${id}-label`}
          label={t('record.scribes.label')}
          optional
          value={label}
          onValue={setLabel}
          maxLength={LIMITS.scribeLabel}
          autoComplete="off"
          placeholder={t('record.scribes.labelPlaceholder')}
        />
        <button type="submit" className="button button--small" disabled={busy}>
          {t('record.scribes.create')}
        </button>
      </form>
      {error && <ApiErrorAlert error={error} />}
      {scribes === null && !error && <p className="panel__note">{t('record.scribes.loading')}</p>}
      {active.length > 0 && (
        <ul className="scribe-links__list">
          {active.map((s, i) => {
            const name = s.label || t('record.scribes.unnamed', { n: i + 1 });
            const link = links[s.id];
            return (
              <li key={s.id} className="scribe-link">
                <span className="scribe-link__name" dir="auto">
                  {name}
                </span>
                {confirming === s.id ? (
                  <span className="scribe-link__tools">
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => void revoke(s.id)}
                    >
                      {t('record.scribes.revokeConfirm', { name })}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => setConfirming(null)}
                    >
                      {t('record.outcome.keep')}
                    </button>
                  </span>
                ) : (
                  <span className="scribe-link__tools">
                    {link ? (
                      <CopyButton text={link} label={t('record.scribes.copy')} />
                    ) : (
                      <span className="panel__note">{t('record.scribes.linkElsewhere')}</span>
                    )}
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      aria-label={t('record.scribes.revokeOf', { name })}
                      onClick={() => setConfirming(s.id)}
                    >
                      {t('record.scribes.revoke')}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {scribes !== null && active.length === 0 && <p className="panel__note">{t('record.scribes.none')}</p>}
      {revoked > 0 && <p className="panel__note">{t('record.scribes.revoked', { n: revoked })}</p>}
    </div>
  );
}
