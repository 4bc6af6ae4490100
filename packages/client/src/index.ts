export { isEstablishmentChange } from './changes';
export type {
  Lang,
  ListChangesQuery,
  ListEstablishmentsQuery,
  MbiClient,
  MbiClientOptions,
  SyncChangesQuery,
  SyncEstablishmentsQuery,
} from './client';
export { createMbiClient } from './client';
export type { components, operations, paths } from './internal/generated/schema';
export type { MbiResult } from './result';
export { isProblem } from './result';
export type {
  ActivityCodeScheme,
  Budget,
  CellState,
  Change,
  ChangePage,
  ChangeResource,
  Classification,
  Cofinancing,
  CofinancingRequest,
  Establishment,
  EstablishmentChange,
  EstablishmentFilters,
  EstablishmentInput,
  EstablishmentPage,
  EstablishmentPatch,
  EstablishmentSyncPage,
  FiliereList,
  IndicatorList,
  IndicatorMeasure,
  IndicatorQuery,
  IndicatorRow,
  Meta,
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
