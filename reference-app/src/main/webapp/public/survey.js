// The satisfaction survey a party opens from its one-time link: survey.html?tenant=…#<token>. The
// token is in the fragment (never sent to the page's server, nor in a Referer) and is taken out of
// the address bar as soon as the page has read it; it then lives only in this page's memory.
import { api, esc, frame, local, say, t } from './common.js';

const token = location.hash.replace(/^#/, '');
// opening another link in the same tab changes only the fragment: start again with its token
window.addEventListener('hashchange', () => location.reload());
if (token) history.replaceState(null, '', location.pathname + location.search);
const status = document.getElementById('status');
const path = `mediation/public/satisfaction/${encodeURIComponent(token)}`;

async function answer(event) {
  event.preventDefault();
  const rating = document.querySelector('input[name=rating]:checked')?.value;
  if (!rating) {
    say(status, t('survey.rating'), true);
    return;
  }
  try {
    await api(path, { method: 'POST', body: { rating: Number(rating), comment: document.getElementById('comment').value.trim() || null } });
    document.getElementById('survey-form').hidden = true;
    say(status, t('survey.thanks'));
  } catch (e) {
    say(status, e.message, true);
  }
}

async function start() {
  await frame('survey');
  if (!/^[A-Za-z0-9_-]{10,200}$/.test(token)) {
    say(status, t('survey.missing'), true);
    return;
  }
  [['case-label', 'survey.case'], ['room-label', 'survey.room'], ['rating-legend', 'survey.rating'],
    ['comment-label', 'survey.comment'], ['submit', 'survey.submit']]
    .forEach(([id, key]) => { document.getElementById(id).textContent = t(key); });
  document.getElementById('ratings').innerHTML = [1, 2, 3, 4, 5]
    .map((n) => `<label><input type="radio" name="rating" value="${n}">${n} · ${esc(t(`survey.r${n}`))}</label>`).join('');
  try {
    const link = await api(path);
    document.getElementById('case-number').textContent = link.caseNumber;
    document.getElementById('room').textContent = local(link.room);
    document.getElementById('about').hidden = false;
    if (!link.answerable) {
      document.getElementById('survey-form').hidden = true;
      say(status, t('survey.used'), true);
    }
  } catch (e) {
    say(status, e.message, true);
  }
  document.getElementById('survey-form').addEventListener('submit', answer);
}

start().catch(() => {});
