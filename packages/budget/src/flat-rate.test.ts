import { expect, test } from 'vitest';
import { applyFlatRate } from './flat-rate';
import { formatAmount, money } from './money';
import { rate } from './rate';

// BRIEF.md, Money rules: "office and administration = 15 % of staff costs … truncated to the cent".
test('15 % office and administration on staff costs, truncated', () => {
  expect(formatAmount(applyFlatRate(money('10000.07', 'EUR'), rate('0.15')))).toBe('1500.01'); // 1,500.0105
  expect(formatAmount(applyFlatRate(money('99.99', 'EUR'), rate('0.15')))).toBe('14.99'); // 14.9985
  expect(formatAmount(applyFlatRate(money('120000.00', 'EUR'), rate('0.15')))).toBe('18000.00');
});
