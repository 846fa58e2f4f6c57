// Parallax web UI: one ES module, no framework. Hash routes (#/event/ev3) are real links, so every page
// is reachable by keyboard and shareable. All article text goes into the page through text nodes only
// (the `h` helper never parses HTML), so nothing an article says can become markup.

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Creates an element. `attrs` are attributes (on: event listeners, class: className); children are nodes,
 * strings (text nodes), arrays, or null/false (skipped).
 * @param {string} tag @param {Record<string, any>|null} [attrs] @param {...any} children @returns {HTMLElement}
 */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** @param {string} tag @param {Record<string, any>|null} [attrs] @param {...any} children @returns {SVGElement} */
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'outlet') el.style.setProperty('--outlet', outletColour(v));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

// ── API ─────────────────────────────────────────────────────────────────────────────────────────────

async function api(path, init) {
  const res = await fetch(path, init);
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) throw new Error(body?.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${res.status}`);
  return body;
}

const qs = (params) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const t = u.toString();
  return t ? `?${t}` : '';
};

// ── outlets: one colour each, the same on every page ───────────────────────────────────────────────

const PALETTE = ['#1f5fbf', '#c2571a', '#2f8f6b', '#8e44ad', '#b8860b', '#c0392b', '#16808c', '#6d4c41', '#d6336c', '#5c6f1f'];
let outletOrder = new Map();

function outletColour(name) {
  let i = outletOrder.get(name);
  if (i === undefined) {
    i = 0;
    for (const ch of name) i = (i * 31 + ch.codePointAt(0)) >>> 0;
  }
  return PALETTE[i % PALETTE.length];
}

async function loadOutlets() {
  const o = await api('/api/overview?latest=1');
  outletOrder = new Map(o.outlets.map((x) => x.name).sort().map((n, i) => [n, i]));
  return o;
}

const outletChip = (name) => h('span', { class: 'outlet', outlet: name }, name);
const statusBadge = (status) => h('span', { class: `badge ${status}` }, status);
const link = (href, ...children) => h('a', { href }, ...children);
const entityHref = (name) => `#/entity/${encodeURIComponent(name)}`;
const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;
const eventHref = (id) => `#/event/${encodeURIComponent(id)}`;
const officeHref = (office) => `#/office/${encodeURIComponent(office)}`;
const articleTitle = (a) => a.title ?? `(untitled, ${a.id})`;

function eventItem(ev) {
  return h('li', { class: 'event-item' },
    h('span', { class: 'when' }, ev.when),
    statusBadge(ev.status),
    link(eventHref(ev.id), h('span', { class: 'title' }, `${ev.kind}: ${ev.participants.join(', ') || 'no participants'}`)),
    ev.place ? h('span', { class: 'muted' }, `in ${ev.place}`) : null,
    h('span', { class: 'outlets' }, ev.outlets.map(outletChip)));
}

function articleItem(a) {
  return h('li', null, outletChip(a.outlet), ' ', link(articleHref(a.id), articleTitle(a)), ' ', h('span', { class: 'when' }, a.published ?? 'undated'));
}

const section = (title, ...body) => h('section', null, h('h2', null, title), ...body);
const list = (items, render, empty = 'None.') => (items.length ? h('ul', { class: 'plain' }, items.map(render)) : h('p', { class: 'muted' }, empty));

// ── pages ───────────────────────────────────────────────────────────────────────────────────────────

async function homePage() {
  const o = await loadOutlets().then(() => api('/api/overview?latest=10'));
  const c = o.changes;
  const changes = c
    ? [
        h('p', null, `${c.articles.length} article${c.articles.length === 1 ? '' : 's'} added · ${c.newEvents.length} new events · ${c.updatedEvents.length} events reported again · ${c.newEntities.length} new people and organisations`),
        h('div', { class: 'grid' },
          h('div', { class: 'card' }, h('h3', null, 'Articles added'), list(c.articles, articleItem)),
          h('div', { class: 'card' }, h('h3', null, 'New events'), list(c.newEvents.slice(0, 12), eventItem)),
          h('div', { class: 'card' }, h('h3', null, 'Events reported again'), list(c.updatedEvents.slice(0, 12), eventItem)),
          h('div', { class: 'card' }, h('h3', null, 'First seen'), c.newEntities.length ? h('p', null, c.newEntities.slice(0, 30).map((e, i) => [i ? ', ' : '', link(entityHref(e.name), e.name)])) : h('p', { class: 'muted' }, 'None.'))),
      ]
    : [h('p', { class: 'muted' }, 'No ingest since this server started. Ingest articles to see what they change.')];
  return [
    h('h1', null, 'Briefing'),
    h('p', { class: 'stats' }, `${o.articles} articles from ${o.outlets.length} outlets · ${o.events} linked events · ${o.entities} entities · `, h('a', { href: '/api/brief?format=html' }, 'full briefing (HTML)')),
    h('p', { class: 'outlets' }, o.outlets.map((x) => h('span', null, outletChip(x.name), h('span', { class: 'muted small' }, ` ${x.articles}`)))),
    h('div', { class: 'cols' },
      h('div', null,
        section('Storylines', o.storylines.length
          ? o.storylines.map((st) => h('article', { class: 'card' },
              h('h3', null, `Storyline ${st.n}: ${st.label}`),
              h('p', { class: 'when' }, `${st.span} · ${st.events} events · ${st.articles.length} articles`),
              h('ul', { class: 'plain' }, st.articles.map(articleItem))))
          : h('p', { class: 'muted' }, 'No articles yet: ingest some.'))),
      h('div', null,
        section('Latest events', list(o.latest, eventItem)),
        section('What changed since the last ingest', ...changes))),
  ];
}

/** Parses the known part of an ISO-like date to a time; null for undated, yearless or weekday-only values. */
function dateMs(v) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v ?? '');
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

async function timelinePage(params) {
  const overview = await loadOutlets();
  const filter = { entity: params.get('entity') ?? '', outlet: params.get('outlet') ?? '', status: params.get('status') ?? '' };
  const data = await api(`/api/timeline${qs({ ...filter, limit: 1000 })}`);
  const events = data.timeline;
  const dated = events.map((e) => ({ e, t: dateMs(e.date.start) })).filter((x) => x.t !== null);
  const undated = events.filter((e) => dateMs(e.date.start) === null);

  const form = h('form', { class: 'filters', on: { submit: (ev) => {
    ev.preventDefault();
    const f = new FormData(/** @type {HTMLFormElement} */ (ev.target));
    location.hash = `#/timeline${qs({ entity: f.get('entity'), outlet: f.get('outlet'), status: f.get('status') })}`;
  } } },
    h('label', null, 'Entity', h('input', { type: 'search', name: 'entity', value: filter.entity, placeholder: 'name or surname' })),
    h('label', null, 'Outlet', h('select', { name: 'outlet' }, h('option', { value: '' }, 'all outlets'), overview.outlets.map((o) => h('option', { value: o.name, selected: o.name === filter.outlet }, o.name)))),
    h('label', null, 'Status', h('select', { name: 'status' }, h('option', { value: '' }, 'any'), ['occurred', 'planned', 'reported', 'denied', 'hypothetical'].map((st) => h('option', { value: st, selected: st === filter.status }, st)))),
    h('button', { type: 'submit', class: 'primary' }, 'Filter'));

  const W = 1000, H = 220, PAD = 30;
  const times = dated.map((x) => x.t);
  const DAY = 86400000;
  const full = times.length ? [Math.min(...times) - 20 * DAY, Math.max(...times) + 20 * DAY] : [0, 1];
  let view = [...full];
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Events on a time axis; use the zoom buttons or the mouse wheel' });
  const listEl = h('ul', { class: 'plain' });
  const caption = h('p', { class: 'muted small', 'aria-live': 'polite' });

  function draw() {
    const [lo, hi] = view;
    const x = (t) => PAD + ((t - lo) / (hi - lo)) * (W - 2 * PAD);
    const axis = s('g', { class: 'axis' }, s('line', { x1: PAD, x2: W - PAD, y1: H - 25, y2: H - 25 }));
    const span = hi - lo;
    const monthly = span < 3 * 365 * DAY;
    const start = new Date(lo);
    for (let d = new Date(Date.UTC(start.getUTCFullYear(), monthly ? start.getUTCMonth() : 0, 1)); d.getTime() <= hi; monthly ? d.setUTCMonth(d.getUTCMonth() + (span > 400 * DAY ? 3 : 1)) : d.setUTCFullYear(d.getUTCFullYear() + 1)) {
      if (d.getTime() < lo) continue;
      const px = x(d.getTime());
      axis.append(s('line', { x1: px, x2: px, y1: 10, y2: H - 25 }), s('text', { x: px + 2, y: H - 10 }, monthly ? d.toISOString().slice(0, 7) : String(d.getUTCFullYear())));
    }
    const marks = s('g');
    const rows = [];
    const visible = dated.filter((v) => v.t >= lo && v.t <= hi).sort((a, b) => a.t - b.t);
    for (const { e, t } of visible) {
      const px = x(t);
      let row = rows.findIndex((end) => end < px - 12);
      if (row === -1) row = rows.length;
      rows[row] = px;
      const y = 25 + (row % 11) * 15;
      marks.append(s('a', { href: eventHref(e.id), class: `mark ${e.status}` },
        s('title', null, `${e.label} — ${e.outlets.join(', ')}`),
        s('circle', { cx: px, cy: y, r: 6 })));
    }
    svg.replaceChildren(axis, marks);
    caption.textContent = `${visible.length} of ${dated.length} dated events shown, ${new Date(lo).toISOString().slice(0, 10)} to ${new Date(hi).toISOString().slice(0, 10)}`;
    listEl.replaceChildren(...visible.map(({ e }) => eventItem(e)));
  }

  const zoom = (factor, centre = 0.5) => {
    const [lo, hi] = view;
    const span = Math.max(5 * DAY, (hi - lo) * factor);
    const mid = lo + (hi - lo) * centre;
    view = [Math.max(full[0], mid - span * centre), Math.min(full[1], mid + span * (1 - centre))];
    draw();
  };
  const pan = (share) => {
    const [lo, hi] = view;
    const d = (hi - lo) * share;
    const nlo = Math.min(Math.max(full[0], lo + d), full[1] - (hi - lo));
    view = [nlo, nlo + (hi - lo)];
    draw();
  };
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const r = svg.getBoundingClientRect();
    zoom(ev.deltaY < 0 ? 0.7 : 1 / 0.7, Math.min(1, Math.max(0, (ev.clientX - r.left) / r.width)));
  }, { passive: false });
  draw();
  return [
    h('h1', null, 'Timeline'),
    form,
    h('div', { class: 'zoom' },
      h('button', { type: 'button', on: { click: () => zoom(0.5) }, 'aria-label': 'Zoom in' }, '+'),
      h('button', { type: 'button', on: { click: () => zoom(2) }, 'aria-label': 'Zoom out' }, '−'),
      h('button', { type: 'button', on: { click: () => pan(-0.3) }, 'aria-label': 'Earlier' }, '←'),
      h('button', { type: 'button', on: { click: () => pan(0.3) }, 'aria-label': 'Later' }, '→'),
      h('button', { type: 'button', on: { click: () => { view = [...full]; draw(); } } }, 'Reset')),
    h('div', { class: 'legend' }, h('span', null, h('span', { class: 'dot' }), 'occurred or reported'), h('span', null, h('span', { class: 'dot planned' }), 'planned')),
    svg, caption,
    section('Events in view', listEl),
    section('Undated events', list(undated, eventItem)),
  ];
}

/** Text with highlighted ranges (offsets into the text), as text nodes and <mark>s. */
function highlighted(text, marks) {
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out.push(text.slice(at, m.start), h('mark', { class: m.kind, title: m.label }, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(text.slice(at));
  return out;
}

async function eventPage(id) {
  await loadOutlets();
  const ev = await api(`/api/timeline/${encodeURIComponent(id)}`);
  // One card per reporting article: each source first, the articles that retell it right after it, marked derived.
  const inEvent = new Set(ev.reports.map((r) => r.article.id));
  const ordered = [];
  const place = (r) => {
    if (ordered.includes(r)) return;
    ordered.push(r);
    for (const d of ev.reports) if (d.derivedFrom?.id === r.article.id) place(d);
  };
  ev.reports.filter((r) => !r.derivedFrom || !inEvent.has(r.derivedFrom.id)).forEach(place);
  ev.reports.forEach(place);
  const outletOfArticle = new Map(ev.reports.map((r) => [r.article.id, r.article.outlet]));
  const reportCard = (r) => h('article', { class: `report${r.derivedFrom ? ' derived' : ''}`, outlet: r.article.outlet, 'data-article': r.article.id },
    h('div', null, outletChip(r.article.outlet), ' ', r.derivedFrom ? h('span', { class: 'badge derived' }, 'derived') : null),
    h('h3', null, link(articleHref(r.article.id), articleTitle(r.article))),
    h('p', { class: 'when' }, `published ${r.article.published ?? 'undated'}`),
    r.derivedFrom ? h('p', { class: 'small derived-from' }, 'Retells ', outletChip(r.derivedFrom.outlet), ' ', link(articleHref(r.derivedFrom.id), articleTitle(r.derivedFrom)), ' (rewrite lineage).') : null,
    h('ul', { class: 'plain small' }, r.mentions.map((m) => h('li', null, `${m.kind}, ${m.when}${m.place ? `, in ${m.place}` : ''} `, statusBadge(m.status), h('span', { class: 'muted' }, ` · gives ${m.gives.join(', ') || 'nothing comparable'}`)))),
    h('p', { class: 'excerpt' }, highlighted(r.excerpt, r.highlights)));
  const cov = ev.coverage;
  return [
    h('p', { class: 'muted small' }, link('#/timeline', 'Timeline'), ' › event'),
    h('h1', null, `${ev.kind}: ${ev.participants.join(', ') || 'no participants'}`),
    h('p', null, h('span', { class: 'when' }, ev.when), ' ', statusBadge(ev.status), ev.place ? ` · in ${ev.place}` : '', ' · ',
      ev.participants.map((p, i) => [i ? ', ' : '', link(entityHref(p), p)])),
    section(`Reports side by side (${ev.reports.length})`,
      h('p', { class: 'legend' }, h('span', null, h('mark', null, 'evidence'), ' the words the report rests on'), h('span', null, h('mark', { class: 'framing' }, 'framing'), ' the outlet’s own judging words')),
      h('div', { class: 'reports' }, ordered.map(reportCard))),
    section('Coverage: which outlet gives which fact',
      h('div', { class: 'table-wrap' }, h('table', null,
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'fact'), cov.outlets.map((o) => h('th', { scope: 'col' }, outletChip(o))))),
        h('tbody', null, cov.rows.map((row) => h('tr', null, h('th', { scope: 'row' }, row.fact),
          cov.outlets.map((o) => (row.byOutlet[o] ? h('td', { class: 'yes' }, h('span', { 'aria-label': 'yes' }, '✓')) : h('td', { class: 'no' }, h('span', { 'aria-label': 'no' }, '—')))))))))),
    section('Quotes by outlet', ev.quotes.length
      ? ev.quotes.map((g) => h('div', { outlet: g.outlet }, h('h3', null, outletChip(g.outlet), ' ', link(articleHref(g.article), 'article')),
          g.quotes.map((q) => h('blockquote', null, q.text, h('footer', { class: 'small muted' }, `— ${q.speaker?.name ?? 'unattributed'}, ${q.cue ?? 'no cue'}${q.direct ? ' (direct)' : ' (reported)'}${q.via ? `, via ${q.via.name}` : ''}${q.stance ? `; outlet’s stance: ${q.stance}` : ''}`)))))
      : h('p', { class: 'muted' }, 'No quotes by the participants in these reports.')),
    ev.lineage.length ? section('Rewrite lineage', list(ev.lineage, (l) => h('li', null, link(articleHref(l.article), outletOfArticle.get(l.article) ?? l.article), ` retells `, link(articleHref(l.derived_from), outletOfArticle.get(l.derived_from) ?? l.derived_from), `: ${l.shared} sentences shared, ${l.added} added`))) : null,
  ];
}

/** Horizontal bars on a date axis: one row per label, a bar from `from` to `to` (a dot-wide bar for one date). */
function barChart(rows, label) {
  const ts = rows.flatMap((r) => [dateMs(r.from), dateMs(r.to)]).filter((t) => t !== null);
  if (!ts.length) return h('p', { class: 'muted' }, 'No dated evidence.');
  const DAY = 86400000;
  const lo = Math.min(...ts) - 60 * DAY, hi = Math.max(...ts) + 60 * DAY;
  const W = 900, LABEL = 330, ROW = 26, H = rows.length * ROW + 30;
  const x = (t) => LABEL + ((t - lo) / (hi - lo)) * (W - LABEL - 20);
  const svg = s('svg', { class: 'bars', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label });
  const axis = s('g', { class: 'axis' });
  const step = hi - lo > 4 * 365 * DAY ? 12 : hi - lo > 18 * 30 * DAY ? 6 : 3;
  for (const d = new Date(Date.UTC(new Date(lo).getUTCFullYear(), 0, 1)); d.getTime() <= hi; d.setUTCMonth(d.getUTCMonth() + step)) {
    const t = d.getTime();
    if (t < lo) continue;
    axis.append(s('line', { x1: x(t), x2: x(t), y1: 0, y2: H - 20 }), s('text', { x: x(t) + 3, y: H - 6 }, step === 12 ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 7)));
  }
  svg.append(axis);
  rows.forEach((r, i) => {
    const a = dateMs(r.from), b = dateMs(r.to) ?? a;
    const y = i * ROW + 6;
    const g = s('g', { class: 'row' }, s('text', { x: 0, y: y + 13 }, r.label.length > 48 ? `${r.label.slice(0, 47)}…` : r.label));
    if (a !== null) g.append(s('rect', { class: 'bar', x: x(a) - 4, y, width: Math.max(8, x(b) - x(a) + 8), height: 16, rx: 4 }, s('title', null, `${r.label}: ${r.from}${r.to !== r.from ? ` to ${r.to}` : ''}`)));
    svg.append(g);
  });
  return svg;
}

async function entityPage(name) {
  await loadOutlets();
  const e = await api(`/api/entities/${encodeURIComponent(name)}`);
  // Offices over time: one bar per office, from the first to the last article dating it.
  const offices = new Map();
  for (const o of e.offices) {
    const cur = offices.get(o.office) ?? { label: o.office, from: o.as_of, to: o.as_of, articles: [] };
    if (o.as_of && (!cur.from || o.as_of < cur.from)) cur.from = o.as_of;
    if (o.as_of && (!cur.to || o.as_of > cur.to)) cur.to = o.as_of;
    cur.articles.push(o.article);
    offices.set(o.office, cur);
  }
  const officeRows = [...offices.values()].sort((a, b) => (a.from ?? '~').localeCompare(b.from ?? '~'));
  return [
    h('p', { class: 'muted small' }, e.type),
    h('h1', null, e.name),
    e.aliases.length ? h('p', { class: 'muted' }, `also: ${e.aliases.join(', ')}`) : null,
    h('p', { class: 'stats' }, `${e.mentions} mentions in ${e.articles.length} articles · ${e.events} events · `, link(`#/timeline${qs({ entity: e.name })}`, 'on the timeline')),
    section('Offices over time', officeRows.length
      ? [barChart(officeRows, `Offices held by ${e.name}, by the dates of the articles that say so`),
          h('ul', { class: 'plain offices' }, officeRows.map((o) => h('li', null, link(officeHref(o.label), o.label), ' ', h('span', { class: 'when' }, o.from === o.to ? `as of ${o.from ?? 'undated'}` : `${o.from} – ${o.to}`),
            ' · ', o.articles.map((a, i) => [i ? ', ' : '', link(articleHref(a), a)]))))]
      : h('p', { class: 'muted' }, 'No office is tied to this entity in the stored articles.')),
    h('div', { class: 'cols' },
      h('div', null,
        section('Meetings, visits, calls and agreements', list(e.meetings, eventItem)),
        section('Quotes', list(e.quotes, (q) => h('li', null, h('blockquote', null, q.text), h('span', { class: 'small muted' }, `${q.cue ?? 'no cue'}${q.direct ? ' (direct)' : ' (reported)'}${q.via ? `, via ${q.via.name}` : ''} · `), link(articleHref(q.article), 'source'))))),
      h('div', null,
        section('Meets most', list(e.partners, (p) => h('li', null, link(entityHref(p.name), p.name), h('span', { class: 'muted small' }, ` ${p.type} · ${p.events} event${p.events === 1 ? '' : 's'}`)))),
        section('Articles', list(e.articles, (a) => articleItem({ ...a, outlet: a.outlet ?? 'unknown outlet' }))))),
  ];
}

async function officePage(office) {
  const data = await api(`/api/offices${qs({ q: office, limit: 1000 })}`);
  const o = data.offices.find((x) => x.office === office) ?? data.offices[0];
  if (!o) throw new Error(`NOT_FOUND: no office "${office}"`);
  return [
    h('p', { class: 'muted small' }, 'office'),
    h('h1', null, o.office),
    h('p', { class: 'stats' }, 'Holders in the order the stored articles date them.'),
    barChart(o.holders.map((x) => ({ label: x.person, from: x.from, to: x.to })), `Holders of ${o.office} over time`),
    h('ol', { class: 'holders' }, o.holders.map((x) => h('li', null, link(entityHref(x.person), x.person), ' ',
      h('span', { class: 'when' }, x.from === x.to ? `as of ${x.from ?? 'undated'}` : `${x.from} – ${x.to}`), x.former ? ' (former)' : '', ' · ',
      x.articles.map((a, i) => [i ? ', ' : '', link(articleHref(a), a)])))),
  ];
}

const LAYERS = [
  ['entity', 'entities', '--entity'], ['time', 'dates', '--time'], ['quote', 'quotes', '--quote'], ['event', 'events', '--event'], ['framing', 'framing', '--framing'], ['role', 'offices', '--role'],
];

/** What the provenance panel says about one annotation. */
function describe(layer, span) {
  const d = span.data ?? {};
  const rows = [['layer', layer], ['text', span.text ?? '']];
  if (layer === 'entity') rows.push(['entity', `${d.name ?? ''} (${d.type ?? span.label})`]);
  if (layer === 'time') rows.push(['value', `${d.value ?? span.label}${d.precision ? ` (${d.precision})` : ''}`]);
  if (layer === 'quote') rows.push(['speaker', d.speaker?.name ?? 'unattributed'], ['cue', d.cue ?? '—'], ['kind', d.direct ? 'direct' : 'reported']);
  if (layer === 'event') rows.push(['event', `${d.kind ?? span.label}: ${(d.participants ?? []).map((p) => p.name).join(', ')}`], ['status', d.status ?? '—']);
  if (layer === 'role') rows.push(['office', `${d.person ?? ''}: ${d.office ?? ''}`]);
  if (layer === 'framing') rows.push(['kind', span.kind], ['judges', span.target ?? '—']);
  const p = span.prov;
  if (p) {
    rows.push(['stage', p.stage], ['rule', p.rule]);
    if (p.confidence !== undefined) rows.push(['confidence', String(p.confidence)]);
    if (p.stated?.length) rows.push(['stated', p.stated.join(', ')]);
    if (p.implied?.length) rows.push(['implied', p.implied.join(', ')]);
  } else if (layer === 'framing') rows.push(['stage', 'compare'], ['rule', 'framing lexicon, outside quoted words']);
  return rows;
}

async function articlePage(id) {
  await loadOutlets();
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const outlet = a.outlet ?? 'unknown outlet';
  const spans = [];
  for (const [layer] of LAYERS) for (const sp of a.annotations[layer] ?? []) spans.push({ layer, sp: { ...sp, text: sp.text ?? a.text.slice(sp.start, sp.end) } });
  // Cut the text at every span boundary; each piece carries the annotations covering it.
  const cuts = new Set([0, a.text.length]);
  for (const { sp } of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const panel = h('div', { class: 'card prov', 'aria-live': 'polite' }, h('h3', null, 'Provenance'), h('p', { class: 'muted small' }, 'Hover over or select a highlighted passage to see what was found there and by which rule.'));
  const show = (covering) => {
    panel.replaceChildren(h('h3', null, 'Provenance'), ...covering.map(({ layer, sp }) => h('dl', null, describe(layer, sp).map(([k, v]) => [h('dt', null, k), h('dd', null, v)])))
      , ...covering.filter((c) => c.layer === 'entity' && c.sp.data?.name).map((c) => h('p', null, link(entityHref(c.sp.data.name), `Open ${c.sp.data.name}`))));
  };
  const text = h('div', { class: `article-text ${LAYERS.map(([l]) => `show-${l}`).join(' ')}` });
  for (let i = 0; i < points.length - 1; i++) {
    const [lo, hi] = [points[i], points[i + 1]];
    const covering = spans.filter(({ sp }) => sp.start <= lo && sp.end >= hi);
    const piece = a.text.slice(lo, hi);
    if (!covering.length) { text.append(document.createTextNode(piece)); continue; }
    const el = h('span', { class: `hl ${[...new Set(covering.map((c) => `hl-${c.layer}`))].join(' ')}`, title: covering.map((c) => `${c.layer}: ${c.layer === 'entity' ? c.sp.data?.name ?? c.sp.label : c.sp.label ?? c.sp.kind}`).join(' · ') }, piece);
    el.addEventListener('mouseenter', () => show(covering));
    el.addEventListener('click', () => show(covering));
    text.append(el);
  }
  const toggles = h('fieldset', { class: 'layers' }, h('legend', { class: 'sr-only' }, 'Highlight'),
    LAYERS.map(([l, label, colour]) => {
      const box = h('input', { type: 'checkbox', checked: true, on: { change: (ev) => text.classList.toggle(`show-${l}`, /** @type {HTMLInputElement} */ (ev.target).checked) } });
      const sw = h('span', { class: 'swatch' });
      sw.style.background = `var(${colour})`;
      return h('label', null, box, sw, `${label} (${(a.annotations[l] ?? []).length})`);
    }));
  const p = a.published ?? {};
  const safeUrl = a.url && /^https?:\/\//i.test(a.url) ? a.url : null;
  return [
    h('p', null, outletChip(outlet)),
    h('h1', null, a.title ?? '(untitled)'),
    h('p', { class: 'stats' }, `published ${p.value ?? 'undated'}${p.precision ? ` (${p.precision}` : ''}${p.source ? `, ${p.source}` : ''}${p.inferred ? ', inferred' : ''}${p.precision ? ')' : ''}`,
      a.dateline?.place ? ` · dateline ${a.dateline.place}` : '', ` · ${a.source}`, safeUrl ? [' · ', h('a', { href: safeUrl, rel: 'noopener noreferrer' }, 'original')] : null),
    p.evidence?.length ? h('p', { class: 'small muted' }, `date evidence: ${p.evidence.join('; ')}`) : null,
    toggles,
    h('div', { class: 'cols' },
      h('div', null, text,
        a.captions?.length ? section('Captions', h('ul', null, a.captions.map((c) => h('li', null, c)))) : null,
        h('details', { class: 'removed' }, h('summary', null, `Removed furniture (${a.removed.length})`),
          a.removed.length ? h('ul', null, a.removed.map((r) => h('li', null, h('span', { class: 'reason' }, r.reason), r.text))) : h('p', { class: 'muted' }, 'Nothing was removed.'))),
      h('div', null, panel)),
  ];
}

async function graphPage() {
  const g = await api('/api/graph');
  if (!g.nodes.length) return [h('h1', null, 'Who meets whom'), h('p', { class: 'muted' }, 'No meetings between named people or organisations yet.')];
  const W = 900, H = 600;
  const n = g.nodes.length;
  const pos = g.nodes.map((_, i) => ({ x: W / 2 + Math.cos((2 * Math.PI * i) / n) * W * 0.35, y: H / 2 + Math.sin((2 * Math.PI * i) / n) * H * 0.35 }));
  const index = new Map(g.nodes.map((x, i) => [x.id, i]));
  const edges = g.edges.map((e) => [index.get(e.source), index.get(e.target), e.weight]);
  // Fruchterman–Reingold, deterministic: repulsion k²/d between all nodes, attraction d²/k along edges, a cooling step.
  const k = Math.sqrt((W * H) / n) * 0.5;
  for (let it = 0, t = W / 8; it < 400; it++, t *= 0.985) {
    const f = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const r = (k * k) / d / d;
      f[i].x += dx * r; f[i].y += dy * r; f[j].x -= dx * r; f[j].y -= dy * r;
    }
    for (const [a, b, w] of edges) {
      const dx = pos[b].x - pos[a].x, dy = pos[b].y - pos[a].y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const r = (d / k) * (1 + Math.log(w));
      f[a].x += dx * r; f[a].y += dy * r; f[b].x -= dx * r; f[b].y -= dy * r;
    }
    pos.forEach((p, i) => {
      // Gravity grows with the distance from the centre, so separate groups stay in view instead of at the walls.
      const gx = W / 2 - p.x, gy = H / 2 - p.y, g = (0.25 * Math.hypot(gx, gy)) / k;
      f[i].x += gx * g; f[i].y += gy * g;
      const len = Math.max(Math.hypot(f[i].x, f[i].y), 1e-9);
      const step = Math.min(len, t);
      p.x = Math.min(W - 110, Math.max(20, p.x + (f[i].x / len) * step));
      p.y = Math.min(H - 15, Math.max(15, p.y + (f[i].y / len) * step));
    });
  }
  const svg = s('svg', { class: 'graph chart', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': 'Who meets whom; each node links to its entity page' },
    edges.map(([a, b, w]) => s('line', { x1: pos[a].x, y1: pos[a].y, x2: pos[b].x, y2: pos[b].y, 'stroke-width': 1 + Math.min(w, 6) })),
    g.nodes.map((node, i) => s('a', { href: entityHref(node.name) },
      s('title', null, `${node.name}: ${node.events} event${node.events === 1 ? '' : 's'}`),
      s('circle', { class: node.type, cx: pos[i].x, cy: pos[i].y, r: 5 + Math.min(node.events, 8) }),
      s('text', { x: pos[i].x + 10, y: pos[i].y + 4 }, node.name))));
  const names = new Map(g.nodes.map((x) => [x.id, x.name]));
  return [
    h('h1', null, 'Who meets whom'),
    h('p', { class: 'legend' }, h('span', null, '● people (blue) · organisations (green); a line for each pair in a meeting, visit, call or agreement, thicker for more events')),
    svg,
    section('Pairs', h('div', { class: 'table-wrap' }, h('table', null,
      h('thead', null, h('tr', null, h('th', null, 'pair'), h('th', null, 'events'))),
      h('tbody', null, g.edges.map((e) => h('tr', null,
        h('td', null, link(entityHref(names.get(e.source)), names.get(e.source)), ' — ', link(entityHref(names.get(e.target)), names.get(e.target))),
        h('td', null, e.events.map((id, i) => [i ? ', ' : '', link(eventHref(id), id)])))))))),
  ];
}

async function mapPage() {
  const [outlines, m] = await Promise.all([api('/api/map/outlines'), api('/api/map')]);
  const lon = m.places.map((p) => p.lon + 180), lat = m.places.map((p) => 90 - p.lat);
  // Frame the places (at least a 40° × 25° window), else the whole world.
  let [x0, x1, y0, y1] = lon.length ? [Math.min(...lon), Math.max(...lon), Math.min(...lat), Math.max(...lat)] : [0, 360, 0, 180];
  const padX = Math.max(8, (40 - (x1 - x0)) / 2), padY = Math.max(6, (25 - (y1 - y0)) / 2);
  [x0, x1, y0, y1] = [Math.max(0, x0 - padX), Math.min(360, x1 + padX), Math.max(0, y0 - padY), Math.min(180, y1 + padY)];
  const items = new Map();
  const svg = s('svg', { class: 'map chart', viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`, role: 'group', 'aria-label': 'Where events happen' },
    outlines.countries.map((c) => s('path', { d: c.d }, s('title', null, c.name))),
    m.places.map((p) => {
      const r = (0.5 + Math.sqrt(p.events.length) * 0.25) * Math.max(0.3, (x1 - x0) / 150);
      return s('a', { href: `#/map`, class: 'pin', 'aria-label': `${p.name}: ${p.events.length} events`, on: { click: (ev) => {
        ev.preventDefault();
        const li = items.get(p.name);
        li?.scrollIntoView({ block: 'center' });
        li?.querySelector('a')?.focus();
      } } },
        s('title', null, `${p.name} (${p.matched}): ${p.events.length} events`),
        s('circle', { cx: p.lon + 180, cy: 90 - p.lat, r }),
        s('text', { x: p.lon + 180 + r + 0.3, y: 90 - p.lat + r / 2, 'font-size': Math.max(0.9, (x1 - x0) / 90) }, p.name));
    }));
  return [
    h('h1', null, 'Where events happen'),
    h('p', { class: 'muted small' }, 'Places located offline: GeoNames cities and Natural Earth countries bundled with Parallax.'),
    svg,
    section('Places', m.places.length ? h('ul', { class: 'plain' }, m.places.map((p) => {
      const li = h('li', null, h('h3', null, p.name, h('span', { class: 'muted small' }, ` ${p.kind === 'city' ? p.matched : 'country'}`)), h('ul', { class: 'plain' }, p.events.map(eventItem)));
      items.set(p.name, li);
      return li;
    })) : h('p', { class: 'muted' }, 'No event places yet.')),
    m.unplaced.length ? section('Not on the map', h('p', { class: 'muted' }, m.unplaced.map((u) => `${u.name} (${u.events})`).join(', '))) : null,
  ];
}

/** FTS snippets mark matches with [brackets]; they become <mark>s, the rest stays text. */
function snippet(text) {
  return text.split(/(\[[^\]]*\])/).map((part) => (/^\[.*\]$/.test(part) ? h('mark', null, part.slice(1, -1)) : part));
}

async function searchPage(params) {
  await loadOutlets();
  const q = params.get('q') ?? '';
  const form = h('form', { role: 'search', class: 'filters', on: { submit: (ev) => {
    ev.preventDefault();
    location.hash = `#/search${qs({ q: new FormData(/** @type {HTMLFormElement} */ (ev.target)).get('q') })}`;
  } } }, h('label', null, 'Words or "a phrase"', h('input', { type: 'search', name: 'q', value: q, size: 40 })), h('button', { class: 'primary', type: 'submit' }, 'Search'));
  if (!q.trim()) return [h('h1', null, 'Search'), form];
  const [hits, ents] = await Promise.all([api(`/api/search${qs({ q, limit: 50 })}`), api(`/api/entities${qs({ q, limit: 20 })}`)]);
  return [
    h('h1', null, 'Search'), form,
    section(`Entities (${ents.total})`, list(ents.entities, (e) => h('li', null, link(entityHref(e.name), e.name), h('span', { class: 'muted small' }, ` ${e.type} · ${e.articles.length} articles`)))),
    section(`Articles (${hits.hits.length})`, list(hits.hits, (x) => h('li', null, outletChip(x.outlet ?? 'unknown outlet'), ' ', link(articleHref(x.id), x.title ?? x.id), h('p', { class: 'snippet small' }, snippet(x.snippet))), 'No article matches.')),
  ];
}

const TOKEN_KEY = 'parallax-token';

function ingestPage() {
  const token = h('input', { type: 'password', id: 'token', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) ?? '', size: 30 });
  token.addEventListener('change', () => sessionStorage.setItem(TOKEN_KEY, token.value.trim()));
  const results = h('ul', { class: 'plain', 'aria-live': 'polite' });
  const auth = () => ({ authorization: `Bearer ${token.value.trim()}` });
  const outcome = (li, status, body) => {
    const j = (() => { try { return JSON.parse(body); } catch { return null; } })();
    li.append(' ', status < 300
      ? h('span', null, `ingested ${j.ingested} · duplicates ${j.duplicates}${j.failed.length ? ` · failed ${j.failed.length}` : ''} `, (j.ids ?? []).slice(0, 5).map((id) => [link(articleHref(id), id), ' ']))
      : h('span', { class: 'error' }, j?.error ? `${j.error.code}: ${j.error.message}` : `HTTP ${status}`));
  };
  const upload = (file) => {
    const bar = h('progress', { max: 100, value: 0 });
    const li = h('li', null, file.name, ' ', bar);
    results.append(li);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/ingest${qs({ name: file.name })}`);
    xhr.setRequestHeader('authorization', auth().authorization);
    xhr.upload.addEventListener('progress', (ev) => { if (ev.lengthComputable) bar.value = (ev.loaded / ev.total) * 100; });
    xhr.addEventListener('load', () => { bar.value = 100; outcome(li, xhr.status, xhr.responseText); });
    xhr.addEventListener('error', () => li.append(' ', h('span', { class: 'error' }, 'the upload failed')));
    xhr.send(file);
  };
  const files = (list) => { for (const f of list) upload(f); };
  const picker = h('input', { type: 'file', multiple: true, id: 'files', on: { change: (ev) => files(/** @type {HTMLInputElement} */ (ev.target).files ?? []) } });
  const drop = h('div', { class: 'drop', on: {
    dragover: (ev) => { ev.preventDefault(); drop.classList.add('over'); },
    dragleave: () => drop.classList.remove('over'),
    drop: (ev) => { ev.preventDefault(); drop.classList.remove('over'); files(ev.dataTransfer?.files ?? []); },
  } }, h('p', null, 'Drop .txt, .html, .jsonl, .json or RSS/Atom files here, or'), h('label', null, 'choose files: ', picker));
  const url = h('input', { type: 'url', name: 'url', placeholder: 'https://…', size: 40 });
  const urlForm = h('form', { class: 'filters', on: { submit: async (ev) => {
    ev.preventDefault();
    const li = h('li', null, url.value, ' ', h('progress'));
    results.append(li);
    const res = await fetch('/api/ingest/url', { method: 'POST', headers: { ...auth(), 'content-type': 'application/json' }, body: JSON.stringify({ url: url.value }) });
    li.querySelector('progress')?.remove();
    outcome(li, res.status, await res.text());
  } } }, h('label', null, 'Fetch a page or feed', url), h('button', { type: 'submit' }, 'Fetch'));
  return [
    h('h1', null, 'Ingest'),
    h('p', null, 'Writes need the server’s token (PARALLAX_TOKEN). It is kept in this tab only (sessionStorage).'),
    h('p', { class: 'filters' }, h('label', { for: 'token' }, 'Token', token)),
    drop, urlForm,
    section('Uploads', results),
    h('p', null, link('#/', 'Back to the briefing to see what changed')),
  ];
}

// ── router ──────────────────────────────────────────────────────────────────────────────────────────

const ROUTES = [
  [/^\/$/, () => homePage(), 'Briefing', '#/'],
  [/^\/timeline$/, (_m, p) => timelinePage(p), 'Timeline', '#/timeline'],
  [/^\/event\/(.+)$/, (m) => eventPage(m[1]), 'Event', null],
  [/^\/entity\/(.+)$/, (m) => entityPage(m[1]), 'Entity', null],
  [/^\/office\/(.+)$/, (m) => officePage(m[1]), 'Office', null],
  [/^\/article\/(.+)$/, (m) => articlePage(m[1]), 'Article', null],
  [/^\/graph$/, () => graphPage(), 'Who meets whom', '#/graph'],
  [/^\/map$/, () => mapPage(), 'Map', '#/map'],
  [/^\/search$/, (_m, p) => searchPage(p), 'Search', '#/search'],
  [/^\/ingest$/, () => ingestPage(), 'Ingest', '#/ingest'],
];

async function render() {
  const main = /** @type {HTMLElement} */ (document.getElementById('main'));
  const raw = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  const params = new URLSearchParams(query);
  const found = ROUTES.map((r) => [r, r[0].exec(path)]).find(([, m]) => m);
  for (const a of document.querySelectorAll('.top nav a')) a.toggleAttribute('aria-current', false);
  main.setAttribute('aria-busy', 'true');
  try {
    if (!found) throw new Error(`NOT_FOUND: no page ${path}`);
    const [[, make, title, nav], m] = found;
    const decoded = [...m].map((x, i) => (i ? decodeURIComponent(x) : x));
    const content = await make(decoded, params);
    main.replaceChildren(...[content].flat().filter(Boolean));
    const h1 = main.querySelector('h1');
    document.title = `${h1?.textContent ?? title} · Parallax`;
    if (nav) document.querySelector(`.top nav a[href="${nav}"]`)?.setAttribute('aria-current', 'page');
  } catch (e) {
    main.replaceChildren(h('h1', null, 'Something went wrong'), h('p', { class: 'error' }, String(/** @type {Error} */ (e).message ?? e)), h('p', null, link('#/', 'Back to the briefing')));
    document.title = 'Error · Parallax';
  }
  main.setAttribute('aria-busy', 'false');
  main.dataset.ready = raw;
  if (document.activeElement !== document.body && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

document.getElementById('quick-search')?.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = /** @type {HTMLInputElement} */ (document.getElementById('quick-q')).value;
  location.hash = `#/search${qs({ q })}`;
});
window.addEventListener('hashchange', render);
render();
