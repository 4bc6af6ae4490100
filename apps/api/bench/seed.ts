import { createApiKey, createEstablishment, type Db, seedReferenceData } from '@mbi/db';
import { siretFor } from '@mbi/db/testing';
import { EstablishmentInputSchema, MONT_BLANC_INNOVATION, SIZE_BANDS, validateSiret } from '@mbi/domain';
import { classify, FILIERE_MAP, listNafSubclasses } from '@mbi/taxonomy';

/** The `index`-th synthetic SIRET of the benchmark, checked by the domain's validator. */
export function generatedSiret(index: number): string {
  const siret = siretFor(String(20_000_000 + index * 1_237).padStart(8, '0'), 1 + (index % 97));
  const checked = validateSiret(siret);
  if (!checked.ok) throw new Error(`generated SIRET ${siret} is not valid: ${checked.error.message}`);
  return siret;
}

/** NAF sub-classes that the filière map puts in at least one filière, sorted (deterministic). */
export function filiereNafCodes(): string[] {
  const candidates = new Set<string>();
  for (const entry of FILIERE_MAP) {
    if (entry.scheme === 'naf') candidates.add(entry.code);
    if (entry.scheme === 'nace') {
      for (const subclass of listNafSubclasses(entry.naceClass)) candidates.add(subclass.code);
    }
  }
  return [...candidates]
    .filter((code) => {
      const result = classify(code, 'naf');
      return result.ok && result.value.filieres.length > 0;
    })
    .sort();
}

/** The French communes of the partners (14), with the partner each belongs to. */
export function frenchCommunes(): { code: string; name: string; partnerId: string }[] {
  const names = new Map(MONT_BLANC_INNOVATION.territoryUnits.map((unit) => [unit.code, unit.name]));
  return MONT_BLANC_INNOVATION.partners
    .filter((partner) => partner.country === 'FR')
    .flatMap((partner) =>
      partner.territoryUnitCodes.map((code) => ({
        code,
        name: names.get(code) ?? code,
        partnerId: partner.id,
      })),
    );
}

/** A small deterministic pseudo-random generator (mulberry32), so every run seeds the same rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TRADES = [
  'Atelier',
  'Refuge',
  'Scierie',
  'Guides',
  'Herboristerie',
  'Menuiserie',
  'Charpente',
  'Distillerie',
  'Sports',
  'Bureau d’études',
];

const SYSTEM_PRINCIPAL = {
  principal: { kind: 'system', id: 'bench', label: 'benchmark', role: 'admin', partnerId: null },
} as const;

export interface SeedSummary {
  readonly establishments: number;
  /** How many of them the filière map puts in `outdoor`. */
  readonly outdoor: number;
  /** The id of one of them (the one in the middle), for the scenario reading one establishment. */
  readonly establishmentId: string;
  /** A viewer API key (`mbi_…`). */
  readonly viewerToken: string;
}

/**
 * Seeds the reference data, `count` French establishments through the data layer (`createEstablishment`:
 * validation, classification and audit as the API does them) and a viewer API key.
 */
export async function seedBenchmarkData(db: Db, count: number): Promise<SeedSummary> {
  await seedReferenceData(db);
  const communes = frenchCommunes();
  const codes = filiereNafCodes();
  if (communes.length === 0 || codes.length === 0) throw new Error('no communes or NAF codes to seed with');
  const next = random(20_170_601);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  let outdoor = 0;
  let establishmentId = '';
  for (let index = 0; index < count; index += 1) {
    const commune = pick(communes);
    const activityCode = pick(codes);
    const year = 1990 + Math.floor(next() * 34);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const closed = next() < 0.1;
    const input = EstablishmentInputSchema.parse({
      country: 'FR',
      nationalIdentifier: generatedSiret(index),
      name: `${pick(TRADES)} ${commune.name} ${String(index).padStart(4, '0')}`,
      activityCode,
      activityCodeScheme: 'naf',
      territoryUnitCode: commune.code,
      sizeBand: pick(SIZE_BANDS.slice(1, 8)),
      status: closed ? 'closed' : 'active',
      openedOn: `${year}-${month}-01`,
      ...(closed ? { closedOn: '2024-12-31' } : {}),
      partnerId: commune.partnerId,
    });
    const created = await createEstablishment(db, input, SYSTEM_PRINCIPAL);
    if (!created.ok) throw new Error(`seeding establishment ${index}: ${created.error.message}`);
    if (created.value.filieres.includes('outdoor')) outdoor += 1;
    if (index === Math.floor(count / 2)) establishmentId = created.value.id;
  }
  const key = await createApiKey(
    db,
    { label: 'benchmark viewer', role: 'viewer', partnerId: 'cimark' },
    SYSTEM_PRINCIPAL,
  );
  if (!key.ok) throw new Error(`creating the viewer key: ${key.error.message}`);
  return { establishments: count, outdoor, establishmentId, viewerToken: key.value.token };
}
