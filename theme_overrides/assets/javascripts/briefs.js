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
