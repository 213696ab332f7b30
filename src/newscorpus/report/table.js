// The corpus page's article table: type in the search box to keep the rows whose title or date holds every word,
// click a column's heading to sort by it (again to reverse). No library, no network: it works from file://.
"use strict";
(function () {
  const table = document.getElementById("articles");
  const search = document.getElementById("article-search");
  const count = document.getElementById("article-count");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const searched = new Map(rows.map((row) => [row, `${row.cells[0].textContent} ${row.cells[1].textContent}`.toLowerCase()]));

  function filter() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((row) => {
      row.hidden = !words.every((word) => searched.get(row).includes(word));
      shown += row.hidden ? 0 : 1;
    });
    count.textContent = shown === rows.length ? `${rows.length} articles` : `${shown} of ${rows.length} articles`;
  }

  function sortBy(heading) {
    const column = heading.cellIndex;
    const numeric = heading.dataset.type === "number";
    const order = heading.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    const key = (row) => row.cells[column].textContent;
    const compare = numeric ? (a, b) => Number(key(a)) - Number(key(b))
                            : (a, b) => key(a).localeCompare(key(b), undefined, { sensitivity: "base" });
    rows.sort((a, b) => (order === "ascending" ? compare(a, b) : compare(b, a)));
    rows.forEach((row) => body.appendChild(row));
    for (const other of heading.parentNode.cells) other.removeAttribute("aria-sort");
    heading.setAttribute("aria-sort", order);
  }

  for (const heading of table.tHead.rows[0].cells) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = heading.textContent;
    button.addEventListener("click", () => sortBy(heading));
    heading.replaceChildren(button);
  }
  search.addEventListener("input", filter);
  search.hidden = false;
  filter();
})();
