import type { MessageKey } from '@mbi/i18n';

/**
 * The main navigation, in order. The observatory, finance and company-support pages arrive with their own
 * issues: each adds one entry here and its `features/<name>/` folder.
 */
export interface NavEntry {
  readonly to: '/' | '/budget' | '/filieres' | '/observatory' | '/establishments' | '/admin';
  readonly label: MessageKey;
  /** Shown only to people who may use the page: the UI never offers what the API would refuse. */
  readonly needs: 'nobody' | 'signed-in' | 'admin';
}

export const NAVIGATION: readonly NavEntry[] = [
  { to: '/', label: 'dashboard.nav.overview', needs: 'nobody' },
  { to: '/budget', label: 'dashboard.nav.budget', needs: 'nobody' },
  { to: '/filieres', label: 'dashboard.nav.filieres', needs: 'nobody' },
  { to: '/observatory', label: 'nav.observatory', needs: 'nobody' },
  { to: '/establishments', label: 'nav.establishments', needs: 'signed-in' },
  { to: '/admin', label: 'dashboard.nav.admin', needs: 'admin' },
];
