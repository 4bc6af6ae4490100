import { type PartnerId, ROLES, type Role } from '@mbi/domain';
import { useI18n } from '../../i18n/i18n';
import { FormField } from '../../ui/form-field';

/**
 * The role and partner of a new API key or user account: the same two choices, with the same labels, in both
 * forms of the admin page.
 */
export function AccessFields({
  role,
  onRoleChange,
  partnerId,
  onPartnerChange,
  partners,
  allowNoPartner,
  partnerError,
}: {
  role: Role;
  onRoleChange: (role: Role) => void;
  partnerId: string;
  onPartnerChange: (partnerId: string) => void;
  partners: readonly PartnerId[];
  /** Offers "no partner" (project-wide), which only a project-wide admin may give. */
  allowNoPartner: boolean;
  partnerError: string | null;
}) {
  const { t, labels } = useI18n();
  return (
    <>
      <FormField label={t('field.role')}>
        {(props) => (
          <select
            {...props}
            name="role"
            value={role}
            onChange={(event) => onRoleChange(event.target.value as Role)}
          >
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`dashboard.role.${option}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('dashboard.establishments.partner')} error={partnerError}>
        {(props) => (
          <select
            {...props}
            name="partnerId"
            value={partnerId}
            onChange={(event) => onPartnerChange(event.target.value)}
          >
            {allowNoPartner ? <option value="">{t('dashboard.admin.noPartner')}</option> : null}
            {partners.map((id) => (
              <option key={id} value={id}>
                {labels.partner[id]}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
