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

// ---------------------------------------------------------------------------------------------
// Feedback and faster work (issue 14, points 4 and 5): toasts that leave by themselves (a cancel's
// undo with them), the live regions' polling paused while the editor is busy, the bulk bar,
// confirmations, and Ctrl+Enter.
(function () {
  'use strict';

  // A toast leaves after its data-seconds; with it goes the undo it offered.
  function expire(toast) {
    if (toast.dataset.expiring) { return; }
    toast.dataset.expiring = 'yes';
    setTimeout(function () { toast.remove(); }, 1000 * Number(toast.dataset.seconds || 6));
  }

  function expireAll() {
    document.querySelectorAll('#toasts .toast').forEach(expire);
  }

  // The editor is busy: typing in a box of the live region, a change not saved yet, or posts selected.
  function busy(region) {
    var active = document.activeElement;
    if (active && region.contains(active) && active.matches('textarea, input:not([type=checkbox]), select')) {
      return true;
    }
    if (document.querySelector('input.pick:checked')) {
      return true;
    }
    var boxes = region.querySelectorAll('textarea');
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].value !== boxes[i].defaultValue) { return true; }
    }
    var filter = document.getElementById('log-filter');
    return !!(filter && active && filter.contains(active) && active.matches('input, select'));
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var region = event.detail.elt;
    if (region.classList && region.classList.contains('live') && busy(region)) {
      event.preventDefault();
    }
  });

  document.addEventListener('htmx:afterSwap', expireAll);
  document.addEventListener('htmx:oobAfterSwap', expireAll);

  // An undo used is gone with its toast.
  document.addEventListener('submit', function (event) {
    var toast = event.target.closest && event.target.closest('.toast');
    if (toast && event.target.classList.contains('undo')) {
      setTimeout(function () { toast.remove(); }, 0);
    }
  });

  // The bulk bar shows while posts are selected, with how many.
  function updateBulk() {
    var bar = document.getElementById('bulk');
    if (!bar) { return; }
    var picked = document.querySelectorAll('input.pick:checked').length;
    bar.hidden = picked === 0;
    var count = bar.querySelector('.bulk-count');
    if (count) { count.textContent = new Intl.NumberFormat(document.documentElement.lang || 'ar').format(picked); }
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches('input.pick')) { updateBulk(); }
  });
  document.addEventListener('htmx:afterSwap', updateBulk);

  // A button with data-confirm asks first (the bulk cancel).
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // Ctrl+Enter (Cmd+Enter on a Mac) saves the box being typed in, or approves the post in review.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) { return; }
    var active = document.activeElement;
    var form = active && active.form;
    if (active && active.matches('textarea, input') && form && !active.matches('input.pick')) {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    var card = active && active.closest && active.closest('article.card');
    var approve = card && card.querySelector('button.approve');
    if (approve) {
      event.preventDefault();
      approve.click();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    expireAll();
    updateBulk();
  });
})();
