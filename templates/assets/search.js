/* shopsite catalog filter: progressive enhancement, no libraries.
   Without JS the catalog lists every product; with it, <form data-catalog-filter hidden> is shown and
   cards ([data-sku][data-category][data-type][data-search]) not matching the text, category and type are hidden.
   Keywords from the generated index (form's data-index, e.g. "../search-index.json") widen the text match. */
(function () {
  'use strict';
  var form = document.querySelector('[data-catalog-filter]');
  if (!form) { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll('[data-sku]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-catalog-group]'));
  var count = form.querySelector('[data-filter-count]');
  var empty = document.querySelector('[data-filter-empty]');
  var text = form.elements.namedItem('q');
  var category = form.elements.namedItem('category');
  var type = form.elements.namedItem('type');
  var extra = {};
  var pending = false;

  function norm(value) { return String(value || '').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function value(field) { return field && field.value ? field.value : ''; }

  function matches(card, words, wantCategory, wantType) {
    var cardCategory = card.getAttribute('data-category') || '';
    if (wantCategory && cardCategory !== wantCategory && cardCategory.indexOf(wantCategory + '/') !== 0) { return false; }
    if (wantType && card.getAttribute('data-type') !== wantType) { return false; }
    if (!words.length) { return true; }
    var sku = card.getAttribute('data-sku') || '';
    var haystack = norm(sku + ' ' + (card.getAttribute('data-search') || '') + ' ' + (extra[sku] || ''));
    for (var i = 0; i < words.length; i++) {
      if (haystack.indexOf(words[i]) === -1) { return false; }
    }
    return true;
  }

  function apply() {
    pending = false;
    var query = norm(value(text));
    var words = query ? query.split(' ') : [];
    var wantCategory = value(category);
    var wantType = value(type);
    var shown = 0;
    cards.forEach(function (card) {
      var ok = matches(card, words, wantCategory, wantType);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('[data-sku]:not([hidden])');
    });
    if (count) { count.textContent = String(shown); }
    if (empty) { empty.hidden = shown > 0; }
  }

  function schedule() {
    if (pending) { return; }
    pending = true;
    (window.requestAnimationFrame || setTimeout)(apply);
  }

  function remember() {
    if (!window.history || !window.history.replaceState || location.protocol === 'file:') { return; }
    var params = new URLSearchParams();
    if (value(text)) { params.set('q', value(text)); }
    if (value(category)) { params.set('category', value(category)); }
    if (value(type)) { params.set('type', value(type)); }
    var search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : '') + location.hash);
  }

  function loadIndex() {
    var url = form.getAttribute('data-index');
    if (!url || !window.fetch || location.protocol === 'file:') { return; }
    fetch(url, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (items) {
        if (!Array.isArray(items)) { return; }
        items.forEach(function (item) {
          if (!item || !item.sku) { return; }
          var keywords = Array.isArray(item.keywords) ? item.keywords.join(' ') : (item.keywords || '');
          extra[item.sku] = [item.title, item.category, keywords].join(' ');
        });
        schedule();
      })
      .catch(function () { /* the data-search attributes still work */ });
  }

  var initial = new URLSearchParams(location.search);
  if (text && initial.get('q')) { text.value = initial.get('q'); }
  if (category && initial.get('category')) { category.value = initial.get('category'); }
  if (type && initial.get('type')) { type.value = initial.get('type'); }

  form.addEventListener('input', function () { schedule(); });
  form.addEventListener('change', function () { schedule(); remember(); });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); remember(); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(); remember(); }, 0); });
  form.hidden = false;
  apply();
  loadIndex();
})();
