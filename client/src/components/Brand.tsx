import { useI18n } from '../i18n/useI18n';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { BrandMark } from './BrandMark';

/** Logo and name, linking home. Both scripts are shown: the product is named in both languages. */
export function Brand({ linked = true }: { readonly linked?: boolean }) {
  const { t } = useI18n();
  const content = (
    <>
      <BrandMark size={34} />
      <span className="brand__name">{t('app.name')}</span>
    </>
  );
  return linked ? (
    <Link href={paths.home()} className="brand">
      {content}
    </Link>
  ) : (
    <span className="brand">{content}</span>
  );
}
