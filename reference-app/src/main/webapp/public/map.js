// Maps of the public pages: Leaflet (from its WebJar). Without a tile source the tenant's zones and
// places are drawn as vectors over a plain background and no request leaves the station's server.
// When the tenant's documents name a tile source (map.tiles in tenant.yaml) it is drawn underneath,
// and every position is drawn in the tiles' coordinate system: GCJ-02 tiles (most Chinese map
// services) get WGS-84 positions shifted by the GCJ-02 offset, or the places would sit 100–700 m off.
import { local } from './common.js';

const L = window.L;

// WGS-84 → GCJ-02: the published polynomials on the Krasovsky 1940 ellipsoid, as the server's
// ChinaCoordinates does it (same box outside which nothing is shifted).
const A = 6378245.0;
const EE = 0.00669342162296594323;

function outsideChina(lat, lon) {
  return !(lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271);
}

function shiftNorth(x, y) {
  let s = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  s += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  s += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  s += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return s;
}

function shiftEast(x, y) {
  let s = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  s += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  s += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  s += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return s;
}

export function wgs84ToGcj02(lat, lon) {
  if (outsideChina(lat, lon)) return [lat, lon];
  const x = lon - 105;
  const y = lat - 35;
  const rad = (lat * Math.PI) / 180;
  const magic = 1 - EE * Math.sin(rad) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (shiftNorth(x, y) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (shiftEast(x, y) * 180) / ((A / sqrtMagic) * Math.cos(rad) * Math.PI);
  return [lat + dLat, lon + dLon];
}

/**
 * A map in `element` showing the tenant's zones, over the tenant's tiles if it names any.
 * `onTap(lat, lon, crs)` gets a tapped position in the map's own system (send it to the API with
 * that crs: the server converts GCJ-02). The returned map carries `place(lat, lon)`: a WGS-84
 * position where it is drawn on this map.
 */
export function zoneMap(element, zones, { onTap, label, tiles } = {}) {
  const gcj = tiles?.coordinateSystem === 'GCJ02';
  const map = L.map(element, { zoomSnap: 0.25, attributionControl: Boolean(tiles), keyboard: true });
  map.crsName = gcj ? 'GCJ02' : 'WGS84';
  map.place = gcj ? wgs84ToGcj02 : (lat, lon) => [lat, lon];
  element.setAttribute('role', 'region');
  element.dataset.crs = map.crsName;
  if (label) element.setAttribute('aria-label', label);
  if (tiles) {
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.tileLayer(tiles.url, {
      attribution: tiles.attribution, maxZoom: tiles.maxZoom || 18, subdomains: tiles.subdomains || 'abc',
    }).addTo(map);
  }
  const outlines = L.featureGroup().addTo(map);
  for (const z of zones) {
    const rings = (z.polygon?.coordinates || []).map((ring) => ring.map(([lon, lat]) => map.place(lat, lon)));
    if (rings.length) {
      L.polygon(rings, { color: '#51606f', weight: 1.5, fillColor: '#dfe7ee', fillOpacity: tiles ? 0.25 : 0.7 })
        .bindTooltip(local(z.names))
        .addTo(outlines);
    }
  }
  if (outlines.getLayers().length) map.fitBounds(outlines.getBounds(), { padding: [8, 8] });
  else map.setView([0, 0], 2);
  if (onTap) map.on('click', (e) => onTap(e.latlng.lat, e.latlng.lng, map.crsName));
  return map;
}

/** Marks where a drawn marker sits (data-lat/data-lon), for people inspecting the map and for tests. */
function note(marker, [lat, lon]) {
  const el = marker.getElement?.();
  if (el) {
    el.dataset.lat = lat.toFixed(6);
    el.dataset.lon = lon.toFixed(6);
  }
}

/**
 * A marker of the visitor's (or the tip's) position, moved when called again; `crs` says what
 * system the position is in (a tap on the map is in the map's own).
 */
export function positionMarker(map) {
  let marker = null;
  return (lat, lon, title, crs = 'WGS84') => {
    const at = crs === map.crsName ? [lat, lon] : map.place(lat, lon);
    if (marker) marker.setLatLng(at);
    else {
      marker = L.circleMarker(at, { radius: 9, color: '#9b1111', weight: 3, fillColor: '#e04343', fillOpacity: 0.9 })
        .addTo(map);
      marker.getElement?.()?.classList.add('me');
    }
    note(marker, at);
    if (title) marker.bindTooltip(title);
  };
}

/** Replaces the kiosk markers with `kiosks` (positions as the kiosk API answers them). */
export function kioskLayer(map) {
  const layer = L.layerGroup().addTo(map);
  return (kiosks, nameOf) => {
    layer.clearLayers();
    for (const k of kiosks) {
      const colour = k.type === 'duty-point' ? '#1c6b35' : '#0a4f9c';
      const at = map.place(k.position.lat, k.position.lon);
      const marker = L.circleMarker(at, { radius: 8, color: '#fff', weight: 2, fillColor: colour, fillOpacity: 1 })
        .bindTooltip(nameOf(k))
        .addTo(layer);
      marker.getElement?.()?.classList.add('kiosk-marker');
      marker.getElement?.()?.setAttribute('data-code', k.code);
      note(marker, at);
    }
  };
}
