// Nashir's few lines of script: the CSRF header on htmx requests, and the countdowns.
(function () {
  'use strict';

  // htmx requests carry the CSRF token like a form does (forms also send it as a hidden field).
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  var lang = document.documentElement.lang || 'ar';
  // The page's digits (nashir.web.digits) in the countdowns too: the server names the numbering system.
  var digits = document.querySelector('meta[name="nashir-digits"]');
  var relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', numberingSystem: digits ? digits.content : 'latn' });

  function describe(seconds) {
    var abs = Math.abs(seconds);
    if (abs < 60) { return relative.format(Math.round(seconds), 'second'); }
    if (abs < 3600) { return relative.format(Math.round(seconds / 60), 'minute'); }
    if (abs < 86400) { return relative.format(Math.round(seconds / 3600), 'hour'); }
    return relative.format(Math.round(seconds / 86400), 'day');
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-due]').forEach(function (element) {
      var seconds = (Date.parse(element.getAttribute('data-due')) - now) / 1000;
      element.textContent = '(' + describe(seconds) + ')';
      element.classList.toggle('overdue', seconds < 0);
    });
  }

  tick();
  setInterval(tick, 1000);
})();
