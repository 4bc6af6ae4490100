import { describe, expect, test } from 'vitest';
import { MONT_BLANC_INNOVATION } from './mont-blanc-innovation';
import type { ReferenceDataset } from './reference-dataset';
import { ReferenceDatasetSchema } from './reference-dataset';

/** A deep copy of the reference dataset, to break on purpose. */
function copy(): ReferenceDataset {
  return structuredClone(MONT_BLANC_INNOVATION);
}

function messages(dataset: unknown): string[] {
  const result = ReferenceDatasetSchema.safeParse(dataset);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('ReferenceDatasetSchema cross-references', () => {
  test('refuses an activity whose work package does not exist', () => {
    const dataset = copy();
    dataset.workPackages = dataset.workPackages.filter((w) => w.id !== 'wp4');
    expect(messages(dataset)).toEqual(
      expect.arrayContaining([expect.stringContaining('no work package wp4')]),
    );
  });

  test('refuses a partner territory code with no territory unit', () => {
    const dataset = copy();
    dataset.territoryUnits = dataset.territoryUnits.filter((unit) => unit.code !== '74290');
    expect(messages(dataset)).toEqual([expect.stringContaining('no territory unit FR 74290')]);
  });

  test('refuses two lead partners', () => {
    const dataset = copy();
    const second = dataset.partners[1];
    if (second) second.role = 'lead';
    expect(messages(dataset)).toEqual([expect.stringContaining('exactly one lead partner')]);
  });

  test('refuses a repeated id and a second accelerator in a country', () => {
    const dataset = copy();
    const first = dataset.accelerators[0];
    if (first) dataset.accelerators.push({ ...first });
    expect(messages(dataset)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('repeats id accelerator-fr'),
        expect.stringContaining('second accelerator in FR'),
      ]),
    );
  });

  test('refuses an accelerator run by a partner of another country', () => {
    const dataset = copy();
    const italian = dataset.accelerators.find((a) => a.country === 'IT');
    if (italian) italian.partnerId = 'cimark';
    expect(messages(dataset)).toEqual([expect.stringContaining('partner cimark is in CH, not IT')]);
  });

  test('refuses a project whose programme or objectives are unknown', () => {
    const dataset = copy();
    dataset.project.programmeId = 'alcotra-2021-2027';
    dataset.objectives = dataset.objectives.slice(0, 2);
    expect(messages(dataset)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("is not the programme's id"),
        expect.stringContaining('no objective cross-border-chains'),
      ]),
    );
  });
});
