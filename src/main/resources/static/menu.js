// The phone menu: on a narrow screen the navigation folds behind one button. Without this script
// the button stays hidden and the navigation is a wrapped list (nashir.css), so nothing is out of reach.
(function () {
  'use strict';
  var header = document.querySelector('header.top');
  var button = header && header.querySelector('.menu-toggle');
  if (!button) { return; }
  header.classList.add('has-menu');
  function set(open) {
    header.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
  }
  button.addEventListener('click', function () {
    set(button.getAttribute('aria-expanded') !== 'true');
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && header.classList.contains('open')) {
      set(false);
      button.focus();
    }
  });
})();
