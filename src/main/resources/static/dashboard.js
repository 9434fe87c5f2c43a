// Draws the dashboard's charts with uPlot from /dashboard/data (the same numbers as /api/stats).
(function () {
  'use strict';
  var section = document.querySelector('.charts');
  if (!section || typeof uPlot === 'undefined') { return; }
  var palette = ['#1f5fa8', '#1f7a3f', '#8a5a00', '#7a1fa8', '#b3261e', '#0f7d7d'];
  var text = function (name) { return section.getAttribute('data-' + name); };

  function width(element) {
    return Math.max(280, Math.min(element.clientWidth || section.clientWidth || 600, section.clientWidth || 600));
  }

  // Times in the newsroom's zone and the page's language, whatever the browser's zone and language.
  var lang = document.documentElement.lang || 'ar';
  var zone = text('zone');
  var dayFormat = new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' });
  var hourFormat = new Intl.DateTimeFormat(lang, { timeZone: zone, hour: 'numeric', minute: '2-digit' });
  var fullFormat = new Intl.DateTimeFormat(lang, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' });
  var hourOf = new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });

  function timeLabels(u, splits) {
    return splits.map(function (ts) {
      var date = new Date(ts * 1e3);
      return hourOf.format(date) === '0:00' || hourOf.format(date) === '00:00'
        ? dayFormat.format(date) : hourFormat.format(date);
    });
  }

  // Every chart spans the whole week, so a burst of posts in one minute (or none at all) never
  // stretches the axis over years.
  function chart(id, range, series, data, yLabel) {
    var element = document.getElementById(id);
    return new uPlot({
      width: width(element), height: 220,
      scales: { x: { time: true, range: function () { return range; } } },
      series: [{ label: text('time'), value: function (self, ts) { return ts == null ? '—' : fullFormat.format(new Date(ts * 1e3)); } }]
        .concat(series),
      axes: [{ values: timeLabels, space: 70 }, { label: yLabel }],
      legend: { show: true },
      // What the axis spans once drawn, on the element: the browser tests read it.
      hooks: { draw: [function (self) {
        element.setAttribute('data-from', String(self.scales.x.min));
        element.setAttribute('data-to', String(self.scales.x.max));
      }] }
    }, data, element);
  }

  fetch(text('src'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (stats) {
      var range = [stats.hours[0], stats.hours[stats.hours.length - 1] + 3600];
      var accounts = Object.keys(stats.postsPerAccount);
      chart('chart-posts', range, accounts.map(function (name, i) {
        return { label: '@' + name, stroke: palette[i % palette.length], width: 2 };
      }), [stats.hours].concat(accounts.map(function (name) { return stats.postsPerAccount[name]; })), text('posts'));
      chart('chart-failures', range, [{ label: text('failures'), stroke: '#b3261e', fill: 'rgba(179,38,30,.15)' }],
        [stats.hours, stats.failures], text('attempts'));
      chart('chart-latency', range, [{ label: text('latency'), stroke: '#1f5fa8', width: 0,
        points: { show: true, size: 5, fill: '#1f5fa8' } }], [stats.latencyAt, stats.latencySeconds], text('seconds'));
    });
})();
