// Checks a printed mediation agreement's verification code: POST …/mediation/public/agreement-check.
import { api, esc, frame, local, say, t } from './common.js';

const status = document.getElementById('status');

async function check(event) {
  event.preventDefault();
  const facts = document.getElementById('facts');
  facts.hidden = true;
  const code = document.getElementById('code').value.trim();
  if (!code) return;
  try {
    const a = await api('mediation/public/agreement-check', { method: 'POST', body: { code } });
    say(status, t('agreement.ok'));
    const money = a.compensation ? `${a.compensation.amount} ${a.compensation.currency}` : t('agreement.none');
    facts.innerHTML = [
      ['agreement.case', a.caseNumber], ['agreement.room', local(a.room)], ['agreement.date', a.agreedOn],
      ['agreement.compensation', money], ['agreement.fulfilment', a.fulfilment ? t(`fulfilment.${a.fulfilment}`) : t('agreement.none')],
    ].map(([k, v]) => `<dt>${esc(t(k))}</dt><dd>${esc(v)}</dd>`).join('');
    facts.hidden = false;
  } catch (e) {
    say(status, e.message, true);
  }
}

async function start() {
  await frame('agreement');
  document.getElementById('code-label').textContent = t('agreement.code');
  document.getElementById('check').textContent = t('agreement.check');
  document.getElementById('check-form').addEventListener('submit', check);
}

start().catch(() => {});
