// Draws the dashboard's charts with uPlot from /dashboard/data (the same numbers as /api/stats).
(function () {
  'use strict';
  var section = document.querySelector('.charts');
  if (!section || typeof uPlot === 'undefined') { return; }
  var palette = ['#1f5fa8', '#1f7a3f', '#8a5a00', '#7a1fa8', '#b3261e', '#0f7d7d'];

  function width(element) {
    return Math.max(280, element.clientWidth || section.clientWidth || 600);
  }

  // Hours on the axis in the newsroom's zone, as on every other page, whatever the browser's zone.
  var zone = section.getAttribute('data-zone');
  var tzDate = function (ts) { return uPlot.tzDate(new Date(ts * 1e3), zone); };

  function chart(id, series, data, options) {
    var element = document.getElementById(id);
    var opts = Object.assign({ width: width(element), height: 220, tzDate: tzDate,
      series: [{ label: section.getAttribute('data-time') }].concat(series),
      axes: [{}, {}], legend: { show: true } }, options || {});
    return new uPlot(opts, data, element);
  }

  fetch(section.getAttribute('data-src'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (stats) {
      var accounts = Object.keys(stats.postsPerAccount);
      chart('chart-posts', accounts.map(function (name, i) {
        return { label: '@' + name, stroke: palette[i % palette.length], width: 2 };
      }), [stats.hours].concat(accounts.map(function (name) { return stats.postsPerAccount[name]; })));
      chart('chart-failures', [{ label: '✗', stroke: '#b3261e', fill: 'rgba(179,38,30,.15)' }],
        [stats.hours, stats.failures]);
      chart('chart-latency', [{ label: 's', stroke: '#1f5fa8', width: 0,
        points: { show: true, size: 5, fill: '#1f5fa8' } }], [stats.latencyAt, stats.latencySeconds]);
    });
})();
