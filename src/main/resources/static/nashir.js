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
  var relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });

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

  // A link shows short and readable; what is copied is the whole link as it is sent.
  document.addEventListener('copy', function (event) {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) { return; }
    var range = selection.getRangeAt(0);
    var copied = range.cloneContents();
    var links = copied.querySelectorAll('[data-copy]');
    var around = range.commonAncestorContainer;
    var inside = (around.nodeType === Node.ELEMENT_NODE ? around : around.parentElement).closest('[data-copy]');
    if (links.length === 0 && !inside) { return; }
    links.forEach(function (link) { link.textContent = link.getAttribute('data-copy'); });
    var text = links.length === 0 ? inside.getAttribute('data-copy') : copied.textContent;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  });
})();
