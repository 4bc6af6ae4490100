import { z } from 'zod';
import { IsoDateSchema } from './calendar';
import { ActivityIdSchema, EventKindSchema, PartnerIdSchema } from './ids';
import { SlugSchema, TextSchema } from './internal/common-schemas';

/**
 * Something that happened in the project — a steering committee, a Think tank meeting, a communication
 * action, a business meeting, a workshop — organised by a partner under an activity. Named
 * `ProjectEvent` so as not to shadow the DOM's `Event`.
 *
 * @example
 * ProjectEventSchema.parse({
 *   id: 'copil-2017-09',
 *   kind: 'steering-committee',
 *   date: '2017-09-20',
 *   title: 'Comité de pilotage de lancement',
 *   partnerId: 'cc-vallee-chamonix',
 *   activityId: '1.1',
 * });
 */
export const ProjectEventSchema = z.object({
  id: SlugSchema,
  kind: EventKindSchema,
  date: IsoDateSchema,
  title: TextSchema,
  partnerId: PartnerIdSchema,
  activityId: ActivityIdSchema,
});
export type ProjectEvent = z.infer<typeof ProjectEventSchema>;
