{#- The parts of Material's pages that only work with JavaScript, made by this script instead of
    written into each of the archive's tens of thousands of pages: Material's storage helpers
    (partials/javascripts/base.html), its config (its `<script id="__config">`), the search
    dialog, the back-to-top button, and the script that opens a content tab named by the
    address. So a page has no inline script at all. Rendered once per language by the hook,
    as if at the site's root, to assets/javascripts/archive-chrome.<lang>.js; each page loads
    it just before Material's bundle, which reads what it made (ARCHITECTURE.md: reliances). -#}
{% import "partials/language.html" as lang with context -%}
{% set dialog %}{% include "partials/archive-search-dialog.html" %}{% endset -%}
{% set top %}{% include "partials/archive-top.html" %}{% endset -%}
(function () {
  "use strict";
  // This file is at <root>/assets/javascripts/: the root, whatever the page's depth.
  var root = new URL("../..", document.currentScript.src);

  // Material's storage helpers (partials/javascripts/base.html), scoped to the site.
  window.__md_scope = new URL({{ (config.extra.scope or "") | tojson }} || root.href, location);
  window.__md_hash = function (e) {
    return [...e].reduce(function (e, _) { return (e << 5) - e + _.charCodeAt(0); }, 0);
  };
  window.__md_get = function (e, _ = localStorage, t = __md_scope) {
    return JSON.parse(_.getItem(t.pathname + "." + e));
  };
  window.__md_set = function (e, _, t = localStorage, a = __md_scope) {
    try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (e) {}
  };

  // Markup rendered at the root: its relative addresses (the icons') made the root's.
  function fromRoot(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    template.content.querySelectorAll("use[href]").forEach(function (use) {
      use.setAttribute("href", new URL(use.getAttribute("href"), root).href);
    });
    return template.content;
  }

  var config = {% include "partials/archive-search-config.html" %};
  config.base = root.href;
  config.search = new URL(config.search, root).href;
  var script = document.createElement("script");
  script.id = "__config";
  script.type = "application/json";
  script.textContent = JSON.stringify(config);
  document.body.appendChild(script);

  var searchButton = document.querySelector('.md-header__inner > label[for="__search"]');
  if (searchButton) {
    searchButton.after(fromRoot({{ dialog | tojson }}));
  }
  {%- if "navigation.top" in features %}

  var main = document.querySelector("main.md-main");
  if (main) {
    main.append(fromRoot({{ top | tojson }}));
  }
  {%- endif %}
  {%- if "content.tabs.link" in features %}

  var tabs = __md_get("__tabs");
  if (Array.isArray(tabs))
    e: for (var set of document.querySelectorAll(".tabbed-set")) {
      var labels = set.querySelector(".tabbed-labels");
      for (var tab of tabs)
        for (var label of labels.getElementsByTagName("label"))
          if (label.innerText.trim() === tab) {
            document.getElementById(label.htmlFor).checked = true;
            continue e;
          }
    }
  {%- endif %}

  var target = document.getElementById(location.hash.slice(1));
  if (target && target.name) {
    target.checked = target.name.startsWith("__tabbed_");
  }
})();
