import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { extractFromHtml, extractFromText } from "@/app/lib/authoring/extract";

describe("extractFromHtml", () => {
  it("keeps the story and its provenance, not the page around it", async () => {
    const html = await readFile("e2e/fixtures/saved-news-page.html", "utf8");
    const { provenance, paragraphs } = extractFromHtml(html);
    expect(provenance).toEqual({
      title: "Town council votes to keep the library open on Sundays",
      byline: "Dana Whitfield",
      publisher: "Riverside Ledger",
      publishedOn: "2026-11-20",
      url: "https://ledger.example/news/2026/11/library-sundays",
    });
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe(
      "The Riverside town council voted 5-2 on Tuesday to keep the public library open on Sundays. The vote ends a month of debate over a budget gap of $1.2 million.",
    );
    const text = paragraphs.join("\n");
    for (const outside of ["Subscribe", "ADVERTISEMENT", "Related stories", "Pool closes", "©"]) {
      expect(text).not.toContain(outside);
    }
  });

  it("leaves provenance empty where the page does not state it, so the teacher is asked", () => {
    const { provenance, paragraphs } = extractFromHtml(
      "<html><body><p>Just one paragraph of a story that is long enough to count as one.</p></body></html>",
    );
    expect(provenance).toMatchObject({ byline: "", publisher: "", publishedOn: "", url: "" });
    expect(paragraphs).toEqual([
      "Just one paragraph of a story that is long enough to count as one.",
    ]);
  });

  it("never keeps markup or script as text", () => {
    const { paragraphs } = extractFromHtml(
      "<body><p>Safe <b>bold</b> text &lt;script&gt;alert(1)&lt;/script&gt; here.</p><script>alert(2)</script></body>",
    );
    expect(paragraphs).toEqual(["Safe bold text <script>alert(1)</script> here."]);
  });
});

describe("extractFromText", () => {
  it("makes each non-empty line a paragraph and drops web-page artifacts", () => {
    expect(
      extractFromText("First line.\r\n\r\n  Second   line.  \nKeep Reading\n").paragraphs,
    ).toEqual(["First line.", "Second line."]);
  });
});

/** A page with a story of three paragraphs inside `main`, and `head` in its head. */
function page({
  html = "",
  main = "main",
  head = "<title>Library stays open</title>",
  byline = "",
} = {}) {
  const paragraphs = [
    "The council voted on Tuesday to keep the library open on Sundays after a month of debate.",
    "Supporters said students who work during the week need a quiet place to read and study.",
    "The library will pay for the extra hours with a state grant that runs until next year.",
  ];
  return `<!doctype html><html ${html}><head>${head}</head><body>
    <nav><a href="/">Home</a></nav>
    <${main}><h1>Library stays open</h1>${byline}${paragraphs.map((p) => `<p>${p}</p>`).join("")}</${main.split(" ")[0]}>
    <div class="share-bar"><p>Share this story on every network you use today.</p></div>
  </body></html>`;
}

describe("pre-cleaning never eats the story", () => {
  it("keeps a page whose <html> or <main> carries a furniture class", () => {
    for (const html of [
      page({ html: 'class="newsletter-module js"' }),
      page({ main: 'main class="content social-anchor"' }),
      page({ main: 'div class="related-content"' }),
    ]) {
      const { paragraphs } = extractFromHtml(html);
      expect(paragraphs).toHaveLength(3);
      expect(paragraphs.join(" ")).not.toContain("Share this story");
    }
  });

  it("matches class words whole: a shareholder's letter is not a share bar", () => {
    const html = page().replace(
      "</main>",
      '<div class="shareholder-letter"><p>Shareholders were told the grant covers two years of Sunday hours.</p></div></main>',
    );
    expect(extractFromHtml(html).paragraphs.join(" ")).toContain("Shareholders were told");
  });

  it("never throws: a page with no story gives no paragraphs", () => {
    for (const html of ["", "<html></html>", "<nav>Menu</nav>", "<<<>>>\u0000"]) {
      expect(extractFromHtml(html).paragraphs).toEqual([]);
    }
  });
});

describe("provenance, each field from the first source that has it", () => {
  const ld = (value: unknown) =>
    `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

  it("JSON-LD first: headline, every author, publisher, date and URL", () => {
    const head = `<title>Sunday hours saved - Ledger News</title>
      <meta property="og:title" content="A social headline!" />
      <meta name="author" content="Desk Editor" />
      ${ld({
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "WebPage", name: "Page" },
          {
            "@type": "NewsArticle",
            headline: "Council keeps the library open on Sundays",
            author: [{ "@type": "Person", name: "Dana Whitfield" }, { name: "Sam Ortiz" }],
            publisher: { "@type": "Organization", name: "Riverside Ledger" },
            datePublished: "2026-11-20T08:30:00-05:00",
            mainEntityOfPage: { "@id": "https://ledger.example/library" },
          },
        ],
      })}`;
    expect(extractFromHtml(page({ head })).provenance).toEqual({
      title: "Council keeps the library open on Sundays",
      byline: "Dana Whitfield and Sam Ortiz",
      publisher: "Riverside Ledger",
      publishedOn: "2026-11-20",
      url: "https://ledger.example/library",
    });
  });

  it("then OpenGraph and article meta, with the site's name taken off a title", () => {
    const head = `<meta property="og:title" content="Library stays open | Riverside Ledger" />
      <meta property="og:site_name" content="Riverside Ledger" />
      <meta property="article:published_time" content="2026-11-20T08:30:00Z" />
      <meta property="og:url" content="https://ledger.example/library" />`;
    expect(extractFromHtml(page({ head })).provenance).toMatchObject({
      title: "Library stays open",
      publisher: "Riverside Ledger",
      publishedOn: "2026-11-20",
      url: "https://ledger.example/library",
    });
  });

  it("then the page's <title>, without its site suffix", () => {
    const head = "<title>Council keeps the library open on Sundays - BBC News</title>";
    expect(extractFromHtml(page({ head })).provenance.title).toBe(
      "Council keeps the library open on Sundays",
    );
  });

  it("authors from meta, itemprop or rel=author, never a date or a related story's author", () => {
    const meta = page({ head: '<meta name="author" content="Dana Whitfield" />' });
    expect(extractFromHtml(meta).provenance.byline).toBe("Dana Whitfield");
    const itemprop = page({
      byline: '<p class="byline">By <span itemprop="author">Dana Whitfield</span></p>',
    });
    expect(extractFromHtml(itemprop).provenance.byline).toBe("Dana Whitfield");
    const rel = page({ byline: '<p>By <a rel="author" href="/staff/dana">Dana Whitfield</a></p>' });
    expect(extractFromHtml(rel).provenance.byline).toBe("Dana Whitfield");
    const dated = page({ byline: '<p class="byline">Sunday, Feb 1, 2015 11:57 AM</p>' });
    expect(extractFromHtml(dated).provenance.byline).toBe("");
  });

  it("dates from <time datetime> as YYYY-MM-DD", () => {
    const html = page({ byline: '<time datetime="2015-02-01T11:57:00Z">Feb 1</time>' });
    expect(extractFromHtml(html).provenance.publishedOn).toBe("2015-02-01");
  });

  it("headlines with their character references read, a hyphenated site's name taken off, no section label, and never cut short", () => {
    const escaped = page({
      head: `${ld({ "@type": "NewsArticle", headline: "&#8216;We needed to win this&nbsp;game&#8217;, says coach" })}`,
    });
    expect(extractFromHtml(escaped).provenance.title).toBe(
      "‘We needed to win this game’, says coach",
    );
    const site = page({
      head: '<meta property="og:title" content="Simple Hiking Survival Kit (with Kids) - The Anti-June Cleaver" />',
    });
    expect(extractFromHtml(site).provenance.title).toBe("Simple Hiking Survival Kit (with Kids)");
    const short = page({
      head: '<meta property="og:title" content="About bugs – Vortex Cannon Entertainment" />',
    });
    expect(extractFromHtml(short).provenance.title).toBe("About bugs");
    const opinion = page({
      head: '<meta property="og:title" content="Opinion | Republicans Are Following Trump to Nowhere" />',
    });
    expect(extractFromHtml(opinion).provenance.title).toBe(
      "Republicans Are Following Trump to Nowhere",
    );
    // Search engines take 110 characters of a headline; the page's own heading has all of it.
    const whole =
      "Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract medieval disease";
    const cut = page({
      head: ld({ "@type": "NewsArticle", headline: whole.slice(0, 101) }),
      main: "main",
    }).replace("<h1>Library stays open</h1>", `<h1>${whole}</h1>`);
    expect(extractFromHtml(cut).provenance.title).toBe(whole);
  });
});

describe("boilerplate the page's markup gives away", () => {
  const story = [
    "The council voted on Tuesday to keep the library open on Sundays after a month of debate.",
    "Supporters said students who work during the week need a quiet place to read and study.",
    "The library will pay for the extra hours with a state grant that runs until next year.",
  ];
  const html = (inside: string, head = "") =>
    `<!doctype html><html><head>${head}</head><body><article>
      <p>${story[0]}</p>${inside}<p>${story[1]}</p><p>${story[2]}</p></article></body></html>`;

  it("a figure's caption and credit", () => {
    const figure = `<figure><img src="a.jpg" alt=""><figcaption>Readers in the library's main hall on a Sunday afternoon last spring.</figcaption><span>Alex Wong</span></figure>`;
    expect(extractFromHtml(html(figure)).paragraphs).toEqual(story);
  });

  it("a teaser for another story: a headline that is all link, a kicker in capitals over one", () => {
    const teaser = `<p><a href="/other">Pool closes for the winter after a long dry summer</a></p>
      <p>BLACK DEATH FEARS</p><p><a href="/plague">Hunter diagnosed with plague after eating a rabbit</a></p>
      <p><strong><a href="/swift">TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAS</a></strong></p>`;
    expect(extractFromHtml(html(teaser)).paragraphs).toEqual(story);
    // A subheading in capitals over the story's own paragraph stays.
    const subhead = "<p>WHAT THE GRANT PAYS FOR</p>";
    expect(extractFromHtml(html(subhead)).paragraphs).toContain("WHAT THE GRANT PAYS FOR");
  });

  it("a note about the author at the end, found by the author's name", () => {
    const head = '<meta name="author" content="Emiliano Bellini" />';
    const note = (text: string) => html("", head).replace("</article>", `<p>${text}</p></article>`);
    for (const text of [
      "Emiliano Bellini",
      "Emiliano joined the magazine in March 2017. He has been reporting on energy since 2009.",
    ]) {
      expect(extractFromHtml(note(text)).paragraphs, text).toEqual(story);
    }
    const quoted = "Emiliano Bellini, the author, was not at the meeting, the clerk said.";
    expect(extractFromHtml(note(quoted)).paragraphs).toContain(quoted);
  });
});
