(function () {
  var app = document.getElementById('fApp');
  var sev = document.getElementById('fSev');
  var text = document.getElementById('fText');
  var shown = document.getElementById('shown');
  function filter() {
    var q = text.value.toLowerCase();
    var n = 0;
    document.querySelectorAll('#findings tbody tr').forEach(function (row) {
      var ok = (!app.value || row.dataset.app === app.value)
        && (!sev.value || row.dataset.sev === sev.value)
        && (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      row.hidden = !ok;
      if (ok) {
        n++;
      }
    });
    shown.textContent = n;
  }
  app.addEventListener('change', filter);
  sev.addEventListener('change', filter);
  text.addEventListener('input', filter);
  filter();
})();
