// newsbrief serve: small progressive enhancements; every page works without this file.
// - "/" moves the focus to the search box;
// - the story list refreshes itself when an ingest commits to the store;
// - a story page says when the story or its brief changed since it was loaded;
// - "expand all" / "collapse all" buttons on a story page.
// Text from the server is inserted with textContent, or as HTML the server escaped.
(function () {
  "use strict";
  var body = document.body;
  var poll = Math.max(1, parseFloat(body.getAttribute("data-poll") || "5")) * 1000;

  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
    if (ev.key === "/" && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      var box = document.getElementById("q") || document.getElementById("q-top");
      if (box) { ev.preventDefault(); box.focus(); box.select(); }
    }
  });

  function say(text, linkText, href) {
    var live = document.getElementById("live");
    if (!live) { return; }
    live.textContent = text;
    if (linkText) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = linkText;
      live.appendChild(document.createTextNode(" "));
      live.appendChild(a);
    }
    live.hidden = false;
  }

  function getJSON(url) {
    return fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  function every(fn) {
    var busy = false;
    setInterval(function () {
      if (busy || document.hidden) { return; }
      busy = true;
      fn().catch(function () {}).then(function () { busy = false; });
    }, poll);
  }

  function watchList() {
    var list = document.getElementById("story-list");
    if (!list) { return; }
    every(function () {
      return getJSON("/api/status").then(function (st) {
        var current = document.getElementById("story-list");
        if (st.stamp === current.getAttribute("data-stamp")) { return; }
        var url = new URL(window.location.href);
        url.searchParams.set("partial", "list");
        return fetch(url.toString(), { credentials: "same-origin" }).then(function (r) { return r.text(); })
          .then(function (html) {
            var doc = new DOMParser().parseFromString(html, "text/html");
            var fresh = doc.getElementById("story-list");
            if (!fresh) { return; }
            current.replaceWith(document.importNode(fresh, true));
            var counts = document.getElementById("counts");
            if (counts) {
              counts.textContent = st.stories + " stor" + (st.stories === 1 ? "y" : "ies") + " from " + st.articles +
                " article" + (st.articles === 1 ? "" : "s") + "; " + st.briefs + " briefed.";
            }
            say("The list was updated: the store changed.");
          });
      });
    });
  }

  function watchStory() {
    var id = body.getAttribute("data-story");
    var version = body.getAttribute("data-version");
    var briefVersion = body.getAttribute("data-brief-version");
    every(function () {
      return getJSON("/api/stories/" + encodeURIComponent(id)).then(function (st) {
        var stored = st.brief_version === null ? "" : String(st.brief_version);
        if (stored !== briefVersion) {
          say("A newer brief of this story is stored.", "Show it", window.location.pathname);
        } else if (String(st.version) !== version) {
          var n = st.new_articles.length;
          say("New articles arrived since this page was loaded; the brief above is older than the story" +
            (n ? " (" + n + " article" + (n === 1 ? "" : "s") + " not in it)." : "."), "Reload", window.location.pathname);
        }
      });
    });
  }

  function sectionTools() {
    var first = document.querySelector("section.part");
    if (!first) { return; }
    var box = document.createElement("p");
    box.className = "tools";
    [["Expand all", true], ["Collapse all", false]].forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = b[0];
      button.addEventListener("click", function () {
        document.querySelectorAll("main details").forEach(function (d) { d.open = b[1]; });
      });
      box.appendChild(button);
      box.appendChild(document.createTextNode(" "));
    });
    first.parentNode.insertBefore(box, first);
  }

  var kind = body.getAttribute("data-page");
  if (kind === "list") { watchList(); }
  if (kind === "story") { watchStory(); sectionTools(); }
}());
