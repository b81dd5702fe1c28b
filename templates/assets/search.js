/* shopsite catalog filter: progressive enhancement, no libraries.
   Without JS every product is reachable through the catalog's pages; with it, <form data-catalog-filter hidden>
   is shown. The form searches EVERY product: on the first filter it loads the generated index (over http(s) the
   form's data-index, e.g. "../search-index.json"; from disk, file://, the script data-index-script,
   "../search-index.js", which sets window.shopsiteSearchIndex) and renders the matches as cards into
   [data-filter-results] in place of this page's cards ([data-catalog-page]); an empty filter shows the page again.
   Until the index is there (or when it fails) it filters this page's cards ([data-sku][data-category][data-type][data-search]). */
(function () {
  'use strict';
  var form = document.querySelector('[data-catalog-filter]');
  if (!form) { return; }
  var page = document.querySelector('[data-catalog-page]');
  var scope = page || document;
  var cards = Array.prototype.slice.call(scope.querySelectorAll('[data-sku]'));
  var groups = Array.prototype.slice.call(scope.querySelectorAll('[data-catalog-group]'));
  var results = document.querySelector('[data-filter-results]');
  var count = form.querySelector('[data-filter-count]');
  var empty = document.querySelector('[data-filter-empty]');
  var text = form.elements.namedItem('q');
  var category = form.elements.namedItem('category');
  var type = form.elements.namedItem('type');
  var root = form.getAttribute('data-root') || '';
  var batch = 60;
  var index = null;      // every catalog product, once loaded
  var loading = false;
  var limit = batch;
  var pending = false;

  function norm(value) { return String(value || '').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function value(field) { return field && field.value ? field.value : ''; }
  function label(name) { return results ? results.getAttribute('data-label-' + name) || '' : ''; }

  function typeLabel(code) {
    if (!type || !type.options) { return code; }
    for (var i = 0; i < type.options.length; i++) {
      if (type.options[i].value === code) { return type.options[i].text; }
    }
    return code;
  }

  function categoryMatches(have, want) {
    return !want || have === want || have.indexOf(want + '/') === 0;
  }

  function containsAll(haystack, words) {
    for (var i = 0; i < words.length; i++) {
      if (haystack.indexOf(words[i]) === -1) { return false; }
    }
    return true;
  }

  function cardMatches(card, words, wantCategory, wantType) {
    if (!categoryMatches(card.getAttribute('data-category') || '', wantCategory)) { return false; }
    if (wantType && card.getAttribute('data-type') !== wantType) { return false; }
    return containsAll(norm((card.getAttribute('data-sku') || '') + ' ' + (card.getAttribute('data-search') || '')), words);
  }

  function itemMatches(item, words, wantCategory, wantType) {
    if (!categoryMatches(item.category || '', wantCategory)) { return false; }
    if (wantType && item.type !== wantType) { return false; }
    if (!item.haystack) {
      var keywords = Array.isArray(item.keywords) ? item.keywords.join(' ') : (item.keywords || '');
      item.haystack = norm([item.sku, item.title, item.category, typeLabel(item.type), keywords].join(' '));
    }
    return containsAll(item.haystack, words);
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined && content !== null) { node.textContent = String(content); }
    return node;
  }

  function fact(list, term, detail) {
    var row = element('div');
    row.appendChild(element('dt', '', term));
    row.appendChild(element('dd', '', detail));
    list.appendChild(row);
  }

  function resultCard(item) {
    var url = root + (item.url || '');
    var card = element('article', 'product-card card');
    card.setAttribute('data-result-sku', item.sku);
    var media = element('a', item.image ? 'card-media' : 'card-media card-media-empty', item.image ? null : label('no-image'));
    media.href = url;
    if (item.image) {
      var image = element('img');
      image.src = root + item.image;
      image.alt = item.title || '';
      image.loading = 'lazy';
      media.appendChild(image);
    }
    card.appendChild(media);
    var badges = element('div', 'card-badges');
    badges.appendChild(element('span', 'badge badge-' + item.type, typeLabel(item.type)));
    card.appendChild(badges);
    var body = element('div', 'card-body');
    var title = element('h3', 'card-title');
    var link = element('a', '', item.title);
    link.href = url;
    title.appendChild(link);
    body.appendChild(title);
    var price = element('p', 'card-price');
    price.appendChild(element('span', 'price', item.price_text || '—'));
    price.appendChild(element('span', 'price-note', item.price_note || label('from')));
    body.appendChild(price);
    var facts = element('dl', 'card-facts');
    fact(facts, label('moq'), item.moq_text || '—');
    fact(facts, label('lead'), item.lead_text || '—');
    body.appendChild(facts);
    if (item.rating) {
      var rating = element('p', 'card-rating');
      var stars = element('span', 'stars', item.stars || '');
      stars.setAttribute('aria-hidden', 'true');
      rating.appendChild(stars);
      rating.appendChild(element('span', 'rating-value', item.rating));
      rating.appendChild(element('span', 'rating-count', item.reviews_text || ''));
      body.appendChild(rating);
    }
    card.appendChild(body);
    return card;
  }

  function showResults(matches) {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    var grid = element('div', 'card-grid');
    matches.slice(0, limit).forEach(function (item) { grid.appendChild(resultCard(item)); });
    results.appendChild(grid);
    if (matches.length > limit) {
      var more = element('button', 'btn catalog-more', label('more') + ' (' + (matches.length - limit) + ')');
      more.type = 'button';
      more.addEventListener('click', function () { limit += batch; showResults(matches); });
      results.appendChild(more);
    }
    results.hidden = false;
  }

  function filterPage(words, wantCategory, wantType) {
    var shown = 0;
    cards.forEach(function (card) {
      var ok = cardMatches(card, words, wantCategory, wantType);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('[data-sku]:not([hidden])');
    });
    return shown;
  }

  function apply() {
    pending = false;
    var query = norm(value(text));
    var words = query ? query.split(' ') : [];
    var wantCategory = value(category);
    var wantType = value(type);
    var active = words.length > 0 || wantCategory !== '' || wantType !== '';
    var shown;
    if (active && index && results) {
      var matches = index.filter(function (item) { return itemMatches(item, words, wantCategory, wantType); });
      showResults(matches);
      if (page) { page.hidden = true; }
      shown = matches.length;
    } else {
      if (results) { results.hidden = true; }
      if (page) { page.hidden = false; }
      shown = filterPage(words, wantCategory, wantType);
      if (active) { loadIndex(); }
    }
    if (count) { count.textContent = shown.toLocaleString('en-US'); }
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

  function useIndex(items) {
    if (!Array.isArray(items)) { return; }
    index = items.filter(function (item) { return item && item.sku; });
    schedule();
  }

  // Over http(s) the JSON index is fetched; from disk (file://, where fetch is refused) the same index is loaded as
  // a script that sets window.shopsiteSearchIndex (form's data-index-script).
  function loadIndex() {
    if (index || loading || !results) { return; }
    if (Array.isArray(window.shopsiteSearchIndex)) { useIndex(window.shopsiteSearchIndex); return; }
    var url = form.getAttribute('data-index');
    var script = form.getAttribute('data-index-script');
    if (location.protocol === 'file:' || !window.fetch) {
      if (!script) { return; }
      loading = true;
      var tag = document.createElement('script');
      tag.src = script;
      tag.onload = function () { useIndex(window.shopsiteSearchIndex); };
      document.head.appendChild(tag);
      return;
    }
    if (!url) { return; }
    loading = true;
    fetch(url, { credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(useIndex)
      .catch(function () { /* this page's cards are still filtered */ });
  }

  var initial = new URLSearchParams(location.search);
  if (text && initial.get('q')) { text.value = initial.get('q'); }
  if (category && initial.get('category')) { category.value = initial.get('category'); }
  if (type && initial.get('type')) { type.value = initial.get('type'); }

  form.addEventListener('input', function () { limit = batch; schedule(); });
  form.addEventListener('change', function () { limit = batch; schedule(); remember(); });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); remember(); });
  form.addEventListener('reset', function () { setTimeout(function () { limit = batch; apply(); remember(); }, 0); });
  form.hidden = false;
  apply();
})();
