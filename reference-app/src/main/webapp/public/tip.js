// The tip line: send a tip (category, place from the map or the phone, photos), get the receipt
// code, follow the tip by its code and write to its handler. The code lives in this page's memory
// only: never in the address, never in storage.
import { api, esc, frame, freshKey, local, say, t, when } from './common.js';
import { positionMarker, zoneMap } from './map.js';

let profile;
let position = null;
let followed = null; // the receipt code being followed

function text(id, key) {
  document.getElementById(id).textContent = t(key);
}

function setPosition(lat, lon, mark, crs = 'WGS84') {
  position = { lat: Number(lat.toFixed(6)), lon: Number(lon.toFixed(6)), crs };
  mark(lat, lon, null, crs);
  document.getElementById('position-text').textContent = t('tip.positionSet', position);
}

async function send(event) {
  event.preventDefault();
  const status = document.getElementById('send-status');
  const description = document.getElementById('description');
  document.getElementById('description-error').textContent = '';
  description.removeAttribute('aria-invalid');
  const body = {
    category: document.getElementById('category').value,
    description: description.value.trim(),
    place: document.getElementById('place').value.trim() || null,
    position,
  };
  const button = document.getElementById('submit');
  button.disabled = true;
  say(status, t('tip.sending'));
  try {
    const receipt = await api('informant-rewards/public/tips', { method: 'POST', body, headers: { 'Idempotency-Key': freshKey() } });
    const files = [...document.getElementById('photos').files];
    for (const file of files) {
      await api('informant-rewards/public/tip-photos', {
        method: 'POST',
        body: file,
        headers: { 'Content-Type': file.type, 'X-Receipt-Code': receipt.receiptCode, 'Idempotency-Key': freshKey() },
      });
    }
    say(status, files.length ? t('tip.photosSent', { n: files.length }) : '');
    document.getElementById('receipt').textContent = receipt.receiptCode;
    document.getElementById('receipt-box').hidden = false;
    document.getElementById('tip-form').reset();
    document.getElementById('code').value = receipt.receiptCode;
    document.getElementById('receipt').focus();
  } catch (e) {
    say(status, e.message, true);
    for (const f of e.problem?.errors || []) {
      if (f.field === 'description') {
        description.setAttribute('aria-invalid', 'true');
        document.getElementById('description-error').textContent = f.message || '';
      }
    }
  } finally {
    button.disabled = false;
  }
}

function showTip(tip) {
  document.getElementById('tip-number').textContent = tip.number;
  const label = t(`tipStatus.${tip.status}`);
  document.getElementById('tip-status').textContent = label.startsWith('tipStatus.') ? tip.status : label;
  document.getElementById('messages').innerHTML = tip.messages.length
    ? tip.messages.map((m) => `<li class="${esc(m.from)}"><p class="meta">${esc(t(`tip.from.${m.from}`))} · ${esc(when(m.sentAt, profile.timeZone, true))}</p>
        <p>${esc(m.body)}</p></li>`).join('')
    : `<li>${esc(t('tip.noMessages'))}</li>`;
  document.getElementById('tip-view').hidden = false;
}

async function follow(event) {
  event?.preventDefault();
  const status = document.getElementById('follow-status');
  const code = document.getElementById('code').value.trim();
  if (!code) return;
  try {
    const tip = await api('informant-rewards/public/tip-status', { method: 'POST', body: { receiptCode: code } });
    followed = code;
    say(status, '');
    showTip(tip);
  } catch (e) {
    document.getElementById('tip-view').hidden = true;
    followed = null;
    say(status, e.message, true);
  }
}

async function reply(event) {
  event.preventDefault();
  const status = document.getElementById('reply-status');
  const body = document.getElementById('reply').value.trim();
  if (!followed || !body) return;
  try {
    await api('informant-rewards/public/tip-messages', {
      method: 'POST', body: { receiptCode: followed, body }, headers: { 'Idempotency-Key': freshKey() },
    });
    document.getElementById('reply').value = '';
    say(status, t('tip.replySent'));
    showTip(await api('informant-rewards/public/tip-status', { method: 'POST', body: { receiptCode: followed } }));
  } catch (e) {
    say(status, e.message, true);
  }
}

async function start() {
  profile = await frame('tip');
  [['send-title', 'tip.send'], ['anonymous', 'tip.anonymous'], ['category-label', 'tip.category'],
    ['description-label', 'tip.description'], ['place-label', 'tip.place'], ['position-legend', 'tip.position'],
    ['map-hint', 'tip.mapHint'], ['use-mine', 'tip.useMine'], ['photos-label', 'tip.photos'], ['submit', 'tip.submit'],
    ['receipt-title', 'tip.receipt'], ['receipt-hint', 'tip.receiptHint'], ['follow-title', 'tip.follow'],
    ['code-label', 'tip.code'], ['lookup', 'tip.lookup'], ['number-label', 'tip.number'], ['status-label', 'tip.status'],
    ['messages-title', 'tip.messages'], ['reply-label', 'tip.reply'], ['send-reply', 'tip.sendReply']]
    .forEach(([id, key]) => text(id, key));
  document.getElementById('receipt').tabIndex = -1;
  const categories = await api('informant-rewards/public/categories');
  document.getElementById('category').innerHTML = categories
    .map((c) => `<option value="${esc(c.code)}">${esc(local(c.names))}</option>`).join('');
  const zones = await api('zones');
  let mark;
  const map = zoneMap(document.getElementById('map'), zones, {
    onTap: (lat, lon, crs) => setPosition(lat, lon, mark, crs), label: t('tip.mapHint'), tiles: profile.tiles,
  });
  mark = positionMarker(map);
  document.getElementById('use-mine').addEventListener('click', () => {
    navigator.geolocation?.getCurrentPosition(
      (p) => { setPosition(p.coords.latitude, p.coords.longitude, mark); map.setView(map.place(p.coords.latitude, p.coords.longitude), 16); },
      () => say(document.getElementById('send-status'), t('help.noLocation'), true),
      { enableHighAccuracy: true, timeout: 10000 },
    );
  });
  document.getElementById('tip-form').addEventListener('submit', send);
  document.getElementById('follow-form').addEventListener('submit', follow);
  document.getElementById('reply-form').addEventListener('submit', reply);
}

start().catch(() => {});
