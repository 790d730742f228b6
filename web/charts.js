// procwatch charts: every <canvas data-chart="ID"> is drawn from the JSON in <script id="ID">,
// which the server embeds escaped. No data is fetched; chart.js comes from /assets.
// Money is written the Chinese way on every axis and tooltip (万元 / 亿元, exact yuan in the
// tooltip), and a bar or dot with a link opens the notices behind it.
/* global Chart */
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  var colors = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989'];
  var HIGHLIGHT = '#e16f24';
  var exact = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  function trim(v) { return exact.format(Math.round(v * 100) / 100); }
  /** 2500000 → "250万元"; 3.2e8 → "3.2亿元"; 800 → "800元". */
  function yuanShort(v) {
    if (Math.abs(v) >= 1e8) return trim(v / 1e8) + '亿元';
    if (Math.abs(v) >= 1e4) return trim(v / 1e4) + '万元';
    return trim(v) + '元';
  }
  /** For a tooltip: "24.8万元 (248,000 元)". */
  function yuanLong(v) {
    return Math.abs(v) >= 1e4 ? yuanShort(v) + ' (' + exact.format(v) + ' 元)' : exact.format(v) + ' 元';
  }
  function axisTitle(spec) {
    // Ticks already say 元; a per-unit metric names its unit on the axis.
    var unit = spec.unit || '元';
    return { display: unit !== '元', text: unit, color: '#59636e' };
  }
  // Axis labels drop a bracketed gloss ("中央/未知 (central or unknown)"); the tooltip keeps it.
  // chart.js calls a tick callback with the scale as `this`.
  function tick(v) { return tickLabel(this.getLabelForValue(v)); }
  function tickLabel(label) { return String(label).replace(/\s*[(（][^()（）]*[)）]$/, ''); }
  /** A label's rough width in px at the 12 px tick font: ideographs 12, anything else 7. */
  function textWidth(s) { return s.replace(/[\u2e80-\u9fff\uff00-\uffef]/g, 'WW').length * 6 + 2; }
  function go(url) { if (url && url.charAt(0) === '/') window.location.href = url; }

  // An axis spanning one decade or less (a per-account-year price from 6万 to 14万) got one or
  // two labels from 1, 2 and 5 × 10^n, or none: there it gets round values instead, the
  // largest step of 5, 2 or 1 × 10^n that still gives four or more, every one labelled.
  function roundTicks(axis) {
    axis.pwRound = false;
    if (!(axis.min > 0 && axis.max > axis.min && axis.max / axis.min <= 10 * (1 + 1e-9))) return;
    var top = Math.pow(10, Math.ceil(Math.log10(axis.max - axis.min)));
    for (var e = top; e >= top / 1000; e /= 10) {
      for (var k = 0; k < 3; k++) {
        var step = e * [0.5, 0.2, 0.1][k], ticks = [];
        for (var v = Math.ceil(axis.min / step) * step; v <= axis.max * (1 + 1e-9); v += step) ticks.push({ value: v });
        if (ticks.length >= 4) { axis.ticks = ticks; axis.pwRound = true; return; }
      }
    }
  }

  // Box plot drawn under a strip plot (scatter): chart.js has no box type built in.
  var boxPlugin = {
    id: 'pwBoxes',
    beforeDatasetsDraw: function (chart) {
      var boxes = chart.options.plugins.pwBoxes && chart.options.plugins.pwBoxes.boxes;
      if (!boxes) return;
      var ctx = chart.ctx, x = chart.scales.x, y = chart.scales.y;
      ctx.save();
      boxes.forEach(function (b, i) {
        var cx = x.getPixelForValue(i), w = Math.min(60, (x.getPixelForValue(1) - x.getPixelForValue(0)) * 0.5 || 60);
        ctx.strokeStyle = colors[i % colors.length];
        ctx.fillStyle = 'rgba(31,111,235,0.12)';
        ctx.lineWidth = 2;
        var q1 = y.getPixelForValue(b.q1), q3 = y.getPixelForValue(b.q3), md = y.getPixelForValue(b.median);
        ctx.fillRect(cx - w / 2, q3, w, q1 - q3);
        ctx.strokeRect(cx - w / 2, q3, w, q1 - q3);
        ctx.beginPath();
        ctx.moveTo(cx - w / 2, md); ctx.lineTo(cx + w / 2, md);
        var iqr = b.q3 - b.q1;
        var lo = Math.max(b.min, b.q1 - 1.5 * iqr), hi = Math.min(b.max, b.q3 + 1.5 * iqr);
        ctx.moveTo(cx, q1); ctx.lineTo(cx, y.getPixelForValue(lo));
        ctx.moveTo(cx, q3); ctx.lineTo(cx, y.getPixelForValue(hi));
        ctx.stroke();
      });
      ctx.restore();
    },
  };

  function boxConfig(spec) {
    var data = [];
    spec.boxes.forEach(function (b, i) {
      var links = (spec.pointLinks && spec.pointLinks[i]) || [];
      b.points.forEach(function (v, k) {
        // Deterministic jitter so repeated renders (and screenshots) match.
        data.push({ x: i + (((k * 37) % 21) - 10) / 70, y: v, box: i, link: links[k] || null });
      });
    });
    var short = function (i) { var b = spec.boxes[i]; return b ? b.label.split(' ')[0] : ''; };
    // "账号运营 account operation": the English on a second line where each box has the room for
    // it (a desktop), the Chinese alone on a phone.
    var english = function (i) { var b = spec.boxes[i]; return b ? b.label.split(' ').slice(1).join(' ') : ''; };
    var tickLines = function (scale, i) {
      var en = english(i);
      return en && scale.chart.width / spec.boxes.length >= en.length * 7 + 16 ? [short(i), en] : short(i);
    };
    var lo = Math.min.apply(null, spec.boxes.map(function (b) { return b.min; }));
    var hi = Math.max.apply(null, spec.boxes.map(function (b) { return b.max; }));
    var marks = lo > 0 && Math.log10(hi / lo) > 3 ? [1] : [1, 2, 5];
    return {
      type: 'scatter',
      data: { datasets: [{ label: '中标包 lots', data: data, pointRadius: 3, pointHoverRadius: 6, backgroundColor: 'rgba(209,36,47,0.6)' }] },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          pwBoxes: { boxes: spec.boxes },
          tooltip: { callbacks: { label: function (c) { return short(c.raw.box) + ': ' + yuanLong(c.raw.y) + (c.raw.link ? '（点击打开 click to open）' : ''); } } },
        },
        scales: {
          x: {
            type: 'linear', min: -0.5, max: spec.boxes.length - 0.5,
            // One tick per service type, on the box itself (a linear axis would put them at the halves).
            afterBuildTicks: function (axis) { axis.ticks = spec.boxes.map(function (_, i) { return { value: i }; }); },
            ticks: { autoSkip: false, maxRotation: 0, callback: function (v) { return tickLines(this, v); } },
            grid: { display: false },
          },
          // Log ticks crowd between decades: label only 1, 2 and 5 × 10^n (only 10^n over more than
          // three decades; round steps within one, see roundTicks). The callback thins them, so
          // chart.js's own skipping is off: it dropped labelled ticks and kept blank ones.
          y: {
            type: 'logarithmic', title: axisTitle(spec),
            afterBuildTicks: roundTicks,
            grid: { color: function (c) { return c.tick && c.tick.label ? 'rgba(0,0,0,0.12)' : 'rgba(0,0,0,0.04)'; } },
            ticks: { autoSkip: false, callback: function (v) { if (this.pwRound) return yuanShort(v); var m = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9)); return marks.some(function (k) { return Math.abs(m - k) < 1e-6; }) ? yuanShort(v) : ''; } },
          },
        },
        onHover: function (evt, els) { evt.native.target.style.cursor = els.length && data[els[0].index].link ? 'pointer' : 'default'; },
        onClick: function (evt, els) { if (els.length) go(data[els[0].index].link); },
      },
      plugins: [boxPlugin],
    };
  }

  function barConfig(spec, horizontal) {
    // Value ticks never rotate: chart.js drops every other one instead, which reads better than
    // slanted 万元 labels colliding on a phone.
    var valueAxis = { beginAtZero: true, title: axisTitle(spec), ticks: { maxRotation: 0, autoSkipPadding: 10, callback: function (v) { return yuanShort(v); } } };
    // Months and years skip labels when crowded; named categories (provinces) may turn to fit.
    var categoryAxis = { ticks: spec.kind === 'line' ? { maxRotation: 0, autoSkipPadding: 10 } : { autoSkip: false, callback: tick } };
    var links = spec.links || [];
    return {
      type: spec.kind === 'line' ? 'line' : 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          var color = colors[i % colors.length];
          var fill = typeof spec.highlight === 'number' ? s.data.map(function (_, k) { return k === spec.highlight ? HIGHLIGHT : color; }) : color;
          return { label: s.label, data: s.data, backgroundColor: fill, borderColor: color, pointBackgroundColor: fill, tension: 0.2, maxBarThickness: 72 };
        }),
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, indexAxis: horizontal ? 'y' : 'x',
        interaction: { mode: 'nearest', intersect: !horizontal && spec.kind !== 'line', axis: horizontal ? 'y' : 'x' },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (c) { return c.dataset.label + ': ' + yuanLong(horizontal ? c.parsed.x : c.parsed.y) + (links[c.dataIndex] ? '（点击查看 click to open）' : ''); },
            },
          },
        },
        scales: horizontal ? { x: valueAxis, y: { ticks: { autoSkip: false, callback: tick } } } : { x: categoryAxis, y: valueAxis },
        onHover: function (evt, els) { evt.native.target.style.cursor = els.length && links[els[0].index] ? 'pointer' : 'default'; },
        onClick: function (evt, els) { if (els.length) go(links[els[0].index]); },
      },
    };
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var src = document.getElementById(canvas.getAttribute('data-chart'));
    if (!src) return;
    var spec;
    try { spec = JSON.parse(src.textContent); } catch { return; }
    var height = Number(canvas.getAttribute('height')) || 260;
    // Named bars too many for their width (31 provinces, or 8 on a phone) lie down, one readable
    // row each, instead of slanting their names into each other or dropping every other one.
    var n = (spec.labels || []).length;
    var slot = canvas.parentNode.clientWidth / Math.max(n, 1);
    var longest = Math.max.apply(null, (spec.labels || []).map(function (l) { return textWidth(tickLabel(l)); }).concat(0));
    var horizontal = spec.kind === 'hbar' || (spec.kind === 'bar' && ((n > 6 && slot < 48) || longest > slot * 1.5));
    if (horizontal && spec.kind === 'bar') height = Math.max(height, spec.labels.length * 24 + 40);
    // Height via the CSSOM (allowed under the self-only CSP, unlike style attributes).
    canvas.parentNode.style.height = height + 'px';
    canvas.setAttribute('data-drawn', '1');
    canvas.pwChart = new Chart(canvas, spec.kind === 'box' ? boxConfig(spec) : barConfig(spec, horizontal));
  });
})();
