// procwatch charts: every <canvas data-chart="ID"> is drawn from the JSON in <script id="ID">,
// which the server embeds escaped. No data is fetched; chart.js comes from /assets.
/* global Chart */
(function () {
  'use strict';
  if (typeof Chart === 'undefined') return;
  var colors = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989'];
  function yuanTick(v) {
    if (Math.abs(v) >= 1e8) return (v / 1e8).toLocaleString() + '亿';
    if (Math.abs(v) >= 1e4) return (v / 1e4).toLocaleString() + '万';
    return Number(v).toLocaleString();
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
  function config(spec) {
    if (spec.kind === 'box') {
      var data = [];
      spec.boxes.forEach(function (b, i) {
        b.points.forEach(function (v, k) {
          // Deterministic jitter so repeated renders (and screenshots) match.
          data.push({ x: i + (((k * 37) % 21) - 10) / 70, y: v });
        });
      });
      return {
        type: 'scatter',
        data: { datasets: [{ label: 'lots', data: data, pointRadius: 2.5, backgroundColor: 'rgba(209,36,47,0.55)' }] },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          plugins: { legend: { display: false }, pwBoxes: { boxes: spec.boxes } },
          scales: {
            x: { type: 'linear', min: -0.5, max: spec.boxes.length - 0.5, ticks: { stepSize: 1, callback: function (v) { var b = spec.boxes[v]; return b && Number.isInteger(v) ? b.label.split(' ')[0] : ''; } } },
            y: { type: 'logarithmic', ticks: { callback: yuanTick } },
          },
        },
        plugins: [boxPlugin],
      };
    }
    var horizontal = spec.kind === 'hbar';
    return {
      type: spec.kind === 'line' ? 'line' : 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          return { label: s.label, data: s.data, backgroundColor: colors[i % colors.length], borderColor: colors[i % colors.length], tension: 0.2 };
        }),
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: false } },
        scales: horizontal ? { x: { ticks: { callback: yuanTick } } } : { y: { ticks: { callback: yuanTick } } },
        onClick: function (evt, els) {
          if (!spec.links || !els.length) return;
          var link = spec.links[els[0].index];
          if (link) window.location.href = link;
        },
      },
    };
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var src = document.getElementById(canvas.getAttribute('data-chart'));
    if (!src) return;
    var spec;
    try { spec = JSON.parse(src.textContent); } catch { return; }
    // Height via the CSSOM (allowed under the self-only CSP, unlike style attributes).
    canvas.parentNode.style.height = (Number(canvas.getAttribute('height')) || 260) + 'px';
    canvas.setAttribute('data-drawn', '1');
    canvas.pwChart = new Chart(canvas, config(spec));
  });
})();
