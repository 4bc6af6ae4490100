import type { CountryCode } from '@mbi/domain';
import type { MoneyValue } from '@mbi/i18n';
import { useI18n } from '../i18n/i18n';

/** An exact amount in the reader's language (and the partner's region when a country is given). */
export function Money({
  value,
  country,
}: {
  value: MoneyValue | null | undefined;
  country?: CountryCode | null;
}) {
  const { money } = useI18n();
  if (value === null || value === undefined) return <span>—</span>;
  return <span className="money">{money(value, country)}</span>;
}
