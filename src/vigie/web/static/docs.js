// An offline viewer for vigie's OpenAPI description: every route, its parameters, and a "try it" for GET routes.
"use strict";

(function () {
  const root = document.getElementById("api-docs");
  if (!root) return;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const child of children) node.append(child);
    return node;
  }

  function tryIt(path, params) {
    const form = el("form", { class: "try" });
    for (const p of params) {
      form.append(el("label", {}, p.name + (p.required ? " *" : "") + " ",
        el("input", { name: p.name, "data-in": p.in, size: "14" })));
    }
    const output = el("pre", { class: "json" });
    form.append(el("button", { type: "submit" }, "Try it"));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      let url = path;
      const query = new URLSearchParams();
      for (const input of form.querySelectorAll("input")) {
        if (!input.value) continue;
        if (input.dataset.in === "path") url = url.replace("{" + input.name + "}", encodeURIComponent(input.value));
        else query.append(input.name, input.value);
      }
      const response = await fetch(url + (query.toString() ? "?" + query : ""));
      const text = await response.text();
      try { output.textContent = response.status + "\n" + JSON.stringify(JSON.parse(text), null, 2).slice(0, 20000); }
      catch (err) { output.textContent = response.status + "\n" + text.slice(0, 2000); }
    });
    return [form, output];
  }

  fetch(root.dataset.openapi).then((r) => r.json()).then((spec) => {
    root.textContent = "";
    root.append(el("p", {}, spec.info.title + " " + spec.info.version + " — " + (spec.info.description || "")));
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const section = el("section", { class: "endpoint", id: (method + path).replace(/[^a-z0-9]+/gi, "-") });
        section.append(el("h2", {}, el("code", {}, method.toUpperCase() + " " + path)));
        section.append(el("p", {}, op.summary || ""));
        if (op.description && op.description !== op.summary) section.append(el("p", { class: "note" }, op.description));
        const params = op.parameters || [];
        if (params.length) {
          const list = el("ul", {});
          for (const p of params) {
            list.append(el("li", {}, el("code", {}, p.name), " (" + p.in + (p.required ? ", required" : "") + ")"));
          }
          section.append(list);
        }
        if (method === "get" && (op.tags || []).includes("api")) section.append(...tryIt(path, params));
        root.append(section);
      }
    }
  }).catch((err) => { root.textContent = "Could not load the API description: " + err; });
})();
