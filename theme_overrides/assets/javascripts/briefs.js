/* newsbriefs: small fixes to the theme's markup for assistive technology. */
(function () {
  "use strict";
  // Material's search is a dialog without a name; screen readers announce it by the
  // label of its own search field.
  var dialog = document.querySelector('.md-search[role="dialog"]');
  var field = document.querySelector(".md-search__input");
  if (dialog && field && !dialog.hasAttribute("aria-label")) {
    dialog.setAttribute("aria-label", field.getAttribute("aria-label") || "Search");
  }
})();

/* A claim quoted in several pieces has its annotation at the first piece; the marker after
   each further piece links there, and opens that annotation in place. */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element && event.target.closest("a.nb-piece-marker");
    if (!link) return;
    var index = document.querySelector('.nb-article [data-md-annotation-id="' +
                                       link.getAttribute("data-annotation") + '"]');
    var annotation = index && index.closest(".md-annotation");
    if (!annotation) return;
    event.preventDefault();
    annotation.focus();
  });
})();
