import { describe, expect, test } from 'vitest';
import { MONT_BLANC_INNOVATION } from './mont-blanc-innovation';
import { ActivitySchema, IndicatorSchema, ProjectSchema } from './project';

describe('ProjectSchema', () => {
  test('refuses a duration that does not match the start and end months (36 months, BRIEF.md)', () => {
    const result = ProjectSchema.safeParse({ ...MONT_BLANC_INNOVATION.project, durationMonths: 37 });
    expect(result.error?.issues[0]?.path).toEqual(['durationMonths']);
    expect(result.error?.issues[0]?.message).toContain('36 months');
  });

  test('refuses a filing date that is not a date', () => {
    expect(ProjectSchema.safeParse({ ...MONT_BLANC_INNOVATION.project, filedOn: '11/01/2016' }).success).toBe(
      false,
    );
  });
});

describe('ActivitySchema', () => {
  test('refuses an activity filed under another work package', () => {
    const result = ActivitySchema.safeParse({
      id: '3.2',
      workPackageId: 'wp4',
      title: 'Observatoire',
      description: '…',
    });
    expect(result.error?.issues[0]?.message).toBe('workPackageId of activity 3.2 must be wp3, not wp4');
  });

  test('refuses an unknown activity id', () => {
    expect(
      ActivitySchema.safeParse({ id: '5.1', workPackageId: 'wp4', title: 'x', description: 'y' }).success,
    ).toBe(false);
  });
});

describe('IndicatorSchema', () => {
  test('accepts an unreported indicator and refuses a negative target', () => {
    const indicator = {
      id: 'companies-supported',
      label: 'Entreprises accompagnées',
      unit: 'company',
      target: 60,
      achieved: null,
      source: 'assumed',
    };
    expect(IndicatorSchema.parse(indicator)).toEqual(indicator);
    expect(IndicatorSchema.safeParse({ ...indicator, target: -1 }).success).toBe(false);
    const { source: _, ...withoutSource } = indicator;
    expect(IndicatorSchema.safeParse(withoutSource).success).toBe(false);
  });
});
