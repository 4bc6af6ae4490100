import { Link, useLocation } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { Loading } from '../ui/problem-alert';
import { type Me, permissionsOf, useSession } from './session';

/**
 * Shows its children to a signed-in person (an admin only, with `admin`); otherwise says why, with a link to
 * sign in that comes back here. The UI never offers what the API would refuse.
 */
export function RequireSession({
  admin = false,
  children,
}: {
  admin?: boolean;
  children: (me: Me) => ReactNode;
}) {
  const { t } = useI18n();
  const me = useSession();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null) {
    return (
      <div className="alert">
        <p>{t('dashboard.auth.required')}</p>
        <Link
          to="/sign-in"
          search={(previous) => ({ ...previous, redirect: location.href })}
          className="button-link"
        >
          {t('dashboard.auth.signIn')}
        </Link>
      </div>
    );
  }
  if (admin && !permissionsOf(me).isAdmin) {
    return (
      <div className="alert" role="alert">
        <p>{t('dashboard.auth.adminOnly')}</p>
      </div>
    );
  }
  return <>{children(me)}</>;
}
