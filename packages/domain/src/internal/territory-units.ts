import type { TerritoryUnit } from '../territory';
import { CH_MUNICIPALITIES_VALAIS } from './generated/ch-municipalities-valais';
import { IT_COMUNI_VALLE_D_AOSTA } from './generated/istat-comuni-aosta-valley';

/**
 * The communes of the two French partners, with INSEE codes and official names (BRIEF.md, partners
 * table): CC Vallée de Chamonix Mont-Blanc first, then CC Pays du Mont-Blanc.
 */
const FR_COMMUNES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['74056', 'Chamonix-Mont-Blanc'],
  ['74143', 'Les Houches'],
  ['74266', 'Servoz'],
  ['74290', 'Vallorcine'],
  ['74256', 'Sallanches'],
  ['74208', 'Passy'],
  ['74236', 'Saint-Gervais-les-Bains'],
  ['74173', 'Megève'],
  ['74103', 'Domancy'],
  ['74083', 'Combloux'],
  ['74215', 'Praz-sur-Arly'],
  ['74085', 'Les Contamines-Montjoie'],
  ['74089', 'Cordon'],
  ['74099', 'Demi-Quartier'],
];

export const FR_TERRITORY_UNITS: TerritoryUnit[] = FR_COMMUNES.map(([code, name]) => ({
  kind: 'commune',
  country: 'FR',
  code,
  name,
  nuts3: 'FRK28',
}));

export const IT_TERRITORY_UNITS: TerritoryUnit[] = IT_COMUNI_VALLE_D_AOSTA.map(([code, name]) => ({
  kind: 'comune',
  country: 'IT',
  code,
  name,
  nuts3: 'ITC20',
}));

export const CH_TERRITORY_UNITS: TerritoryUnit[] = CH_MUNICIPALITIES_VALAIS.map(([code, name]) => ({
  kind: 'municipality',
  country: 'CH',
  code,
  name,
  nuts3: 'CH012',
}));
