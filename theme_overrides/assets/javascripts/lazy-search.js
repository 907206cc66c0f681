/* newsbriefs: the search index and its worker load on the first search, not on every page view.
   Material for MkDocs requests search/search_index.json and starts its search worker as soon as a
   page loads. Run before Material's bundle, this holds that one request back, and hands Material a
   stand-in for the worker that starts the real one when Material first writes to it (which it does
   once the index has arrived), until the reader turns to the search box: focus in it, the search
   toggle, or a page opened from a search result (?h=, to highlight the words). */
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json(\?|$)/;
  var WORKER = /\/workers\/search\.[^/]*\.js(\?|$)/;
  var wanted = /[?&]h=/.test(window.location.search);
  var waiting = [];
  function want() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (go) { go(); });
  }
  function whenWanted(go) {
    if (wanted) go(); else waiting.push(go);
  }
  document.addEventListener("focusin", function (event) {
    if (event.target instanceof Element && event.target.closest(".md-search")) want();
  });
  document.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.id === "__search") want();
  });

  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.nbSearchIndex = INDEX.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.nbSearchIndex) return send.apply(request, args);
    whenWanted(function () { send.apply(request, args); });
  };

  var RealWorker = window.Worker;
  if (!RealWorker) return;
  function LazyWorker(url, options) {
    if (!WORKER.test(String(url))) return new RealWorker(url, options);
    var listeners = [], real = null;
    function start() {
      if (!real) {
        real = new RealWorker(url, options);
        listeners.forEach(function (args) { real.addEventListener.apply(real, args); });
      }
      return real;
    }
    return {
      addEventListener: function () {
        if (real) real.addEventListener.apply(real, arguments); else listeners.push(arguments);
      },
      removeEventListener: function (type, listener) {
        if (real) real.removeEventListener.apply(real, arguments);
        listeners = listeners.filter(function (args) { return args[0] !== type || args[1] !== listener; });
      },
      postMessage: function () { var worker = start(); worker.postMessage.apply(worker, arguments); },
      terminate: function () { if (real) real.terminate(); }
    };
  }
  LazyWorker.prototype = RealWorker.prototype;
  window.Worker = LazyWorker;
})();
