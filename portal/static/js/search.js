// Progressive enhancement for the search form: it works without this file.
// With it, filters apply as soon as they change and the box suggests words.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form");
  if (!form) return;

  form.classList.add("search-form--live");
  form.addEventListener("change", function (event) {
    if (event.target.name && event.target.name !== "q") {
      var page = form.querySelector("input[name=page]");
      if (page) page.remove();
      form.requestSubmit();
    }
  });

  var input = form.querySelector("input[name=q]");
  var list = document.getElementById(input.getAttribute("list"));
  var url = form.getAttribute("data-suggest-url");
  var timer = null;
  var latest = "";

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (text.length < 2) return;
    timer = setTimeout(function () {
      latest = text;
      fetch(url + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) {
          if (text !== latest) return;
          list.replaceChildren.apply(list, data.suggestions.map(function (item) {
            var option = document.createElement("option");
            option.value = item.value;
            option.label = item.kind + ": " + item.label;
            return option;
          }));
        })
        .catch(function () { /* suggestions are optional */ });
    }, 200);
  });
})();
