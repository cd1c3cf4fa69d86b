// "Check a business before you pay": the public blacklist lookup, by name or by unified social
// credit code (18 characters), GET …/blacklist/public/lookup.
import { api, esc, frame, say, t } from './common.js';

const status = document.getElementById('status');
let profile;

function day(instant) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: profile.timeZone }).format(new Date(instant));
}

function card(l) {
  const validity = `${day(l.effectiveFrom)} ${l.effectiveTo ? t('check.until', { d: day(l.effectiveTo) }) : t('check.open')}`;
  const rows = [
    ['check.code', l.creditCode], ['check.category', l.categoryName], ['check.address', l.address],
    ['check.rep', l.legalRepresentative], ['check.departments', (l.departments || []).join('、')], ['check.validity', validity],
  ].filter(([, v]) => v);
  return `<article class="card listing"><h3>${esc(l.name)}</h3>
    <dl class="facts">${rows.map(([k, v]) => `<dt>${esc(t(k))}</dt><dd>${esc(v)}</dd>`).join('')}</dl></article>`;
}

async function lookup(event) {
  event.preventDefault();
  const q = document.getElementById('query').value.trim();
  const results = document.getElementById('results');
  results.innerHTML = '';
  if (!q) return;
  const byCode = /^[0-9A-HJ-NPQRTUWXY]{18}$/i.test(q);
  try {
    const found = await api('blacklist/public/lookup', { query: byCode ? { creditCode: q.toUpperCase() } : { name: q } });
    say(status, found.results.length ? t('check.found') : t('check.clear'));
    results.innerHTML = found.results.map(card).join('');
  } catch (e) {
    say(status, e.message, true);
  }
}

async function start() {
  profile = await frame('check');
  document.getElementById('query-label').textContent = t('check.query');
  document.getElementById('search').textContent = t('check.search');
  document.getElementById('lookup-form').addEventListener('submit', lookup);
}

start().catch(() => {});
