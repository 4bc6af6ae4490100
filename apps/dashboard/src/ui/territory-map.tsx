import type { components } from '@mbi/client';
import { useId, useMemo } from 'react';
import { MAP_HEIGHT as HEIGHT, projectUnits, MAP_WIDTH as WIDTH } from './project-units';

export { rewind } from './project-units';

export type TerritoryFeatureCollection = components['schemas']['TerritoryFeatureCollection'];

export interface MapLayer {
  /** The partner whose units get this style; `null` for context units. */
  readonly partner: string | null;
  readonly label: string;
  /** A class of styles.css giving the fill colour. */
  readonly className: string;
}

/**
 * The territory units as an SVG map (d3-geo, Mercator fitted to the units), coloured per partner, with a
 * legend in HTML. The picture has a title and a description; the same facts are in the page's text, so the
 * map adds no information a screen reader would miss.
 */
export function TerritoryMap({
  collection,
  layers,
  title,
  description,
}: {
  collection: TerritoryFeatureCollection;
  layers: readonly MapLayer[];
  title: string;
  description: string;
}) {
  const titleId = useId();
  const descriptionId = useId();
  const paths = useMemo(
    () =>
      projectUnits(collection).map((unit) => ({
        key: unit.key,
        name: unit.properties.name,
        partner: unit.properties.partner,
        d: unit.d,
      })),
    [collection],
  );
  const classOf = new Map(layers.map((layer) => [layer.partner, layer.className]));
  return (
    <figure className="map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        {paths.map((unit) => (
          <path key={unit.key} d={unit.d} className={`unit ${classOf.get(unit.partner) ?? 'unit-context'}`}>
            <title>{unit.name}</title>
          </path>
        ))}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {layers.map((layer) => (
            <li key={layer.partner ?? 'context'}>
              <span className={`swatch ${layer.className}`} aria-hidden="true" /> {layer.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
