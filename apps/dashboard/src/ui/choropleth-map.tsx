import { type KeyboardEvent, type Ref, useId, useMemo, useRef, useState } from 'react';
import { directionOf, neighbourOf } from './map-navigation';
import {
  MAP_HEIGHT,
  MAP_WIDTH,
  type ProjectedUnit,
  projectUnits,
  type TerritoryProperties,
} from './project-units';
import type { TerritoryFeatureCollection } from './territory-map';

export type { TerritoryProperties } from './project-units';

/** A territory drawn on the map: one unit, or several (a partner's or a country's) that take the focus together. */
export interface MapRegion {
  readonly key: string;
  /** What a screen reader says when the region takes the focus, and the tooltip. */
  readonly label: string;
  /** A colour, or `hatch` for the hatched pattern (suppressed cells). */
  readonly fill: string;
  /** The radius of a proportional symbol drawn at the region's centre (raw counts), if any. */
  readonly symbol?: number;
}

export const HATCH = 'hatch';
export const SYMBOL_FILL = '#1d4f91';
// A grey outline, not white: white units (zero) and the hatching's white must keep their borders.
const STROKE = { stroke: '#5a6573', strokeWidth: 0.35 } as const;

/**
 * A choropleth of the territory units. Every region is a focusable shape with a spoken label; one of them is in
 * the tab order (roving tab index), the arrow keys move to the neighbouring region, Home and End to the first
 * and the last of `regions`. Fills are attributes, not CSS classes, so that the SVG can be saved as it is.
 */
export function ChoroplethMap({
  collection,
  regionOf,
  regions,
  title,
  description,
  hatchInk,
  svgRef,
  selected,
  onActivate,
}: {
  collection: TerritoryFeatureCollection;
  /** The region a unit belongs to; `null` or an unknown key draws it as context, outside the tab order. */
  regionOf: (properties: TerritoryProperties) => string | null;
  regions: readonly MapRegion[];
  title: string;
  description: string;
  hatchInk: string;
  svgRef?: Ref<SVGSVGElement>;
  /** Regions drawn with a thick outline (chosen by the reader); their labels should say so. */
  selected?: ReadonlySet<string>;
  /** Called when a region is clicked, or Enter or Space is pressed on it (to select it, for instance). */
  onActivate?: (key: string) => void;
}) {
  const titleId = useId();
  const descriptionId = useId();
  // useId's characters are not all valid in url(#…) references.
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const units = useMemo(() => projectUnits(collection), [collection]);
  // The region in the tab order (kept when the focus leaves the map) and the one holding the focus now.
  const [active, setActive] = useState<string | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const shapes = useRef(new Map<string, SVGGElement>());

  const grouped = useMemo(() => {
    const byRegion = new Map<string, ProjectedUnit[]>();
    const context: ProjectedUnit[] = [];
    const known = new Set(regions.map((region) => region.key));
    for (const unit of units) {
      const key = regionOf(unit.properties);
      if (key === null || !known.has(key)) {
        context.push(unit);
        continue;
      }
      const list = byRegion.get(key) ?? [];
      list.push(unit);
      byRegion.set(key, list);
    }
    const drawn = regions.filter((region) => byRegion.has(region.key));
    // A region's centre is its units' centres weighted by their areas.
    const centres = drawn.map((region) => {
      const members = byRegion.get(region.key) ?? [];
      const total = members.reduce((sum, unit) => sum + unit.area, 0) || 1;
      return [
        members.reduce((sum, unit) => sum + unit.centre[0] * unit.area, 0) / total,
        members.reduce((sum, unit) => sum + unit.centre[1] * unit.area, 0) / total,
      ] as const;
    });
    return { byRegion, context, drawn, centres };
  }, [units, regions, regionOf]);

  const { drawn, centres, byRegion, context } = grouped;
  const activeKey = drawn.some((region) => region.key === active) ? active : (drawn[0]?.key ?? null);
  const focusRegion = (index: number) => {
    const region = drawn[index];
    if (region === undefined) return;
    setActive(region.key);
    shapes.current.get(region.key)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const current = drawn.findIndex((region) => region.key === activeKey);
    if (current < 0) return;
    const direction = directionOf(event.key);
    if (direction !== undefined) focusRegion(neighbourOf(centres, current, direction));
    else if (event.key === 'Home') focusRegion(0);
    else if (event.key === 'End') focusRegion(drawn.length - 1);
    else return;
    event.preventDefault();
  };
  const focused = drawn.find((region) => region.key === focusedKey);

  return (
    <div className="choropleth">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the focusable territories */}
      <svg
        ref={svgRef}
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onKeyDown={onKeyDown}
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <defs>
          <pattern
            id={hatchId}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={hatchInk} strokeWidth="2.5" />
          </pattern>
        </defs>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: this group and its paths take no focus (context units) */}
        <g aria-hidden="true">
          {context.map((unit) => (
            <path key={unit.key} d={unit.d} fill="#e5e9ee" {...STROKE} />
          ))}
        </g>
        {drawn.map((region) => (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a territory is a picture with a spoken label that takes the focus to be read and navigated with the arrow keys (WCAG 2.1.1), not a control
          <g
            key={region.key}
            ref={(element) => {
              if (element === null) shapes.current.delete(region.key);
              else shapes.current.set(region.key, element);
            }}
            className="map-region"
            role="img"
            aria-label={region.label}
            tabIndex={region.key === activeKey ? 0 : -1}
            fill={region.fill === HATCH ? `url(#${hatchId})` : region.fill}
            data-fill={region.fill}
            onFocus={() => {
              setActive(region.key);
              setFocusedKey(region.key);
            }}
            onBlur={() => setFocusedKey((current) => (current === region.key ? null : current))}
            onClick={onActivate === undefined ? undefined : () => onActivate(region.key)}
            onKeyDown={
              onActivate === undefined
                ? undefined
                : (event) => {
                    if (event.key !== 'Enter' && event.key !== ' ') return;
                    event.preventDefault();
                    onActivate(region.key);
                  }
            }
            data-selected={selected?.has(region.key) === true ? 'true' : undefined}
          >
            <title>{region.label}</title>
            {(byRegion.get(region.key) ?? []).map((unit) => (
              <path key={unit.key} d={unit.d} {...STROKE} />
            ))}
          </g>
        ))}
        {/* Proportional symbols, the largest first so that none hides a smaller one; the labels carry the values. */}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: drawings that take no focus */}
        <g aria-hidden="true" className="map-symbols" pointerEvents="none">
          {drawn
            .map((region, index) => ({ region, centre: centres[index] }))
            .filter(({ region }) => (region.symbol ?? 0) > 0)
            .sort((a, b) => (b.region.symbol ?? 0) - (a.region.symbol ?? 0))
            .map(({ region, centre }) => (
              <circle
                key={region.key}
                cx={centre?.[0]}
                cy={centre?.[1]}
                r={region.symbol}
                fill={SYMBOL_FILL}
                fillOpacity={0.75}
                stroke="#ffffff"
                strokeWidth={1}
              />
            ))}
        </g>
        {/* The selected territories' outlines, on top of their neighbours. */}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: drawings that take no focus */}
        <g aria-hidden="true" className="map-selected" fill="none" pointerEvents="none">
          {[...(selected ?? [])].flatMap((key) =>
            (byRegion.get(key) ?? []).map((unit) => <path key={unit.key} d={unit.d} />),
          )}
        </g>
        {/* The focused territory's outline is drawn again on top, so that no neighbour hides part of it. */}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a drawing of the focus ring, which takes no focus itself */}
        <g aria-hidden="true" className="map-focus-ring" fill="none">
          {(focusedKey === null ? [] : (byRegion.get(focusedKey) ?? [])).map((unit) => (
            <path key={unit.key} d={unit.d} />
          ))}
        </g>
      </svg>
      <p className="map-focus" aria-hidden="true">
        {focused?.label ?? '\u00a0'}
      </p>
    </div>
  );
}
