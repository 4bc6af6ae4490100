export type {
  Classification,
  ClassifyErrorCode,
  ClassifyResult,
  FiliereMatch,
} from './internal/classify.ts';
export { classify, listFiliereCodes, listFiliereCodes2025 } from './internal/classify.ts';
export type {
  FiliereMapEntry,
  FiliereMapScheme,
  FiliereRationale,
  FiliereWeight,
} from './internal/filiere-map.ts';
export { FILIERE_MAP, FILIERE_MAP_VERSION } from './internal/filiere-map.ts';
export type {
  NaceClass,
  NaceDivision,
  NaceGroup,
  NaceLabels,
  NaceLevel,
  NaceNode,
  NaceSection,
  NafSubclass,
} from './internal/nace.ts';
export { getLabel, getNaceCode, getNafSubclass, listNace, listNafSubclasses } from './internal/nace.ts';
export type { FiliereMapEntry2025, Rev21Carry, Rev21Change, Rev21Row } from './internal/nace-2025.ts';
export { FILIERE_MAP_2025, NACE_REV21_CORRESPONDENCE, NACE_REV21_TITLES } from './internal/nace-2025.ts';
export type {
  ActivityCodeLevel,
  ActivityScheme,
  ActivityScheme2025,
  AnyActivityScheme,
  ParseActivityCodeResult,
  ParsedActivityCode,
  ParsedScheme,
  ParseErrorCode,
} from './internal/parse.ts';
export { ACTIVITY_SCHEMES, ACTIVITY_SCHEMES_2025, parseActivityCode } from './internal/parse.ts';
export type { Result } from './internal/result.ts';
