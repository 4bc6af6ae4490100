import type { components } from '@mbi/client';
import { type ExtendedFeature, type ExtendedFeatureCollection, geoMercator, geoPath } from 'd3-geo';
import { useId, useMemo } from 'react';

export type TerritoryFeatureCollection = components['schemas']['TerritoryFeatureCollection'];

export interface MapLayer {
  /** The partner whose units get this style; `null` for context units. */
  readonly partner: string | null;
  readonly label: string;
  /** A class of styles.css giving the fill colour. */
  readonly className: string;
}

type Feature = TerritoryFeatureCollection['features'][number];
type Ring = Feature['geometry']['coordinates'][number];

/**
 * RFC 7946 winds exterior rings counter-clockwise; d3-geo, which works on the sphere, reads a
 * counter-clockwise ring as everything outside it. Each ring is reversed before projecting.
 */
export function rewind(feature: Feature): Feature {
  const { geometry } = feature;
  const reverse = (ring: Ring) => [...ring].reverse() as Ring;
  const coordinates =
    geometry.type === 'Polygon'
      ? geometry.coordinates.map(reverse)
      : (geometry.coordinates as unknown as Ring[][]).map((polygon) => polygon.map(reverse));
  return { ...feature, geometry: { ...geometry, coordinates } as Feature['geometry'] };
}

const WIDTH = 640;
const HEIGHT = 480;

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
  const paths = useMemo(() => {
    // The API's GeoJSON is RFC 7946, which d3-geo reads; its generated type is structurally narrower.
    const features = collection.features.map(rewind);
    const geo = { type: 'FeatureCollection', features } as unknown as ExtendedFeatureCollection;
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], geo);
    const path = geoPath(projection);
    return features.map((feature) => ({
      key: `${feature.properties.country}:${feature.properties.code}`,
      name: feature.properties.name,
      partner: feature.properties.partner,
      d: path(feature as unknown as ExtendedFeature) ?? '',
    }));
  }, [collection]);
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
