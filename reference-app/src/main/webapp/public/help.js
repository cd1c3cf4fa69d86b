// Help for visitors: the open police kiosks and duty points nearest to the visitor, on a map and as
// a list, filtered by what the visitor needs. Uses only …/kiosk-registry/public/kiosks/*.
import { api, esc, frame, local, say, t, when } from './common.js';
import { kioskLayer, positionMarker, zoneMap } from './map.js';

const NEEDS = ['umbrella', 'sewing-kit', 'first-aid-kit', 'drinking-water', 'phone-charging'];
const status = document.getElementById('status');
let profile;
let here = null; // { lat, lon } once the visitor gave a position
let showKiosks;
let showMe;
let map;

function need() {
  return document.querySelector('input[name=need]:checked')?.value || '';
}

function card(k) {
  const name = local(k.names);
  const open = k.openUntil ? t('help.openUntil', { t: when(k.openUntil, profile.timeZone) }) : t('help.open24');
  const distance = k.distanceMetres != null ? `<p class="meta">${esc(t('help.distance', { m: k.distanceMetres, w: k.walkingMinutes }))}</p>` : '';
  const items = k.amenities.filter((a) => a.available)
    .map((a) => `<li>${esc(t(`amenity.${a.kind}`))}${a.stock != null ? ` · ${a.stock}` : ''}</li>`).join('');
  const call = k.phone
    ? `<a class="button secondary" href="tel:${esc(k.phone.replace(/[^0-9+]/g, ''))}">${esc(t('help.call', { name: k.phone }))}</a>`
    : '';
  return `<article class="card kiosk" data-code="${esc(k.code)}">
      <h3>${esc(name)}</h3>
      <p class="meta">${esc(t(`help.${k.type}`))} · ${esc(local(k.address))}</p>
      <p class="open">${esc(open)}</p>
      ${distance}
      <p class="meta">${esc(t('help.amenities'))}</p>
      <ul class="chips" aria-label="${esc(t('help.amenities'))}">${items}</ul>
      <div class="actions">${call}</div>
    </article>`;
}

async function refresh() {
  const amenity = need();
  try {
    const kiosks = here
      ? await api('kiosk-registry/public/kiosks/nearest', { query: { lat: here.lat, lon: here.lon, crs: here.crs, amenity, limit: 20 } })
      : await api('kiosk-registry/public/kiosks/open-now', { query: { amenity } });
    document.getElementById('kiosks').innerHTML = kiosks.length ? kiosks.map(card).join('') : `<p>${esc(t('help.none'))}</p>`;
    document.getElementById('count').textContent = t('help.count', { n: kiosks.length });
    showKiosks(kiosks, (k) => local(k.names));
    if (here && kiosks.length) {
      // the visitor and the nearest few places in view
      const points = kiosks.slice(0, 3).map((k) => map.place(k.position.lat, k.position.lon));
      points.push(here.crs === map.crsName ? [here.lat, here.lon] : map.place(here.lat, here.lon));
      map.fitBounds(points, { padding: [24, 24], maxZoom: 17 });
    }
  } catch (e) {
    say(status, e.message, true);
  }
}

function setHere(lat, lon, crs = 'WGS84') {
  here = { lat, lon, crs };
  showMe(lat, lon, t('help.you'), crs);
  say(status, t('help.located'));
  refresh();
}

async function start() {
  profile = await frame('help');
  document.getElementById('call-110').textContent = t('call110');
  document.getElementById('locate').textContent = t('help.locate');
  document.getElementById('need-legend').textContent = t('help.need');
  document.getElementById('list-title').textContent = t('help.list');
  document.getElementById('map-hint').textContent = t('help.mapHint');
  document.getElementById('need').innerHTML = ['', ...NEEDS]
    .map((code) => `<label><input type="radio" name="need" value="${code}"${code ? '' : ' checked'}>
        ${esc(code ? t(`amenity.${code}`) : t('help.any'))}</label>`)
    .join('');
  document.getElementById('need').addEventListener('change', refresh);
  const zones = await api('zones');
  map = zoneMap(document.getElementById('map'), zones, { onTap: setHere, label: t('help.mapHint'), tiles: profile.tiles });
  showKiosks = kioskLayer(map);
  showMe = positionMarker(map);
  document.getElementById('locate').addEventListener('click', () => {
    if (!navigator.geolocation) return say(status, t('help.noLocation'), true);
    say(status, t('help.locating'));
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setHere(p.coords.latitude, p.coords.longitude);
      },
      () => say(status, t('help.noLocation'), true),
      { enableHighAccuracy: true, timeout: 10000 },
    );
  });
  await refresh();
}

start().catch(() => {});
