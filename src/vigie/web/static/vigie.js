// vigie's small helpers; the pages work without them. No inline script anywhere (Content-Security-Policy).
"use strict";

document.addEventListener("submit", (event) => {
  const form = event.target;
  const question = form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) event.preventDefault();
});

// Filter the rows of a table as you type: <input data-filter="#table-id">.
for (const input of document.querySelectorAll("input[data-filter]")) {
  const table = document.querySelector(input.getAttribute("data-filter"));
  if (!table) continue;
  input.addEventListener("input", () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const row of table.tBodies[0].rows) {
      const text = row.textContent.toLowerCase();
      row.hidden = !words.every((w) => text.includes(w));
    }
  });
}

// Show or hide one kind of annotation in a document: <input type="checkbox" data-toggle="quote">.
for (const box of document.querySelectorAll("input[data-toggle]")) {
  box.addEventListener("change", () => {
    const text = document.getElementById("text");
    if (text) text.classList.toggle("off-" + box.getAttribute("data-toggle"), !box.checked);
  });
}

// A passage link (#c1234) to a place no marked segment starts at (an event told from the middle of a
// sentence): frame the nearest marked place before it rather than leave the reader at the top.
(() => {
  const wanted = /^#c(\d+)$/.exec(window.location.hash);
  const text = document.getElementById("text");
  if (!wanted || !text || document.getElementById(wanted[0].slice(1))) return;
  const at = Number(wanted[1]);
  let best = null;
  let bestAt = -1;
  for (const el of text.querySelectorAll("[id^='c']")) {
    const start = Number(el.id.slice(1));
    if (start <= at && start > bestAt) { best = el; bestAt = start; }
  }
  if (best) {
    best.classList.add("target");
    best.scrollIntoView();
  }
})();
