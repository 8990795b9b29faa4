import { type InviteError, type InviteRow, parseInviteList } from '@majlis/shared';
import { useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';

interface Props {
  readonly onInvite: (rows: readonly InviteRow[]) => Promise<FetchError | null>;
}

/** Paste or load the invited people, see what will be invited and which lines to fix, then invite. */
export function InviteImport({ onInvite }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);
  const parsed = text.trim() === '' ? null : parseInviteList(text);
  const rows = parsed?.rows ?? [];
  const problems = parsed?.errors ?? [];

  const describe = (e: InviteError) =>
    t('people.invites.line', {
      line: formatNumber(e.line),
      message: t(`people.invites.error.${e.code}` as MessageKey, e.params),
    });

  return (
    <form
      className="invite-import"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy || rows.length === 0) return;
        setBusy(true);
        setError(null);
        const failed = await onInvite(rows);
        setBusy(false);
        if (failed) setError(failed);
        else setText('');
      }}
    >
      <p className="panel__note">{t('people.invites.hint')}</p>
      <label className="field__label" htmlFor={`${id}-list`}>
        {t('people.invites.paste')}
      </label>
      <textarea
        id={`${id}-list`}
        className="input invite-import__text"
        dir="auto"
        rows={4}
        value={text}
        placeholder={t('people.invites.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
      <label className="invite-import__file">
        <span className="button button--small button--quiet">{t('people.invites.file')}</span>
        <input
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          className="visually-hidden"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setText(await file.text());
            e.target.value = '';
          }}
        />
      </label>
      {parsed && (
        <p className="panel__note" role="status">
          {t('people.invites.ready', { n: formatNumber(rows.length) })}
        </p>
      )}
      {problems.length > 0 && (
        <div className="invite-import__problems">
          <p>{t('people.invites.toFix', { n: formatNumber(problems.length) })}</p>
          <ul>
            {problems.slice(0, 10).map((e) => (
              <li key={`${e.line}-${e.code}`}>{describe(e)}</li>
            ))}
          </ul>
        </div>
      )}
      {error && <ApiErrorAlert error={error} />}
      <button type="submit" className="button button--small" disabled={busy || rows.length === 0}>
        {busy ? t('people.invites.adding') : t('people.invites.add', { n: formatNumber(rows.length) })}
      </button>
    </form>
  );
}
