import { useI18n } from '../i18n/useI18n';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { StatusScreen } from './StatusScreen';

export type Problem =
  | 'invalid'
  | 'missingKey'
  | 'missingToken'
  | 'outdated'
  | 'notFound'
  | 'removed'
  | 'ended';

/** The designed dead ends: a refused credential, an incomplete link, an old page, a wrong address.
 * Each offers the one useful next step. */
export function ProblemScreen({ problem }: { readonly problem: Problem }) {
  const { t } = useI18n();
  const actions =
    problem === 'outdated' ? (
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('problem.reload')}
      </button>
    ) : (
      <>
        <Link href={paths.join()} className="button">
          {t('problem.join')}
        </Link>
        <Link href={paths.home()} className="button button--quiet">
          {t('common.home')}
        </Link>
      </>
    );
  return (
    <StatusScreen
      icon={
        problem === 'notFound' ? 'globe' : problem === 'outdated' || problem === 'ended' ? 'clock' : 'key'
      }
      tone="problem"
      title={t(`problem.${problem}.title`)}
      text={t(`problem.${problem}.text`)}
      actions={actions}
    />
  );
}
