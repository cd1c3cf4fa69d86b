// Shared by the public pages: tenant and language from the address, the tenant's branding from its
// profile, calls to the public REST API with RFC 9457 problems turned into readable errors.
// Nothing is kept in storage: receipt codes and link tokens live only in the page's memory.

const MESSAGES = {
  'zh-CN': {
    'nav.help': '找警务亭', 'nav.tip': '举报线索', 'nav.check': '消费前查商家', 'nav.agreement': '核验调解协议',
    'lang.other': 'English', 'call110': '拨打 110', 'loading': '加载中…',
    'tenant.missing': '地址中缺少辖区（?tenant=…）。', 'error.network': '网络异常，请稍后再试。',
    'help.title': '游客求助：附近的警务亭', 'help.locate': '用我的位置', 'help.locating': '正在定位…',
    'help.located': '已按你的位置排序。', 'help.noLocation': '无法获得位置：可在地图上点一下你所在的地方。',
    'help.mapHint': '地图：警务亭（蓝）、执勤点（绿）、你的位置（红）。在地图上点一下可设定你的位置。',
    'help.need': '我需要', 'help.any': '不限', 'help.list': '正在开放的警务亭',
    'help.none': '附近暂无符合条件的开放警务亭。紧急情况请拨打 110。',
    'help.openUntil': '正在开放，至 {t}', 'help.open24': '正在开放（全天）', 'help.distance': '{m} 米 · 步行约 {w} 分钟',
    'help.call': '致电 {name}', 'help.kiosk': '警务亭', 'help.duty-point': '执勤点', 'help.amenities': '现有物品',
    'help.count': '共 {n} 处', 'help.you': '你的位置',
    'amenity.umbrella': '雨伞', 'amenity.sewing-kit': '针线包', 'amenity.first-aid-kit': '药箱',
    'amenity.drinking-water': '饮用水', 'amenity.phone-charging': '手机充电', 'amenity.wheelchair': '轮椅',
    'amenity.reading-glasses': '老花镜', 'amenity.map': '地图', 'amenity.oxygen': '氧气',
    'tip.title': '举报线索', 'tip.send': '提交线索', 'tip.category': '类别', 'tip.description': '情况描述',
    'tip.place': '地点（文字说明）', 'tip.position': '位置', 'tip.useMine': '用我的位置',
    'tip.mapHint': '在地图上点一下标出地点（可选）。', 'tip.positionSet': '已标出位置：{lat}, {lon}',
    'tip.photos': '照片（JPEG 或 PNG，可多张）', 'tip.submit': '提交', 'tip.sending': '正在提交…',
    'tip.receipt': '你的回执码', 'tip.receiptHint': '请记下回执码：凭它查询进度、与处理民警交流、领取奖励。本页不会保存它。',
    'tip.photosSent': '已上传照片 {n} 张。', 'tip.follow': '查询线索', 'tip.code': '回执码', 'tip.lookup': '查询',
    'tip.status': '状态', 'tip.number': '编号', 'tip.messages': '消息', 'tip.noMessages': '暂无消息。',
    'tip.from.handler': '处理民警', 'tip.from.informant': '我', 'tip.reply': '回复处理民警', 'tip.sendReply': '发送',
    'tipStatus.submitted': '已提交', 'tipStatus.under-review': '审核中', 'tipStatus.accepted': '已受理',
    'tipStatus.rejected': '未受理', 'tipStatus.verifying': '核查中', 'tipStatus.verified-true': '经核查属实',
    'tipStatus.verified-false': '经核查不属实', 'tipStatus.reward-decided': '已确定奖励', 'tipStatus.paid': '奖励已发放',
    'tipStatus.no-reward': '已办结（无奖励）',
    'tip.replySent': '已发送。', 'tip.anonymous': '匿名提交：不需要登录，也不记录你的身份。',
    'survey.title': '调解满意度评价', 'survey.missing': '此链接不完整，请使用短信或二维码中的完整链接。',
    'survey.case': '案件编号', 'survey.room': '调解室', 'survey.rating': '你对本次调解的满意度',
    'survey.r1': '很不满意', 'survey.r2': '不满意', 'survey.r3': '一般', 'survey.r4': '满意', 'survey.r5': '很满意',
    'survey.comment': '意见（可选）', 'survey.submit': '提交评价', 'survey.thanks': '谢谢！你的评价已收到。',
    'survey.used': '此链接已使用或已过期，不能再次评价。',
    'agreement.title': '核验调解协议', 'agreement.code': '协议核验码', 'agreement.check': '核验',
    'agreement.ok': '此协议由本调解室出具。', 'agreement.case': '案件编号', 'agreement.room': '调解室',
    'agreement.date': '达成日期', 'agreement.compensation': '赔偿金额', 'agreement.fulfilment': '履行情况',
    'agreement.none': '—', 'fulfilment.pending': '待履行', 'fulfilment.fulfilled': '已履行', 'fulfilment.not-fulfilled': '未履行',
    'check.title': '消费前查商家', 'check.query': '商家名称或统一社会信用代码', 'check.search': '查询',
    'check.found': '该商家在涉旅黑名单上：', 'check.clear': '未查到列入黑名单的商家（这不代表商家没有问题）。',
    'check.category': '类别', 'check.departments': '列入部门', 'check.validity': '有效期', 'check.rep': '法定代表人',
    'check.address': '地址', 'check.code': '信用代码', 'check.until': '至 {d}', 'check.open': '长期',
  },
  en: {
    'nav.help': 'Find a police kiosk', 'nav.tip': 'Send a tip', 'nav.check': 'Check a business', 'nav.agreement': 'Check an agreement',
    'lang.other': '中文', 'call110': 'Call 110', 'loading': 'Loading…',
    'tenant.missing': 'The address names no jurisdiction (?tenant=…).', 'error.network': 'Network problem; please try again.',
    'help.title': 'Help for visitors: police kiosks near you', 'help.locate': 'Use my position', 'help.locating': 'Finding you…',
    'help.located': 'Sorted by distance from you.', 'help.noLocation': 'Your position is not available: tap the map where you are.',
    'help.mapHint': 'Map: police kiosks (blue), duty points (green), you (red). Tap the map to set where you are.',
    'help.need': 'I need', 'help.any': 'Anything', 'help.list': 'Open now',
    'help.none': 'No open kiosk near you has that. In an emergency call 110.',
    'help.openUntil': 'Open now, until {t}', 'help.open24': 'Open now (24 hours)', 'help.distance': '{m} m · about {w} min on foot',
    'help.call': 'Call {name}', 'help.kiosk': 'Police kiosk', 'help.duty-point': 'Duty point', 'help.amenities': 'Available now',
    'help.count': 'Places: {n}', 'help.you': 'You are here',
    'amenity.umbrella': 'Umbrella', 'amenity.sewing-kit': 'Sewing kit', 'amenity.first-aid-kit': 'First aid',
    'amenity.drinking-water': 'Water', 'amenity.phone-charging': 'Phone charging', 'amenity.wheelchair': 'Wheelchair',
    'amenity.reading-glasses': 'Reading glasses', 'amenity.map': 'Map', 'amenity.oxygen': 'Oxygen',
    'tip.title': 'The tip line', 'tip.send': 'Send a tip', 'tip.category': 'Category', 'tip.description': 'What happened',
    'tip.place': 'Place (in words)', 'tip.position': 'Position', 'tip.useMine': 'Use my position',
    'tip.mapHint': 'Tap the map to mark the place (optional).', 'tip.positionSet': 'Place marked: {lat}, {lon}',
    'tip.photos': 'Photos (JPEG or PNG, several allowed)', 'tip.submit': 'Send', 'tip.sending': 'Sending…',
    'tip.receipt': 'Your receipt code', 'tip.receiptHint': 'Write the receipt code down: with it you follow the tip, talk to the officer handling it and collect a reward. This page does not keep it.',
    'tip.photosSent': '{n} photo(s) uploaded.', 'tip.follow': 'Follow a tip', 'tip.code': 'Receipt code', 'tip.lookup': 'Look up',
    'tip.status': 'Status', 'tip.number': 'Number', 'tip.messages': 'Messages', 'tip.noMessages': 'No messages yet.',
    'tip.from.handler': 'Officer', 'tip.from.informant': 'Me', 'tip.reply': 'Reply to the officer', 'tip.sendReply': 'Send reply',
    'tipStatus.submitted': 'Submitted', 'tipStatus.under-review': 'Under review', 'tipStatus.accepted': 'Accepted',
    'tipStatus.rejected': 'Not taken up', 'tipStatus.verifying': 'Being checked', 'tipStatus.verified-true': 'Checked: true',
    'tipStatus.verified-false': 'Checked: not true', 'tipStatus.reward-decided': 'Reward decided', 'tipStatus.paid': 'Reward paid',
    'tipStatus.no-reward': 'Closed (no reward)',
    'tip.replySent': 'Sent.', 'tip.anonymous': 'Anonymous: no sign-in, and your identity is not recorded.',
    'survey.title': 'How was your mediation?', 'survey.missing': 'This link is incomplete: open the whole link from the text message or QR code.',
    'survey.case': 'Case number', 'survey.room': 'Mediation room', 'survey.rating': 'How satisfied are you with the mediation?',
    'survey.r1': 'Very unsatisfied', 'survey.r2': 'Unsatisfied', 'survey.r3': 'Neutral', 'survey.r4': 'Satisfied', 'survey.r5': 'Very satisfied',
    'survey.comment': 'Comment (optional)', 'survey.submit': 'Send my rating', 'survey.thanks': 'Thank you! Your rating was received.',
    'survey.used': 'This link has been used or has expired; it cannot be answered again.',
    'agreement.title': 'Check a mediation agreement', 'agreement.code': 'Verification code', 'agreement.check': 'Check',
    'agreement.ok': 'This agreement was made by the mediation room.', 'agreement.case': 'Case number', 'agreement.room': 'Room',
    'agreement.date': 'Agreed on', 'agreement.compensation': 'Compensation', 'agreement.fulfilment': 'Fulfilment',
    'agreement.none': '—', 'fulfilment.pending': 'Pending', 'fulfilment.fulfilled': 'Fulfilled', 'fulfilment.not-fulfilled': 'Not fulfilled',
    'check.title': 'Check a business before you pay', 'check.query': 'Business name or unified social credit code', 'check.search': 'Check',
    'check.found': 'This business is on the tourism blacklist:', 'check.clear': 'No listed business found (which is no guarantee of good conduct).',
    'check.category': 'Category', 'check.departments': 'Listed by', 'check.validity': 'Valid', 'check.rep': 'Legal representative',
    'check.address': 'Address', 'check.code': 'Credit code', 'check.until': 'until {d}', 'check.open': 'open-ended',
  },
};

const params = new URLSearchParams(location.search);

/** The tenant of the page, from ?tenant=; null when the address names none. */
export const tenant = /^[a-z0-9][a-z0-9-]{0,62}$/.test(params.get('tenant') || '') ? params.get('tenant') : null;

/** zh-CN or en: ?lang= first, then the browser's languages. */
export const lang = (() => {
  const asked = params.get('lang');
  if (asked === 'zh-CN' || asked === 'en') return asked;
  return (navigator.languages || [navigator.language]).some((l) => /^zh/i.test(l)) ? 'zh-CN' : 'en';
})();

export function t(key, vars = {}) {
  const text = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

/** The name in the page's language from a {"zh-CN": …, "en": …} map. */
export function local(names) {
  if (!names) return '';
  return names[lang] ?? names[lang.split('-')[0]] ?? names['zh-CN'] ?? names.en ?? Object.values(names)[0] ?? '';
}

const apiRoot = new URL('../api/', location.href);

/** An error from the API: its problem's detail (in the page's language) and the fields it names. */
export class ApiError extends Error {
  constructor(status, problem) {
    const fields = (problem?.errors || []).map((e) => e.message).filter(Boolean).join(' ');
    super(fields || problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

/** Calls /api/{tenant}/{path}; JSON bodies are sent as JSON, other bodies (photos) as they are. */
export async function api(path, { method = 'GET', body, headers = {}, query } = {}) {
  const url = new URL(`${tenant}/${path}`, apiRoot);
  if (query) for (const [k, v] of Object.entries(query)) if (v != null && v !== '') url.searchParams.set(k, v);
  const h = { Accept: 'application/json', 'Accept-Language': lang, ...headers };
  let payload = body;
  if (body != null && !(body instanceof Blob)) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, { method, headers: h, body: payload, credentials: 'omit', cache: 'no-store' });
  } catch {
    throw new ApiError(0, { detail: t('error.network') });
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** Writes a message into a live region (role=status), as an error when asked. */
export function say(element, text, isError = false) {
  element.textContent = text;
  element.classList.toggle('error', isError);
}

/** The page's frame: the tenant's name, the page title, the language switch and the public pages. */
export async function frame(pageKey) {
  document.documentElement.lang = lang;
  const title = t(`${pageKey}.title`);
  document.title = title;
  const other = lang === 'en' ? 'zh-CN' : 'en';
  const header = document.querySelector('header.brand');
  header.innerHTML = `<div class="bar"><p class="station" id="station"></p>
      <a class="lang" href="" lang="${other}" id="switch-lang">${t('lang.other')}</a></div>
    <h1>${title}</h1>`;
  const switchUrl = new URL(location.href);
  switchUrl.searchParams.set('lang', other);
  switchUrl.hash = '';
  header.querySelector('#switch-lang').href = switchUrl.pathname + switchUrl.search;
  const nav = document.querySelector('nav.pages');
  const pages = [['help', 'help.html'], ['tip', 'tip.html'], ['check', 'check.html'], ['agreement', 'agreement.html']];
  nav.setAttribute('aria-label', lang === 'en' ? 'Public services' : '公众服务');
  nav.innerHTML = pages
    .map(([key, file]) => {
      const href = `${file}?tenant=${encodeURIComponent(tenant ?? '')}&lang=${lang}`;
      const current = key === pageKey ? ' aria-current="page"' : '';
      return `<a href="${href}"${current}>${t(`nav.${key}`)}</a>`;
    })
    .join('');
  if (!tenant) {
    document.querySelector('main').innerHTML = `<p class="error" role="alert">${t('tenant.missing')}</p>`;
    throw new Error('no tenant');
  }
  try {
    const profile = await api('tenant');
    header.querySelector('#station').textContent = local(profile.names);
    return profile;
  } catch (e) {
    document.querySelector('main').innerHTML = '';
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = e.message;
    document.querySelector('main').append(p);
    throw e;
  }
}

/** Text made safe for innerHTML. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A fresh key for Idempotency-Key headers. */
export function freshKey() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Formats an instant on the tenant's clock. */
export function when(instant, timeZone, withDate = false) {
  if (!instant) return '';
  const opts = withDate
    ? { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }
    : { timeZone, hour: '2-digit', minute: '2-digit', hour12: false };
  return new Intl.DateTimeFormat(lang, opts).format(new Date(instant));
}
