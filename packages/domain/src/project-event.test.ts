import { describe, expect, test } from 'vitest';
import { ProjectEventSchema } from './project-event';

// An illustrative event; the rules tested are those of the schema.
const event = {
  id: 'copil-2017-09',
  kind: 'steering-committee',
  date: '2017-09-20',
  title: 'Comité de pilotage',
  partnerId: 'cc-vallee-chamonix',
  activityId: '1.1',
};

describe('ProjectEventSchema', () => {
  test('accepts an event of a partner under an activity', () => {
    expect(ProjectEventSchema.parse(event)).toEqual(event);
  });

  test('refuses an unknown kind, partner or activity and a bad date', () => {
    expect(ProjectEventSchema.safeParse({ ...event, kind: 'party' }).success).toBe(false);
    expect(ProjectEventSchema.safeParse({ ...event, partnerId: 'unioncamere' }).success).toBe(false);
    expect(ProjectEventSchema.safeParse({ ...event, activityId: '5.1' }).success).toBe(false);
    expect(ProjectEventSchema.safeParse({ ...event, date: '2017-09' }).success).toBe(false);
  });
});
