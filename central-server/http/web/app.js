// e-LAMPID dashboard: a small single-page app over the JSON API (docs/dashboard.md). No libraries: the DOM is
// built with el() (never from HTML strings, so no data can inject markup) and charts are drawn as SVG here.
'use strict';

(() => {
  const KINDS = [
    { key: 'kelahiran', label: 'Kelahiran' },
    { key: 'kematian', label: 'Kematian' },
    { key: 'kepindahan', label: 'Kepindahan' },
    { key: 'kedatangan', label: 'Kedatangan' },
  ];
  const ROLE_LABELS = { analis_pusat: 'Analis pusat', pejabat_kabkota: 'Pejabat kab/kota', admin: 'Administrator' };
  const LEVEL_LABELS = { nasional: 'Nasional', provinsi: 'Provinsi', kabupaten: 'Kabupaten/kota', kecamatan: 'Kecamatan' };
  const CHILD_LABELS = { provinsi: 'Provinsi', kabupaten: 'Kabupaten/kota', kecamatan: 'Kecamatan' };
  const STATUS_BADGES = {
    aktif: ['ok', 'Aktif'], tidak_sinkron: ['warn', 'Tidak sinkron'], tanpa_edge: ['bad', 'Tanpa edge'],
  };
  const VERIFICATION_BADGES = {
    sesuai: ['ok', 'SESUAI'], tidak_sesuai: ['bad', 'TIDAK SESUAI'], menunggu: ['neutral', 'Menunggu'],
    belum: ['neutral', 'Belum diverifikasi'],
  };
  const BREAKER_LABELS = { closed: 'Tertutup (normal)', open: 'Terbuka (Dukcapil dihindari)', half_open: 'Setengah terbuka (uji coba)' };
  const METRIC_LABELS = {
    queue_length: 'Panjang antrean verifikasi', breaker_state: 'Status pemutus',
    breaker_transitions_to_closed: 'Pemutus menjadi tertutup (kali)',
    breaker_transitions_to_open: 'Pemutus menjadi terbuka (kali)',
    breaker_transitions_to_half_open: 'Pemutus menjadi setengah terbuka (kali)',
    reports_verified: 'Laporan terverifikasi', reports_matched: 'Laporan sesuai seluruhnya',
    calls_ok: 'Panggilan Dukcapil berhasil', calls_failed: 'Panggilan Dukcapil gagal',
    calls_refused_open: 'Panggilan ditahan pemutus', persons_checked: 'Orang diperiksa',
  };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
  const ROW_LIMIT = 300;

  const state = { user: null, period: { from: '', to: '' }, renderToken: 0 };
  const nf = new Intl.NumberFormat('id-ID');
  const df = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

  // ---- small helpers ------------------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') node.textContent = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) if (c) node.append(c);
    return node;
  }

  function fmtNumber(v) {
    if (v === null || v === undefined) return '–';
    return Number.isInteger(v) ? nf.format(v) : df.format(v);
  }

  function fmtTime(iso) {
    if (!iso) return '–';
    const d = new Date(iso);
    return d.toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }) + ' WIB';
  }

  function fmtMonth(m) {
    if (!m) return 'Tidak diketahui';
    const [y, mm] = m.split('-');
    return `${MONTHS[Number(mm) - 1]} ${y}`;
  }

  // The Bahasa Indonesia half of an API message ("… / English").
  function indonesian(message) {
    return String(message || '').split(' / ')[0];
  }

  function badge(kind, text) { return el('span', { class: `badge ${kind}` }, text); }

  function newActionId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }

  // ---- API ----------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(path, options) {
    const init = Object.assign({ credentials: 'same-origin', headers: {} }, options || {});
    if (init.body !== undefined) {
      init.method = init.method || 'POST';
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(init.body);
    }
    const res = await fetch(path, init);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const message = body && body.error ? body.error.message : `HTTP ${res.status}`;
      // A session that ended while the page was open (expired, logged out elsewhere, account changed).
      if (res.status === 401 && state.user && path !== '/api/login') showLogin('Sesi Anda berakhir; silakan masuk lagi.');
      throw new ApiError(res.status, indonesian(message));
    }
    return body;
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
    const s = q.toString();
    return s ? `?${s}` : '';
  }

  function statsParams(region) {
    return { region, from: state.period.from, to: state.period.to };
  }

  function csvLink(path, params, label) {
    return el('a', { class: 'button small', href: `${path}.csv${query(params)}`, download: '' }, label || 'Unduh CSV');
  }

  // ---- routing ------------------------------------------------------------------------------------------

  // "#/<view>/<region>": every view is about one region (default: the user's own).
  function route() {
    const parts = location.hash.replace(/^#\/?/, '').split('/');
    const views = ['ringkasan', 'wilayah', 'verifikasi', 'edge', 'pemeriksaan'];
    const view = views.includes(parts[0]) ? parts[0] : 'ringkasan';
    const region = parts.length > 1 && /^[0-9.]*$/.test(parts[1]) ? parts[1] : state.user.region.code;
    return { view, region };
  }

  function href(view, region) {
    return `#/${view}/${region}`;
  }

  // ---- session ------------------------------------------------------------------------------------------

  function showLogin(message) {
    state.user = null;
    document.getElementById('app-view').hidden = true;
    document.getElementById('session').hidden = true;
    document.getElementById('login-view').hidden = false;
    document.getElementById('login-error').textContent = message || '';
    document.getElementById('login-user').focus();
  }

  function showApp(user) {
    state.user = user;
    document.getElementById('login-view').hidden = true;
    document.getElementById('app-view').hidden = false;
    document.getElementById('session').hidden = false;
    document.getElementById('who-name').textContent = user.display_name;
    const region = user.region.code ? ` · ${user.region.name}` : ' · Nasional';
    document.getElementById('who-role').textContent = (ROLE_LABELS[user.role] || user.role) + region;
    document.getElementById('tab-pemeriksaan').hidden = user.role !== 'pejabat_kabkota';
    render();
  }

  async function login(event) {
    event.preventDefault();
    const button = document.getElementById('login-submit');
    const error = document.getElementById('login-error');
    const user_id = document.getElementById('login-user').value.trim();
    const password = document.getElementById('login-password').value;
    if (!user_id || !password) {
      error.textContent = 'Isi nama pengguna dan kata sandi.';
      return;
    }
    button.disabled = true;
    error.textContent = '';
    try {
      const body = await api('/api/login', { body: { user_id, password } });
      document.getElementById('login-password').value = '';
      if (!location.hash) location.hash = href('ringkasan', body.user.region.code);
      showApp(body.user);
    } catch (e) {
      error.textContent = e.message || 'Gagal masuk.';
    } finally {
      button.disabled = false;
    }
  }

  async function logout() {
    try { await api('/api/logout', { body: {} }); } catch (e) { /* the session may be gone already */ }
    location.hash = '';
    showLogin('Anda sudah keluar.');
  }

  // ---- rendering shell ----------------------------------------------------------------------------------

  async function render() {
    if (!state.user) return;
    const { view, region } = route();
    const token = ++state.renderToken;
    for (const a of document.querySelectorAll('.tabs a')) {
      a.href = href(a.dataset.view, region);
      if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    // The period applies to the statistics views only.
    document.getElementById('period-form').hidden = !(view === 'ringkasan' || view === 'wilayah');
    const host = document.getElementById('view');
    host.dataset.state = 'loading';
    host.dataset.view = view;
    host.dataset.region = region;
    host.replaceChildren(el('p', { class: 'loading' }, 'Memuat…'));
    let content;
    try {
      const renderers = { ringkasan: renderSummary, wilayah: renderRegions, verifikasi: renderVerification,
                          edge: renderEdges, pemeriksaan: renderReview };
      content = await renderers[view](region);
    } catch (e) {
      if (e.status === 401) return;
      content = el('div', { class: 'notice bad', role: 'alert' }, `Gagal memuat: ${e.message}`);
    }
    if (token !== state.renderToken) return;  // a newer navigation won
    host.replaceChildren(content);
    host.dataset.state = 'ready';
  }

  async function renderCrumbs(region, view) {
    const crumbs = document.getElementById('crumbs');
    const info = await api(`/api/stats/regions${query({ region })}`);
    const items = [];
    const userRegion = state.user.region.code;
    for (const p of info.path) {
      // Only the user's own region and below are reachable.
      if (userRegion && !(p.code === userRegion || p.code.startsWith(`${userRegion}.`))) continue;
      items.push(el('a', { href: href(view, p.code) }, p.code ? p.name : 'Indonesia'));
      items.push(el('span', { class: 'sep', 'aria-hidden': 'true' }, '›'));
    }
    items.push(el('span', { class: 'current', 'aria-current': 'location' },
      info.region.code ? `${info.region.name} (${LEVEL_LABELS[info.region.level]})` : 'Indonesia (Nasional)'));
    crumbs.replaceChildren(...items);
    return info;
  }

  function card(title, actions, ...body) {
    return el('section', { class: 'card', 'aria-label': title },
      el('div', { class: 'card-head' }, el('h2', {}, title), el('div', { class: 'actions' }, actions || [])),
      ...body);
  }

  // A table from an API table ({columns, rows}); options: numeric (keys), link(row) → href for the first
  // text column, caption, limit, foot (a row object), render[key](value, row) → node.
  function dataTable(data, options) {
    const o = options || {};
    const numeric = new Set(o.numeric || []);
    const columns = data.columns.filter((c) => !(o.hide || []).includes(c.key));
    const cell = (tag, c, row, isFoot) => {
      const v = row[c.key];
      const attrs = { 'data-key': c.key, 'data-value': v === null || v === undefined ? '' : String(v) };
      if (numeric.has(c.key)) attrs.class = 'num';
      if (tag === 'th') attrs.scope = 'row';
      let content;
      if (o.render && o.render[c.key]) content = o.render[c.key](v, row, isFoot);
      else if (numeric.has(c.key)) content = fmtNumber(v);
      else content = v === null || v === undefined || v === '' ? '–' : String(v);
      if (!isFoot && o.link && c.key === o.linkKey) {
        const target = o.link(row);
        if (target) content = el('a', { href: target }, content);
      }
      return el(tag, attrs, content);
    };
    const rows = o.limit ? data.rows.slice(0, o.limit) : data.rows;
    const table = el('table', { class: 'data' },
      o.caption ? el('caption', {}, o.caption) : null,
      el('thead', {}, el('tr', {}, columns.map((c) =>
        el('th', { scope: 'col', class: numeric.has(c.key) ? 'num' : null }, c.label)))),
      el('tbody', {}, rows.map((row) => el('tr', { 'data-code': row.code || row.id || row.month || row.kind || null },
        columns.map((c, i) => cell(i === 0 && o.rowHeader ? 'th' : 'td', c, row, false))))),
      o.foot ? el('tfoot', {}, el('tr', {}, columns.map((c, i) => cell(i === 0 ? 'th' : 'td', c, o.foot, true)))) : null);
    const wrap = el('div', { class: `table-wrap${o.tall ? ' tall' : ''}` }, table);
    if (o.limit && data.rows.length > o.limit) {
      return el('div', {}, wrap, el('p', { class: 'more' },
        `Menampilkan ${nf.format(o.limit)} dari ${nf.format(data.rows.length)} baris; unduh CSV untuk semua.`));
    }
    return wrap;
  }

  function kpi(label, value, sub, tone, id) {
    return el('div', { class: `kpi${tone ? ` ${tone}` : ''}` },
      el('div', { class: 'label' }, label),
      el('div', { class: 'value', id: id || null }, value),
      sub ? el('div', { class: 'sub' }, sub) : null);
  }

  // ---- charts (SVG) -------------------------------------------------------------------------------------

  function niceMax(v) {
    if (v <= 0) return 1;
    const p = 10 ** Math.floor(Math.log10(v));
    for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
    return 10 * p;
  }

  // Stacked columns per month, one colour per kind.
  function monthlyChart(rows, titleId) {
    const W = 900, H = 280, left = 56, right = 12, top = 12, bottom = 34;
    const months = rows.filter((r) => r.month);
    const max = niceMax(Math.max(0, ...months.map((r) => KINDS.reduce((s, k) => s + r[k.key], 0))));
    const plotW = W - left - right, plotH = H - top - bottom;
    const step = months.length ? plotW / months.length : plotW;
    const barW = Math.max(4, Math.min(46, step * 0.68));
    const y = (v) => top + plotH - (v / max) * plotH;
    const root = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId });
    root.append(svg('title', { id: titleId, text: 'Jumlah laporan per bulan menurut jenis' }));
    for (let i = 0; i <= 4; i++) {
      const v = (max / 4) * i;
      root.append(svg('line', { class: 'grid', x1: left, x2: W - right, y1: y(v), y2: y(v) }));
      root.append(svg('text', { x: left - 8, y: y(v) + 4, 'text-anchor': 'end', text: nf.format(Math.round(v)) }));
    }
    root.append(svg('line', { class: 'axis', x1: left, x2: W - right, y1: y(0), y2: y(0) }));
    const every = Math.ceil(months.length / 14);
    months.forEach((r, i) => {
      const x = left + i * step + (step - barW) / 2;
      let base = 0;
      for (const k of KINDS) {
        const v = r[k.key];
        if (v > 0) {
          const rect = svg('rect', { class: `fill-${k.key}`, x, width: barW, y: y(base + v), height: y(base) - y(base + v) });
          rect.append(svg('title', { text: `${fmtMonth(r.month)} · ${k.label}: ${nf.format(v)}` }));
          root.append(rect);
        }
        base += v;
      }
      if (i % every === 0) {
        root.append(svg('text', { x: x + barW / 2, y: H - bottom + 16, 'text-anchor': 'middle', text: fmtMonth(r.month) }));
      }
    });
    if (!months.length) {
      root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', text: 'Belum ada laporan pada periode ini' }));
    }
    return root;
  }

  // Horizontal bars: one per row, value from `key`, label from `labelKey`.
  function barList(rows, labelKey, key, titleId, title, toneOf) {
    const W = 520, rowH = 26, left = 170, right = 70, top = 6;
    const H = top * 2 + rows.length * rowH;
    const max = niceMax(Math.max(0, ...rows.map((r) => r[key])));
    const root = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': titleId });
    root.append(svg('title', { id: titleId, text: title }));
    rows.forEach((r, i) => {
      const yTop = top + i * rowH;
      const w = ((W - left - right) * r[key]) / max;
      root.append(svg('text', { x: left - 8, y: yTop + rowH / 2 + 4, 'text-anchor': 'end', text: r[labelKey] }));
      const rect = svg('rect', { class: toneOf ? toneOf(r) : 'fill-state', x: left, y: yTop + 4, height: rowH - 8, width: Math.max(w, r[key] > 0 ? 2 : 0), rx: 2 });
      rect.append(svg('title', { text: `${r[labelKey]}: ${nf.format(r[key])}` }));
      root.append(rect);
      root.append(svg('text', { class: 'bar-label', x: left + w + 6, y: yTop + rowH / 2 + 4, text: nf.format(r[key]) }));
    });
    return root;
  }

  function legend() {
    return el('ul', { class: 'legend', 'aria-label': 'Keterangan warna' },
      KINDS.map((k) => el('li', {}, el('span', { class: `swatch ${k.key}`, 'aria-hidden': 'true' }), k.label)));
  }

  function stateTone(r) {
    if (r.state === 'tercatat') return 'fill-state-ok';
    if (r.state === 'ditolak' || r.state === 'perlu_perbaikan') return 'fill-state-bad';
    if (r.state === 'menunggu_verifikasi' || r.state === 'diajukan') return 'fill-state-warn';
    return 'fill-state';
  }

  // ---- views --------------------------------------------------------------------------------------------

  async function renderSummary(region) {
    const params = statsParams(region);
    const [, monthly, timeliness, states, verification, demography] = await Promise.all([
      renderCrumbs(region, 'ringkasan'),
      api(`/api/stats/monthly${query(params)}`),
      api(`/api/stats/timeliness${query(params)}`),
      api(`/api/workflow/states${query({ region })}`),
      api('/api/verification'),
      api(`/api/stats/demography${query(params)}`),
    ]);
    const all = timeliness.rows.find((r) => r.kind === 'semua');
    const breaker = verification.breaker;
    const breakerTone = !breaker.configured ? '' : breaker.state === 'closed' ? 'ok' : breaker.state === 'open' ? 'bad' : 'warn';
    const kpis = el('div', { class: 'kpis' },
      kpi('Total laporan', fmtNumber(monthly.total.reports), 'pada periode terpilih', '', 'kpi-reports'),
      kpi('Tercatat', fmtNumber(monthly.total.registered),
        monthly.total.reports ? `${df.format((100 * monthly.total.registered) / monthly.total.reports)}% dari laporan` : '', 'ok', 'kpi-registered'),
      kpi('Peristiwa → laporan', all.avg_event_to_report_days === null ? '–' : `${df.format(all.avg_event_to_report_days)} hari`, 'rata-rata'),
      kpi('Laporan → pencatatan', all.avg_report_to_registration_days === null ? '–' : `${df.format(all.avg_report_to_registration_days)} hari`, 'rata-rata'),
      kpi('Antrean verifikasi', fmtNumber(verification.queue_length), 'menunggu Dukcapil (seluruh server)', verification.queue_length > 1000 ? 'warn' : ''),
      kpi('Pemutus Dukcapil', breaker.configured ? (BREAKER_LABELS[breaker.state] || breaker.state) : 'Tidak diatur', 'circuit breaker', breakerTone));

    const monthlyCard = card('Laporan per bulan', [csvLink('/api/stats/monthly', params)],
      legend(), monthlyChart(monthly.rows, 'chart-monthly-title'),
      el('details', {}, el('summary', {}, 'Tabel laporan per bulan'),
        dataTable(monthly, { numeric: ['kelahiran', 'kematian', 'kepindahan', 'kedatangan', 'total', 'registered'],
          render: { month: (v) => fmtMonth(v) }, rowHeader: true,
          caption: 'Menurut bulan peristiwa (kelahiran, kematian, tanggal pindah/datang).' })));

    const statesCard = card('Status alur kerja', [csvLink('/api/workflow/states', { region })],
      barList(states.rows, 'label', 'reports', 'chart-states-title', 'Laporan menurut status alur kerja', stateTone),
      dataTable(states, { numeric: ['reports'], hide: ['state'], rowHeader: true,
        foot: { label: 'Jumlah', reports: states.total } }));

    const timelinessCard = card('Ketepatan waktu', [csvLink('/api/stats/timeliness', params)],
      dataTable(timeliness, { numeric: ['reports', 'avg_event_to_report_days', 'registered', 'avg_report_to_registration_days'],
        rowHeader: true, render: { kind: (v) => (KINDS.find((k) => k.key === v) || { label: 'Semua jenis' }).label },
        caption: 'Hari dari peristiwa sampai laporan diterima server, dan dari laporan sampai tercatat.' }));

    const demographyCard = card('Jenis kelamin dan kelompok umur', [csvLink('/api/stats/demography', params)],
      dataTable(demography, { numeric: ['laki_laki', 'perempuan', 'tidak_diketahui', 'total'], rowHeader: true,
        render: { kind: (v) => (KINDS.find((k) => k.key === v) || { label: v }).label,
          age_band: (v) => (v ? v.replace('_', ' ') : '–') },
        caption: 'Kelompok umur saat meninggal untuk kematian.' }));

    return el('div', { class: 'stack' }, kpis, monthlyCard,
      el('div', { class: 'grid-2' }, statesCard, timelinessCard), demographyCard);
  }

  async function renderRegions(region) {
    const params = statsParams(region);
    const [, data] = await Promise.all([renderCrumbs(region, 'wilayah'), api(`/api/stats/regions${query(params)}`)]);
    const numeric = ['kelahiran', 'kematian', 'kepindahan', 'kedatangan', 'total', 'registered',
      'avg_event_to_report_days', 'avg_report_to_registration_days'];
    if (!data.child_level) {
      return card(`${data.region.name}`, [],
        el('p', { class: 'notice' }, 'Kecamatan adalah tingkat terendah statistik. Jumlah kecamatan ini:'),
        dataTable({ columns: data.columns, rows: [data.total] }, { numeric, hide: ['code'] }));
    }
    const canDrill = data.child_level !== 'kecamatan';
    const title = `${CHILD_LABELS[data.child_level]} di ${data.region.code ? data.region.name : 'Indonesia'}`;
    return card(title, [csvLink('/api/stats/regions', params)],
      dataTable(data, {
        numeric, rowHeader: true, tall: true, linkKey: 'name',
        link: canDrill ? (row) => href('wilayah', row.code) : null,
        foot: Object.assign({}, data.total, { code: '', name: 'Jumlah' }),
        caption: canDrill ? 'Pilih nama wilayah untuk melihat rinciannya.' : 'Rincian per kecamatan.',
      }));
  }

  async function renderVerification(region) {
    const [, v] = await Promise.all([renderCrumbs(region, 'verifikasi'), api('/api/verification')]);
    const b = v.breaker;
    const tone = !b.configured ? 'neutral' : b.state === 'closed' ? 'ok' : b.state === 'open' ? 'bad' : 'warn';
    const parts = [
      el('div', { class: 'kpis' },
        kpi('Antrean verifikasi', fmtNumber(v.queue_length), 'versi laporan menunggu Dukcapil', '', 'kpi-queue'),
        kpi('Status pemutus', b.configured ? (BREAKER_LABELS[b.state] || b.state) : 'Dukcapil tidak diatur', 'circuit breaker', tone === 'neutral' ? '' : tone),
        kpi('Laporan terverifikasi', fmtNumber(v.counters.reports_verified ?? null), 'sejak server dinyalakan'),
        kpi('Panggilan gagal', fmtNumber(v.counters.calls_failed ?? null), 'sejak server dinyalakan', v.counters.calls_failed ? 'warn' : '')),
    ];
    if (b.configured) {
      parts.push(card('Perpindahan status pemutus', [],
        dataTable({ columns: [{ key: 'to', label: 'Ke status' }, { key: 'count', label: 'Berapa kali' }],
          rows: Object.entries(b.transitions).map(([to, count]) => ({ to: BREAKER_LABELS[to] || to, count })) },
        { numeric: ['count'], rowHeader: true })));
    }
    parts.push(card('Semua ukuran verifikasi', [csvLink('/api/verification', {})],
      dataTable(v, { rowHeader: true, render: {
        metric: (m) => METRIC_LABELS[m] || m,
        value: (x) => (typeof x === 'number' ? fmtNumber(x) : (BREAKER_LABELS[x] || x)) } }),
      el('p', { class: 'muted' }, 'Antrean dan pemutus berlaku untuk seluruh server. Untuk grafik jangka panjang gunakan /metrics (Prometheus).')));
    return el('div', { class: 'stack' }, ...parts);
  }

  async function renderEdges(region) {
    const form = el('form', { class: 'period', id: 'edge-filter' });
    const days = state.staleDays || 7;
    const status = state.edgeStatus || '';
    form.append(
      el('div', { class: 'field inline' }, el('label', { for: 'stale-days' }, 'Tidak sinkron sejak (hari)'),
        el('input', { id: 'stale-days', type: 'number', min: 1, max: 3650, value: days })),
      el('div', { class: 'field inline' }, el('label', { for: 'edge-status' }, 'Tampilkan'),
        el('select', { id: 'edge-status' },
          [['', 'Semua kecamatan'], ['tidak_sinkron', 'Tidak sinkron'], ['tanpa_edge', 'Tanpa edge'], ['aktif', 'Aktif']]
            .map(([v, t]) => el('option', { value: v, selected: v === status }, t)))),
      el('button', { type: 'submit', class: 'button' }, 'Terapkan'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      state.staleDays = Math.max(1, Math.min(3650, Number(document.getElementById('stale-days').value) || 7));
      state.edgeStatus = document.getElementById('edge-status').value;
      render();
    });
    const kecParams = { region, stale_days: days, status };
    const devParams = { region, stale_days: days };
    const [, kec, dev] = await Promise.all([
      renderCrumbs(region, 'edge'),
      api(`/api/edges/kecamatan${query(kecParams)}`),
      api(`/api/edges${query(devParams)}`),
    ]);
    const s = kec.summary;
    const statusRender = (v) => { const [tone, text] = STATUS_BADGES[v] || ['neutral', v]; return badge(tone, text); };
    return el('div', { class: 'stack' },
      el('div', { class: 'card' }, form),
      el('div', { class: 'kpis' },
        kpi('Kecamatan', fmtNumber(s.kecamatan), 'di wilayah ini'),
        kpi('Aktif', fmtNumber(s.aktif), `sinkron dalam ${days} hari terakhir`, 'ok', 'kpi-aktif'),
        kpi('Tidak sinkron', fmtNumber(s.tidak_sinkron), `tidak ada edge yang sinkron ≥ ${days} hari`, s.tidak_sinkron ? 'warn' : '', 'kpi-stale'),
        kpi('Tanpa edge', fmtNumber(s.tanpa_edge), 'belum ada perangkat terdaftar', s.tanpa_edge ? 'bad' : '', 'kpi-none'),
        kpi('Perangkat edge', fmtNumber(s.edges), `${nf.format(s.edges_tidak_sinkron)} tidak sinkron`),
        kpi('Antrean di edge', fmtNumber(s.backlog), 'laporan belum terkirim (laporan terakhir edge)')),
      card('Kecamatan', [csvLink('/api/edges/kecamatan', kecParams)],
        dataTable(kec, { numeric: ['edges', 'days_since_sync', 'backlog'], rowHeader: true, tall: true, limit: ROW_LIMIT,
          render: { status: statusRender, last_sync: fmtTime } })),
      card('Perangkat edge', [csvLink('/api/edges', devParams)],
        dataTable(dev, { numeric: ['days_since_sync', 'backlog'], rowHeader: true, tall: true, limit: ROW_LIMIT,
          hide: ['kabupaten'], render: { status: statusRender, last_sync: fmtTime, last_push: fmtTime } })));
  }

  // ---- review queue (pejabat kab/kota) -----------------------------------------------------------------

  const PERSON_LABELS = { mother: 'Ibu', father: 'Ayah', reporter: 'Pelapor', deceased: 'Almarhum/ah',
    applicant_nik: 'Pemohon', witnesses: 'Saksi', members: 'Anggota keluarga' };
  const FIELD_LABELS = { name: 'Nama', birth_date: 'Tanggal lahir', sex: 'Jenis kelamin', kk_number: 'Nomor KK',
    birth_place: 'Tempat lahir', mother_name: 'Nama ibu kandung', relation: 'Hubungan keluarga',
    applicant_name: 'Nama', desa_code: 'Desa domisili', origin: 'Desa domisili' };

  // "kelahiran.witnesses[1].nik" → "Saksi 2"
  function personLabel(path) {
    const parts = path.split('.');
    const who = parts[1] || '';
    const m = who.match(/^(\w+)\[(\d+)\]$/);
    if (m) return `${PERSON_LABELS[m[1]] || m[1]} ${Number(m[2]) + 1}`;
    return PERSON_LABELS[who] || who;
  }

  function fieldLabel(path) {
    const last = path.split('.').pop().replace(/\[\d+\]$/, '');
    return FIELD_LABELS[last] || last;
  }

  function factsOf(report) {
    const facts = [];
    const add = (label, value) => {
      if (value === undefined || value === null || value === '') return;
      // Enum spellings ("laki_laki", "sakit_biasa_tua") read better with spaces.
      facts.push([label, typeof value === 'string' && /^[a-z_]+$/.test(value) ? value.replace(/_/g, ' ') : value]);
    };
    if (report.kelahiran) {
      const k = report.kelahiran;
      add('Nama anak', k.child_name); add('Jenis kelamin', k.child_sex); add('Tanggal lahir', k.birth_date);
      add('Tempat lahir', k.birth_place); add('Nama ibu', k.mother && k.mother.name); add('NIK ibu', k.mother && k.mother.nik);
      add('Nama ayah', k.father && k.father.name); add('NIK ayah', k.father && k.father.nik); add('Nomor KK', k.kk_number);
    } else if (report.kematian) {
      const k = report.kematian;
      add('Nama', k.deceased && k.deceased.name); add('NIK', k.deceased && k.deceased.nik);
      add('Tanggal lahir', k.deceased && k.deceased.birth_date); add('Tanggal kematian', k.death_date);
      add('Tempat kematian', k.death_place); add('Sebab', k.cause); add('Nomor KK', k.kk_number);
    } else {
      const k = report.kepindahan || report.kedatangan || {};
      add('Nama pemohon', k.applicant_name); add('NIK pemohon', k.applicant_nik); add('Nomor KK', k.kk_number);
      add('Tanggal', k.move_date); add('Asal (desa)', k.origin && k.origin.desa_code);
      add('Tujuan (desa)', k.destination && k.destination.desa_code);
      add('Anggota yang pindah', (k.members || []).length); add('Nomor SKPWNI', k.skpwni_number);
    }
    return facts;
  }

  function flatten(obj, prefix, out) {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object') flatten(v, key, out); else out.push([key, String(v)]);
    }
    return out;
  }

  function reviewItem(item, row, onDone) {
    const actionId = newActionId();
    const reasonId = `reason-${item.id}`;
    const result = el('div', { class: 'result', role: 'status' });
    const kindLabel = (KINDS.find((k) => k.key === row.kind) || { label: row.kind }).label;
    const [vTone, vText] = VERIFICATION_BADGES[item.verification.status] || ['neutral', item.verification.status];

    const checks = el('table', { class: 'data' },
      el('caption', {}, 'Jawaban Dukcapil per orang dan kolom (tanpa data registri)'),
      el('thead', {}, el('tr', {}, ['Orang', 'NIK', 'Kolom', 'Hasil'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, item.verification.persons.flatMap((p) => {
        const nik = !p.nik_found ? badge('bad', 'Tidak ditemukan') : !p.nik_active ? badge('bad', 'Tidak aktif')
          : p.deceased ? badge('bad', 'Tercatat meninggal') : badge('ok', 'Aktif');
        const fields = p.fields.length ? p.fields : [{ field: '', match: '' }];
        return fields.map((f, i) => el('tr', {},
          i === 0 ? el('th', { scope: 'row', rowspan: fields.length }, personLabel(p.field)) : null,
          i === 0 ? el('td', { rowspan: fields.length }, nik) : null,
          el('td', {}, f.field ? fieldLabel(f.field) : '–'),
          el('td', {}, f.match === 'sesuai' ? badge('ok', 'SESUAI') : f.match === 'tidak_sesuai' ? badge('bad', 'TIDAK SESUAI') : '–')));
      })));

    const reason = el('textarea', { id: reasonId, maxlength: 1000 });
    const buttons = [];
    const act = async (action) => {
      if (action !== 'register' && !reason.value.trim()) {
        result.replaceChildren(el('p', { class: 'notice bad' }, 'Alasan wajib diisi untuk mengembalikan atau menolak.'));
        reason.focus();
        return;
      }
      buttons.forEach((b) => { b.disabled = true; });
      try {
        const r = await api(`/api/review/${encodeURIComponent(item.id)}/${action}`,
          { body: { reason: reason.value.trim(), action_id: actionId } });
        const text = r.state === 'tercatat'
          ? `Tercatat dengan nomor registrasi ${r.registration_number}${r.skpwni_number ? ` dan SKPWNI ${r.skpwni_number}` : ''}.`
          : r.state === 'ditolak' ? 'Laporan ditolak.' : 'Laporan dikembalikan ke kecamatan untuk perbaikan.';
        result.replaceChildren(el('p', { class: 'notice ok' }, text));
        onDone();
      } catch (e) {
        result.replaceChildren(el('p', { class: 'notice bad' }, e.message));
        buttons.forEach((b) => { b.disabled = false; });
      }
    };
    buttons.push(
      el('button', { type: 'button', class: 'button primary', 'data-action': 'register', onclick: () => act('register') }, 'Catat'),
      el('button', { type: 'button', class: 'button warn', 'data-action': 'return', onclick: () => act('return') }, 'Kembalikan'),
      el('button', { type: 'button', class: 'button danger', 'data-action': 'reject', onclick: () => act('reject') }, 'Tolak'));

    return el('article', { class: `card review-item${item.duplicate_suspected ? ' flagged' : ''}`, 'data-id': item.id, 'aria-label': `${kindLabel} ${row.desa}` },
      el('div', { class: 'review-head' },
        el('div', {}, el('h3', {}, `${kindLabel} · ${row.desa}, ${row.kecamatan}`),
          el('div', { class: 'meta' }, `Diterima ${fmtTime(row.submitted_at)} · ID ${item.id}`)),
        el('div', {}, badge(vTone, `Dukcapil: ${vText}`), ' ',
          item.duplicate_suspected ? badge('warn', 'Dugaan laporan ganda') : null)),
      el('div', { class: 'review-body' },
        el('div', {}, el('dl', { class: 'facts' }, factsOf(item.report).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))])),
          el('details', { class: 'all-fields' }, el('summary', {}, 'Lihat semua isian'),
            el('dl', { class: 'facts' }, flatten(item.report, '', []).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]))),
          item.warnings.length ? el('ul', { class: 'muted' }, item.warnings.map((w) => el('li', {}, w.message))) : null),
        el('div', { class: 'table-wrap' }, checks)),
      el('div', { class: 'review-actions' },
        el('div', { class: 'field' }, el('label', { for: reasonId }, 'Alasan (wajib untuk Kembalikan dan Tolak)'), reason),
        ...buttons),
      result);
  }

  async function renderReview(region) {
    if (state.user.role !== 'pejabat_kabkota') {
      return el('p', { class: 'notice' }, 'Antrean pemeriksaan hanya untuk pejabat Disdukcapil kabupaten/kota.');
    }
    const [, q] = await Promise.all([renderCrumbs(region, 'pemeriksaan'), api(`/api/review${query({ region, limit: 50 })}`)]);
    const rowsById = new Map(q.rows.map((r) => [r.id, r]));
    const list = el('div', { class: 'stack' });
    const refresh = () => setTimeout(render, 1500);
    for (const item of q.items) list.append(reviewItem(item, rowsById.get(item.id), refresh));
    return el('div', { class: 'stack' },
      card('Antrean pemeriksaan', [csvLink('/api/review', { region, limit: 50 }, 'Unduh CSV (tanpa data pribadi)')],
        el('p', {}, `Laporan yang sudah disetujui kecamatan dan menunggu keputusan Anda: `,
          el('strong', { id: 'review-total' }, nf.format(q.total)),
          q.total > q.items.length ? ` (menampilkan ${nf.format(q.items.length)} yang paling lama)` : ''),
        q.items.length ? null : el('p', { class: 'notice ok' }, 'Tidak ada laporan yang menunggu.')),
      list);
  }

  // ---- start --------------------------------------------------------------------------------------------

  function readPeriod() {
    state.period.from = document.getElementById('period-from').value;
    state.period.to = document.getElementById('period-to').value;
  }

  document.addEventListener('DOMContentLoaded', async () => {
    document.getElementById('login-form').addEventListener('submit', login);
    document.getElementById('logout').addEventListener('click', logout);
    document.getElementById('period-form').addEventListener('submit', (e) => { e.preventDefault(); readPeriod(); render(); });
    document.getElementById('period-clear').addEventListener('click', () => {
      document.getElementById('period-from').value = '';
      document.getElementById('period-to').value = '';
      readPeriod();
      render();
    });
    window.addEventListener('hashchange', render);
    try {
      const body = await api('/api/session');
      showApp(body.user);
    } catch (e) {
      showLogin(e.status === 401 ? '' : e.message);
    }
  });
})();
