export type {
  Lang,
  ListEstablishmentsQuery,
  MbiClient,
  MbiClientOptions,
  SyncEstablishmentsQuery,
} from './client';
export { createMbiClient } from './client';
export type { components, operations, paths } from './internal/generated/schema';
export type { MbiResult } from './result';
export { isProblem } from './result';
export type {
  ActivityCodeScheme,
  Budget,
  Classification,
  Cofinancing,
  CofinancingRequest,
  Establishment,
  EstablishmentFilters,
  EstablishmentInput,
  EstablishmentPage,
  EstablishmentPatch,
  EstablishmentSyncPage,
  FiliereList,
  Money,
  Partner,
  PartnerId,
  PartnerList,
  Principal,
  Problem,
  Project,
  Versioned,
  WorkPackageList,
} from './types';
