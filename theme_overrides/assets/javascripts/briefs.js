/* newsbriefs: small fixes to the theme's markup for assistive technology, and the pop-ups. */
(function () {
  "use strict";
  // Material's search is a dialog without a name; screen readers announce it by the
  // label of its own search field.
  var dialog = document.querySelector('.md-search[role="dialog"]');
  var field = document.querySelector(".md-search__input");
  if (dialog && field && !dialog.hasAttribute("aria-label")) {
    dialog.setAttribute("aria-label", field.getAttribute("aria-label") || "Search");
  }

  // Annotation pop-ups (native popovers opened by their marker). The browser handles
  // opening, Escape and focus order; this places each pop-up next to its marker on wide
  // screens, and closes it once keyboard focus has moved on past it, so focus is never
  // left inside a closed pop-up (nor dropped to the page).
  var WIDE = window.matchMedia("(min-width: 600px)");
  function markerOf(popup) {
    return document.querySelector('.nb-marker[popovertarget="' + popup.id + '"]');
  }
  function place(popup) {
    var marker = markerOf(popup);
    popup.classList.toggle("nb-popover--placed", WIDE.matches && !!marker);
    if (!WIDE.matches || !marker) {
      popup.style.top = popup.style.left = "";
      return;
    }
    var rect = marker.getBoundingClientRect();
    var width = popup.offsetWidth;
    var left = Math.min(Math.max(8, rect.left + window.scrollX - 24),
                        window.scrollX + document.documentElement.clientWidth - width - 8);
    popup.style.left = left + "px";
    popup.style.top = (rect.bottom + window.scrollY + 6) + "px";
  }
  document.querySelectorAll(".nb-popover").forEach(function (popup) {
    popup.addEventListener("toggle", function (event) {
      var marker = markerOf(popup);
      if (marker) marker.setAttribute("aria-expanded", event.newState === "open" ? "true" : "false");
      if (event.newState === "open") place(popup);
    });
    popup.addEventListener("focusout", function () {
      setTimeout(function () {
        var active = document.activeElement;
        var marker = markerOf(popup);
        if (popup.matches(":popover-open") && active && active !== document.body &&
            !popup.contains(active) && active !== marker) {
          popup.hidePopover();
        }
      }, 0);
    });
  });
})();
