// reunir: what JavaScript adds to pages that work without it. Focus goes to the error summary or to
// the heading; answers are also kept on this device (localStorage) so that a person can come back;
// "Start again" erases them; commune names are suggested while typing. Nothing leaves the device
// except what the pages send anyway (their forms, and the answers cookie of the simulator).
(function () {
  'use strict';
  var KEY = 'reunir.state';
  var store;
  try {
    store = window.localStorage;
    store.getItem(KEY);
  } catch {
    store = null;
  }

  function hasAnswers(encoded) {
    try {
      var b64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
      var bin = atob(b64);
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      var state = JSON.parse(new TextDecoder().decode(bytes));
      return Object.keys(state.a.s).length > 0 || state.a.m.length > 0;
    } catch {
      return false;
    }
  }

  // Focus: the error summary first, then the heading of a step or a result.
  var summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
  else if (document.querySelector('form[data-step], .result')) {
    var h1 = document.querySelector('main h1');
    if (h1) h1.focus();
  }

  // Keep the answers on the device.
  var current = document.getElementById('reunir-state');
  if (store && current && current.value && hasAnswers(current.value)) {
    store.setItem(KEY, current.value);
  }

  // Start page: offer to continue.
  var resume = document.querySelector('[data-resume]');
  var saved = store && store.getItem(KEY);
  if (resume && saved) {
    resume.querySelector('[data-resume-state]').value = saved;
    resume.hidden = false;
  }

  // Start again: erase what the device keeps.
  Array.prototype.forEach.call(document.querySelectorAll('form[data-erase]'), function (form) {
    form.addEventListener('submit', function () {
      if (store) store.removeItem(KEY);
    });
  });

  // Print button on the printable page.
  var print = document.querySelector('[data-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () {
      window.print();
    });
  }

  // "None of these" and the other boxes of a list exclude each other (the server checks it too).
  document.querySelectorAll('input[type="checkbox"][value="none"]').forEach(function (none) {
    var others = document.querySelectorAll(
      'input[type="checkbox"][name="' + none.name + '"]:not([value="none"])',
    );
    none.addEventListener('change', function () {
      if (none.checked)
        others.forEach(function (o) {
          o.checked = false;
        });
    });
    others.forEach(function (o) {
      o.addEventListener('change', function () {
        if (o.checked) none.checked = false;
      });
    });
  });

  // Expert mode: choosing a member's relation shows that relation's fields at once (the round trip of
  // its "show the fields" button, which stays for browsers without JavaScript).
  document.querySelectorAll('#expert-form select[name$=".relation"]').forEach(function (select) {
    select.addEventListener('change', function () {
      var button = select.closest('fieldset').querySelector('button[value="fields"]');
      if (button && select.form.requestSubmit) select.form.requestSubmit(button);
    });
  });

  // Commune suggestions: the typed text goes in a POST body, never in a URL.
  var commune = document.querySelector('[data-commune-search]');
  var list = document.getElementById('commune-suggestions');
  if (commune && list && window.fetch) {
    var timer;
    var last = '';
    commune.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var typed = commune.value.trim();
        if (typed.length < 2 || typed === last) return;
        last = typed;
        fetch('/' + document.documentElement.lang + '/simulator/communes', {
          method: 'POST',
          headers: { 'content-type': 'text/plain;charset=utf-8' },
          body: typed,
        })
          .then(function (r) {
            return r.ok ? r.json() : [];
          })
          .then(function (found) {
            list.textContent = '';
            found.forEach(function (c) {
              var option = document.createElement('option');
              option.value = c.label;
              list.appendChild(option);
            });
          })
          .catch(function () {});
      }, 250);
    });
  }
})();
