/* shopsite table sorting: click a header of table[data-sortable] to sort its tbody rows.
   A cell's data-value (number or text) wins over its text; numbers sort numerically, text by zh-CN collation;
   empty cells go last. th[data-sort="none"] stays unsortable. No libraries. */
(function () {
  'use strict';
  var collator = window.Intl && Intl.Collator ? new Intl.Collator('zh-CN', { numeric: true }) : null;

  function key(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ''; }
    var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
    return String(raw).trim();
  }

  function asNumber(text) {
    var cleaned = text.replace(/[,\s¥$%]/g, '');
    if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) { return null; }
    return parseFloat(cleaned);
  }

  function compare(a, b) {
    if (a === b) { return 0; }
    if (a === '' || a === '—') { return 1; }
    if (b === '' || b === '—') { return -1; }
    var x = asNumber(a);
    var y = asNumber(b);
    if (x !== null && y !== null) { return x - y; }
    return collator ? collator.compare(a, b) : (a < b ? -1 : 1);
  }

  function sort(table, header, index) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var descending = header.getAttribute('aria-sort') === 'ascending';
    Array.prototype.forEach.call(table.querySelectorAll('th[aria-sort]'), function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    var rows = Array.prototype.slice.call(body.rows).map(function (row, position) {
      return { row: row, key: key(row, index), position: position };
    });
    rows.sort(function (p, q) {
      var empty = (p.key === '' || p.key === '—') - (q.key === '' || q.key === '—');
      if (empty) { return empty; }
      var order = compare(p.key, q.key);
      if (descending) { order = -order; }
      return order || p.position - q.position;
    });
    var fragment = document.createDocumentFragment();
    rows.forEach(function (item) { fragment.appendChild(item.row); });
    body.appendChild(fragment);
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-sortable]'), function (table) {
    var head = table.tHead;
    if (!head || !head.rows.length) { return; }
    var cells = head.rows[head.rows.length - 1].cells;
    Array.prototype.forEach.call(cells, function (th, index) {
      if (th.getAttribute('data-sort') === 'none') { return; }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-btn';
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener('click', function () { sort(table, th, index); });
    });
  });
})();
