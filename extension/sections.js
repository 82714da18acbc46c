// The four sections of the lede panel, built from a schema-v1 analysis: Key actors,
// Quotes (with a Copy-citation button), Dates (a timeline by calendar day) and Key
// sentences. Each builder returns a finished <section>; `el(tag, class, text)` makes
// elements with textContent only.
//
// Exposes globalThis.LedeSections (isolated world of the content scripts).

(() => {
  if (globalThis.LedeSections) return;

  /** How many leading words of a quote go into its #:~:text= fragment. */
  const FRAGMENT_WORDS = 6;
  /** Actors shown before "Show all": the most salient few are the key ones. */
  const ACTORS_SHOWN = 6;

  function section(title, id, items, emptyText, el) {
    const node = el("section");
    const heading = el("h2", null, title);
    heading.id = `lede-${id}`;
    node.setAttribute("aria-labelledby", heading.id);
    node.append(heading);
    if (items.length === 0) {
      node.append(el("p", "empty", emptyText));
      return node;
    }
    const list = el("ul");
    list.append(...items);
    node.append(list);
    return node;
  }

  function actors(list, el) {
    const items = list.map((actor, i) => {
      const li = el("li", "actor");
      li.append(el("span", "name", actor.name), el("span", "kind", actor.kind));
      if (actor.role) li.append(el("span", "role", actor.role));
      li.hidden = i >= ACTORS_SHOWN;
      return li;
    });
    const node = section("Key actors", "actors", items, "No actors found.", el);
    if (list.length > ACTORS_SHOWN) node.append(showAll(node, list.length, el));
    return node;
  }

  /** A button that shows the actors beyond the first few, or hides them again. */
  function showAll(node, total, el) {
    const button = el("button", "more", `Show all ${total} actors`);
    button.type = "button";
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", () => {
      const expand = button.getAttribute("aria-expanded") !== "true";
      node.querySelectorAll("li.actor").forEach((li, i) => {
        li.hidden = !expand && i >= ACTORS_SHOWN;
      });
      button.setAttribute("aria-expanded", String(expand));
      button.textContent = expand ? "Show fewer" : `Show all ${total} actors`;
    });
    return button;
  }

  /** A text fragment that scrolls to and highlights the start of the quote. */
  function textFragment(text) {
    const start = text.trim().split(/\s+/).slice(0, FRAGMENT_WORDS).join(" ");
    // '-' and ',' are fragment syntax; encodeURIComponent leaves '-' alone.
    return `#:~:text=${encodeURIComponent(start).replace(/-/g, "%2D")}`;
  }

  /** “quote” — Speaker, Site Name, date, URL#:~:text=… (missing parts left out). */
  function citation(quote, article, page) {
    const url = page.url.split("#")[0] + textFragment(quote.text);
    const source = [quote.speaker, article.siteName, article.published?.slice(0, 10), url];
    return `“${quote.text}” — ${source.filter(Boolean).join(", ")}`;
  }

  async function writeClipboard(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // No focus or no user activation: the clipboardWrite permission allows the
      // legacy copy command in content scripts.
      const onCopy = (event) => {
        event.clipboardData.setData("text/plain", text);
        event.preventDefault();
      };
      document.addEventListener("copy", onCopy, { capture: true, once: true });
      const done = document.execCommand("copy");
      document.removeEventListener("copy", onCopy, { capture: true });
      return done;
    }
  }

  function copyButton(text, el, announce) {
    const button = el("button", "copy", "Copy");
    button.type = "button";
    button.setAttribute("aria-label", "Copy this quote with its source");
    button.addEventListener("click", async () => {
      const done = await writeClipboard(text);
      button.textContent = done ? "Copied" : "Copy failed";
      button.classList.toggle("copied", done);
      announce(done ? "Quote copied with its source." : "The quote could not be copied.");
      setTimeout(() => {
        button.textContent = "Copy";
        button.classList.remove("copied");
      }, 2000);
    });
    return button;
  }

  function quotes(list, article, page, el, announce) {
    const items = list.map((quote) => {
      const li = el("li");
      li.append(el("blockquote", null, `“${quote.text}”`));
      const foot = el("div", "quote-foot");
      foot.append(
        el("span", "speaker", quote.speaker ? `— ${quote.speaker}` : "— unattributed"),
        copyButton(citation(quote, article, page), el, announce),
      );
      li.append(foot);
      return li;
    });
    return section("Quotes", "quotes", items, "No direct quotes found.", el);
  }

  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

  /** "2025-02-23" → { y, m, d, weekday } (UTC arithmetic: no time zone shifts a day). */
  function parseDay(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
  }

  const lastDayOfMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const dayText = (t) => `${t.d} ${MONTHS[t.m - 1]} ${t.y}`;

  /** The calendar value of a date mention, as shown on the timeline:
   *  "Sun 23 Feb 2025", "Feb 2025", "2014", "3 Mar 2025 – 9 Mar 2025", "for P3Y". */
  function calendar(date) {
    if (!date.start) return date.duration ? `for ${date.duration}` : "unresolved";
    const a = parseDay(date.start);
    const b = parseDay(date.end ?? date.start);
    if (date.start === (date.end ?? date.start)) return `${WEEKDAYS[a.weekday]} ${dayText(a)}`;
    const sameYear = a.y === b.y;
    if (sameYear && a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return String(a.y);
    if (sameYear && a.m === b.m && a.d === 1 && b.d === lastDayOfMonth(b.y, b.m)) {
      return `${MONTHS[a.m - 1]} ${a.y}`;
    }
    return `${dayText(a)} – ${dayText(b)}`;
  }

  /** Resolved dates by first day (stable: document order breaks ties), the rest last. */
  function byCalendar(list) {
    return list
      .map((date, order) => ({ date, order }))
      .sort((a, b) => {
        const x = a.date.start ?? "\uffff";
        const y = b.date.start ?? "\uffff";
        return x < y ? -1 : x > y ? 1 : a.order - b.order;
      })
      .map(({ date }) => date);
  }

  function dates(list, el) {
    const items = byCalendar(list).map((date) => {
      const li = el("li");
      const day = el("time", "day", calendar(date));
      if (date.start) day.dateTime = date.start;
      li.append(
        day,
        el("span", "written", date.text),
        el("span", "sentence", date.sentence),
      );
      return li;
    });
    return section("Dates", "dates", items, "No dates found.", el);
  }

  function summary(list, el) {
    const items = list.map((sentence) => el("li", null, sentence.text));
    return section("Key sentences", "summary", items, "No key sentences found.", el);
  }

  globalThis.LedeSections = Object.freeze({ actors, quotes, dates, summary, citation });
})();
