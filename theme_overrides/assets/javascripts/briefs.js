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

  // On paper a link's address is not in view: outside the endnotes (cards and the list of
  // sources, which print it whole), print.css shows the host of each link to another site.
  document.querySelectorAll('.md-content a[href^="http"]').forEach(function (link) {
    if (link.closest(".nb-card, .nb-brief-sources, .nb-popups") || link.classList.contains("nb-url")) return;
    try {
      var host = new URL(link.href).host.replace(/^www\./, "");
      if (host !== window.location.host) link.setAttribute("data-host", host);
    } catch (error) { /* not an address: printed as it is */ }
  });

  // Annotation pop-ups (native popovers opened by their marker). The browser handles
  // opening, Escape and focus order; this places each pop-up before it shows (in
  // `beforetoggle`, so no frame draws it anywhere else), and closes it once keyboard focus
  // has moved on past it, so focus is never left inside a closed pop-up (nor dropped to the
  // page). On wide screens a pop-up sits below its marker, or above it when there is more
  // room there, and never past the window's edges; on phones it is a sheet at the bottom
  // (or the top), and the page scrolls so that the sheet leaves its marker in view.
  var WIDE = window.matchMedia("(min-width: 600px)");
  var GAP = 6, EDGE = 8;
  function markerOf(popup) {
    return document.querySelector('.nb-marker[popovertarget="' + popup.id + '"]');
  }
  function hiddenSize(popup) {
    // The size it will have once open, measured while it is still closed and invisible.
    var style = popup.style;
    style.maxHeight = "";
    style.visibility = "hidden"; style.display = "block"; style.position = "fixed";
    style.top = style.left = "0";
    var size = { width: popup.offsetWidth, height: popup.offsetHeight };
    style.visibility = style.display = style.position = style.top = style.left = "";
    return size;
  }
  function viewport() {
    return { width: document.documentElement.clientWidth, height: window.innerHeight };
  }
  function besideMarker(popup, marker) {
    popup.classList.add("nb-popover--placed");
    var size = hiddenSize(popup), view = viewport(), rect = marker.getBoundingClientRect();
    var below = view.height - rect.bottom - GAP - EDGE, above = rect.top - GAP - EDGE;
    var up = size.height > below && above > below;
    var room = Math.max(up ? above : below, 0);
    var height = Math.min(size.height, room);
    if (size.height > room) popup.style.maxHeight = room + "px";
    var top = up ? rect.top - GAP - height : rect.bottom + GAP;
    var left = Math.min(Math.max(EDGE, rect.left - 24), view.width - size.width - EDGE);
    popup.style.left = (Math.max(EDGE, left) + window.scrollX) + "px";
    popup.style.top = (top + window.scrollY) + "px";
  }
  function sheet(popup, marker) {
    popup.classList.remove("nb-popover--placed", "nb-popover--top");
    popup.style.top = popup.style.left = "";
    var size = hiddenSize(popup), view = viewport(), rect = marker.getBoundingClientRect();
    var covered = rect.bottom + EDGE - (view.height - size.height);
    if (covered > 0) {
      window.scrollBy({ top: covered, behavior: "instant" });
      rect = marker.getBoundingClientRect();
    }
    var below = view.height - rect.bottom - EDGE, above = rect.top - EDGE;
    if (below >= Math.min(size.height, view.height * 0.3)) {
      if (size.height > below) popup.style.maxHeight = below + "px";
    } else {  // the end of the page: no scrolling lifts the marker, so the sheet comes from the top
      popup.classList.add("nb-popover--top");
      if (size.height > above) popup.style.maxHeight = Math.max(above, 0) + "px";
    }
  }
  function place(popup) {
    var marker = markerOf(popup);
    if (!marker) return;
    if (WIDE.matches) besideMarker(popup, marker);
    else sheet(popup, marker);
  }
  document.querySelectorAll(".nb-popover").forEach(function (popup) {
    popup.addEventListener("beforetoggle", function (event) {
      if (event.newState === "open") place(popup);
    });
    popup.addEventListener("toggle", function (event) {
      var marker = markerOf(popup);
      if (marker) marker.setAttribute("aria-expanded", event.newState === "open" ? "true" : "false");
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
