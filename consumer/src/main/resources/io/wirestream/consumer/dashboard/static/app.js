// Wirestream live dashboard. Article text comes from the open web: every string from an article
// reaches the page through textContent, setAttribute or new Option(), never through innerHTML.
'use strict';

(function () {
  const MAX_ARTICLES = 200;
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);

  const state = {
    articles: new Map(),   // id -> { article, node, seq }
    seq: 0,
    lastEventId: null,
    topics: new Map(),     // label -> code
    sources: new Set(),
    entities: new Set(),
    source: null,
  };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // ---- rendering one article --------------------------------------------------------------

  function highlights(article) {
    const text = article.text || '';
    const spans = [];
    for (const m of article.entities || []) {
      spans.push({ start: m.start, end: m.end, kind: 'ent', m });
    }
    for (const d of article.dates || []) {
      spans.push({ start: d.start, end: d.end, kind: 'date', d });
    }
    spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || (a.kind === 'ent' ? -1 : 1));
    const kept = [];
    let pos = 0;
    for (const s of spans) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < pos || s.end <= s.start || s.end > text.length) {
        continue;
      }
      kept.push(s);
      pos = s.end;
    }
    return kept;
  }

  function renderBody(article) {
    const text = article.text || '';
    const body = el('div', 'body');
    let pos = 0;
    for (const s of highlights(article)) {
      if (s.start > pos) body.appendChild(document.createTextNode(text.slice(pos, s.start)));
      const piece = text.slice(s.start, s.end);
      if (s.kind === 'ent') {
        const type = /^[A-Z]+$/.test(s.m.type || '') ? s.m.type : 'MISC';
        const span = el('span', 'ent ent-' + type, piece);
        span.setAttribute('title', s.m.name + ' — ' + type + (s.m.subtype ? ' (' + s.m.subtype + ')' : '')
          + (s.m.linkId ? ' · ' + s.m.linkId : ''));
        span.dataset.name = s.m.name;
        span.dataset.type = type;
        span.addEventListener('click', () => setEntityFilter(s.m.name));
        body.appendChild(span);
      } else {
        const span = el('span', 'date', piece);
        span.setAttribute('title', s.d.type + ' ' + s.d.value + (s.d.resolved ? ', resolved against the publication date' : ''));
        span.dataset.value = s.d.value;
        if (s.d.value && s.d.value !== piece) span.appendChild(el('span', 'date-value', s.d.value));
        body.appendChild(span);
      }
      pos = s.end;
    }
    if (pos < text.length) body.appendChild(document.createTextNode(text.slice(pos)));
    return body;
  }

  function renderArticle(article) {
    const card = el('article', 'card');
    card.dataset.id = article.id;
    card.appendChild(el('h3', 'title', article.title || '(untitled)'));
    const meta = el('div', 'meta');
    meta.appendChild(el('span', 'source', article.source));
    const when = article.publishedAt || article.fetchedAt;
    if (when) meta.appendChild(el('span', 'published', when.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC')));
    if (article.language) meta.appendChild(el('span', 'language', article.language));
    if (article.duplicateOf) meta.appendChild(el('span', 'duplicate', 'near-duplicate of ' + article.duplicateOf));
    card.appendChild(meta);
    const tags = el('div', 'tags');
    for (const t of article.topics || []) {
      const tag = el('span', 'tag', t.label);
      tag.setAttribute('title', t.code + ' · score ' + t.score);
      tag.dataset.code = t.code;
      tag.addEventListener('click', () => setSelect($('topic-filter'), t.label));
      tags.appendChild(tag);
    }
    card.appendChild(tags);
    card.appendChild(renderBody(article));
    return card;
  }

  // ---- the live list ----------------------------------------------------------------------

  function remember(article) {
    for (const t of article.topics || []) {
      if (!state.topics.has(t.label)) {
        state.topics.set(t.label, t.code);
        addOption($('topic-filter'), t.label);
      }
    }
    if (article.source && !state.sources.has(article.source)) {
      state.sources.add(article.source);
      addOption($('source-filter'), article.source);
    }
    for (const m of article.entities || []) {
      if (m.name && !state.entities.has(m.name)) {
        state.entities.add(m.name);
        const o = document.createElement('option');
        o.value = m.name;
        $('entity-names').appendChild(o);
      }
    }
  }

  function addOption(select, value) {
    const options = Array.from(select.options).slice(1);
    const before = options.find((o) => o.value.localeCompare(value) > 0) || null;
    select.insertBefore(new Option(value, value), before);
  }

  function onArticle(article, live) {
    remember(article);
    const old = state.articles.get(article.id);
    if (old) old.node.remove();
    const node = renderArticle(article);
    if (live) node.classList.add('fresh');
    state.articles.set(article.id, { article, node, seq: ++state.seq });
    $('articles').prepend(node);
    if (state.articles.size > MAX_ARTICLES) {
      const oldest = [...state.articles.values()].sort((a, b) => a.seq - b.seq)[0];
      oldest.node.remove();
      state.articles.delete(oldest.article.id);
    }
    applyFilters();
  }

  function filters() {
    return { topic: $('topic-filter').value, entity: $('entity-filter').value.trim(), source: $('source-filter').value };
  }

  function matches(article, f) {
    const lower = (s) => (s || '').toLowerCase();
    if (f.topic && !(article.topics || []).some((t) => t.label === f.topic || t.code === f.topic)) return false;
    if (f.entity && !(article.entities || []).some((m) => lower(m.name) === lower(f.entity) || m.linkId === f.entity)) return false;
    if (f.source && lower(article.source) !== lower(f.source)) return false;
    return true;
  }

  function applyFilters() {
    const f = filters();
    let shown = 0;
    for (const { article, node } of state.articles.values()) {
      const ok = matches(article, f);
      node.hidden = !ok;
      if (ok) shown++;
    }
    const total = state.articles.size;
    $('count').textContent = shown === total ? '(' + total + ')' : '(' + shown + ' of ' + total + ' match the filters)';
    $('empty').hidden = total > 0;
  }

  function setSelect(select, value) {
    select.value = value;
    applyFilters();
  }

  function setEntityFilter(name) {
    $('entity-filter').value = name;
    applyFilters();
  }

  function reset() {
    for (const { node } of state.articles.values()) node.remove();
    state.articles.clear();
    applyFilters();
  }

  // ---- search (the API: the database when the server has one) -------------------------------

  async function search(event) {
    event.preventDefault();
    const f = filters();
    const params = new URLSearchParams();
    const q = $('search').value.trim();
    if (q) params.set('q', q);
    if (f.topic) params.set('topic', f.topic);
    if (f.entity) params.set('entity', f.entity);
    if (f.source) params.set('source', f.source);
    const list = $('result-list');
    list.replaceChildren();
    $('results').hidden = false;
    $('results-info').textContent = 'Searching…';
    try {
      const response = await fetch('/api/articles?' + params.toString());
      const body = await response.json();
      if (!response.ok) throw new Error(body.error || response.statusText);
      $('results-info').textContent = body.articles.length + ' article(s)' + (q ? ' containing “' + q + '”' : '')
        + (body.from === 'database' ? ', from the database' : ', from recent articles');
      for (const a of body.articles) list.appendChild(renderArticle(a));
    } catch (e) {
      $('results-info').textContent = 'Search failed: ' + e.message;
    }
  }

  // ---- trends chart (SVG drawn by hand) ------------------------------------------------------

  function drawChart(svg, rows, kind) {
    svg.replaceChildren();
    const barHeight = 18, gap = 6, labelWidth = 130, width = 300;
    if (!rows.length) {
      svg.setAttribute('viewBox', '0 0 ' + width + ' 24');
      const t = document.createElementNS(SVG, 'text');
      t.setAttribute('x', '0');
      t.setAttribute('y', '16');
      t.setAttribute('class', 'value');
      t.textContent = 'nothing yet';
      svg.appendChild(t);
      return;
    }
    const max = Math.max(...rows.map((r) => r.count));
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + rows.length * (barHeight + gap));
    rows.forEach((r, i) => {
      const y = i * (barHeight + gap);
      const g = document.createElementNS(SVG, 'g');
      const title = document.createElementNS(SVG, 'title');
      title.textContent = r.name + (r.entityType ? ' — ' + r.entityType : '') + ': ' + r.count;
      g.appendChild(title);
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', '0');
      label.setAttribute('y', String(y + 13));
      label.textContent = r.name.length > 20 ? r.name.slice(0, 19) + '…' : r.name;
      g.appendChild(label);
      const bar = document.createElementNS(SVG, 'rect');
      const w = Math.max(2, Math.round((width - labelWidth - 40) * r.count / max));
      bar.setAttribute('x', String(labelWidth));
      bar.setAttribute('y', String(y));
      bar.setAttribute('width', String(w));
      bar.setAttribute('height', String(barHeight));
      bar.setAttribute('class', 'bar ' + (kind === 'topic' ? 'topic' : (/^[A-Z]+$/.test(r.entityType || '') ? r.entityType : '')));
      g.appendChild(bar);
      const value = document.createElementNS(SVG, 'text');
      value.setAttribute('x', String(labelWidth + w + 4));
      value.setAttribute('y', String(y + 13));
      value.setAttribute('class', 'value');
      value.textContent = String(r.count);
      g.appendChild(value);
      g.addEventListener('click', () => (kind === 'topic' ? setSelect($('topic-filter'), r.name) : setEntityFilter(r.name)));
      svg.appendChild(g);
    });
  }

  function onTrends(trends) {
    drawChart($('trend-entities'), trends.entities || [], 'entity');
    drawChart($('trend-topics'), trends.topics || [], 'topic');
    $('trends-as-of').textContent = 'as of ' + (trends.asOf || '').replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  }

  // ---- the event stream: EventSource resumes with Last-Event-ID by itself; if the browser gives up
  // (the server answered an error), reconnect by hand and pass the last id in the query string ---

  function setStatus(cls, text) {
    const s = $('status');
    s.className = 'status ' + cls;
    s.textContent = text;
  }

  function connect() {
    const url = '/events' + (state.lastEventId ? '?lastEventId=' + encodeURIComponent(state.lastEventId) : '');
    const source = new EventSource(url);
    state.source = source;
    const track = (e) => { if (e.lastEventId) state.lastEventId = e.lastEventId; };
    source.onopen = () => setStatus('live', 'live');
    source.addEventListener('article', (e) => { track(e); onArticle(JSON.parse(e.data), true); });
    source.addEventListener('trends', (e) => { track(e); onTrends(JSON.parse(e.data)); });
    source.addEventListener('reset', () => reset());
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        setStatus('reconnecting', 'reconnecting…');
        setTimeout(connect, 3000);
      } else {
        setStatus('reconnecting', 'reconnecting…');
      }
    };
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('topic-filter').addEventListener('change', applyFilters);
    $('source-filter').addEventListener('change', applyFilters);
    $('entity-filter').addEventListener('input', applyFilters);
    $('clear-filters').addEventListener('click', () => {
      $('topic-filter').value = '';
      $('source-filter').value = '';
      $('entity-filter').value = '';
      applyFilters();
    });
    $('search-form').addEventListener('submit', search);
    $('close-results').addEventListener('click', () => { $('results').hidden = true; });
    applyFilters();
    connect();
  });
})();
