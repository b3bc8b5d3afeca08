import { ARTICLE, expect, expectAccessible, expectNoLayoutShift, test } from "./fixtures";

const PAGES = [
  { name: "home", path: "/" },
  { name: "article", path: `/articles/${ARTICLE}` },
  { name: "highlighted article", path: `/articles/${ARTICLE}?highlight=p5.s1,p5.s2#p5.s1` },
  { name: "explainer", path: `/articles/${ARTICLE}/explainer` },
  { name: "simpler explainer", path: `/articles/${ARTICLE}/explainer?level=simpler` },
  { name: "not found", path: "/articles/no-such-article" },
];

for (const { name, path } of PAGES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${name} (${colorScheme}): no axe violations, no layout shift, fits 320 px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 320, height: 720 });
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectAccessible(page);
      await expectNoLayoutShift(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test("while the demo accounts exist, every page says so and how to remove them", async ({
  page,
}) => {
  for (const path of ["/", "/sign-in", `/articles/${ARTICLE}`]) {
    await page.goto(path);
    await expect(page.getByRole("complementary", { name: "Demo accounts" })).toContainText(
      "npm run db:demo:remove",
    );
  }
});

test("home lists every article with its summary and reading time", async ({ page }) => {
  await page.goto("/");
  const articles = page.getByRole("region", { name: "Articles" });
  // The shipped pack and the suite's fixture pack (e2e/fixtures/content).
  await expect(articles.getByRole("listitem")).toHaveCount(2);
  await expect(articles).toContainText("Riverton weighs a four-day school week");
  await expect(articles).toContainText("3 min read");
  await expect(articles).toContainText("Is the deal transactional or strategic?");
  await articles
    .getByRole("link", {
      name: "Kim Jong Un expected in Russia as arms talks advance",
      exact: true,
    })
    .click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Kim Jong Un expected in Russia as arms talks advance",
  );
});

test("unknown pages answer 404 with a way home", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

test.describe("article reader", () => {
  test("quotes the article exactly, without the Keep Reading artifact", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}`);
    const body = page.getByRole("region", { name: "Article text" });
    await expect(body).toContainText(
      "Kirby believes the letters were more at the surface level, but highlighted that the two countries’ talks on a weapons sale were advancing.",
    );
    await expect(body).not.toContainText("Keep Reading");
    await expect(page.getByRole("article")).toContainText("Supplied to the Debrief team");
  });

  test("every sentence is addressable by URL and scrolled into view", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto(`/articles/${ARTICLE}#p7.s2`);
    const sentence = page.locator('[id="p7.s2"]');
    await expect(sentence).toHaveText(/more transactional than strategic/);
    await expect(sentence).toBeInViewport();
  });

  test("a link can open the article with sentences highlighted", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 600 });
    await page.goto(`/articles/${ARTICLE}?highlight=p5.s1,p5.s2,not-a-sentence#p5.s1`);
    const marks = page.getByRole("article").locator("mark");
    await expect(marks).toHaveCount(2);
    await expect(marks.first()).toContainText("Officials say that Putin is trying to persuade");
    await expect(marks.nth(1)).toContainText("nuclear-powered submarines");
    await expect(marks.first()).toBeInViewport();
    await expect(page.getByRole("status")).toHaveText(
      /Highlighted: paragraph 5, sentence 1; paragraph 5, sentence 2/,
    );
    await page.getByRole("link", { name: "Clear highlights" }).click();
    await expect(page.getByRole("article").locator("mark")).toHaveCount(0);
  });

  test("glossary terms open an accessible definition from the keyboard", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}`);
    const term = page.getByRole("button", { name: "sanctions (glossary)" });
    const definition = page.getByRole("dialog", { name: "Glossary: sanctions" });
    await expect(definition).toBeHidden();
    await term.focus();
    await page.keyboard.press("Enter");
    await expect(definition).toBeVisible();
    await expect(definition).toContainText("Penalties one country puts on another");
    await expectAccessible(page);
    await page.keyboard.press("Escape");
    await expect(definition).toBeHidden();
    await term.click();
    await definition.getByRole("button", { name: "Close" }).click();
    await expect(definition).toBeHidden();
  });
});

test.describe("explainer", () => {
  test("covers what happened, who's who, the timeline, the wants and the debate", async ({
    page,
  }) => {
    await page.goto(`/articles/${ARTICLE}/explainer`);
    for (const heading of [
      "What happened",
      "Who's who",
      "Timeline",
      "What each side wants",
      "The debate",
      "What the article leaves open",
      "What would change your mind?",
      "Glossary",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    for (const person of [
      "Kim Jong Un",
      "Vladimir Putin",
      "Sergei Shoigu",
      "John Kirby",
      "South Korea",
    ]) {
      await expect(page.getByRole("heading", { level: 3, name: person })).toBeVisible();
    }
    const russia = page.getByRole("region", { name: "Russia wants" });
    await expect(russia).toContainText("Artillery shells");
    await expect(russia).toContainText("Antitank missiles");
    const northKorea = page.getByRole("region", { name: "North Korea wants" });
    await expect(northKorea).toContainText("Technology for satellites");
    await expect(northKorea).toContainText("nuclear-powered submarines");
    await expect(northKorea).toContainText("Food aid");
    await expect(
      page.getByRole("region", { name: "The case that it is transactional" }),
    ).toContainText("more transactional than strategic");
    await expect(page.getByRole("region", { name: "The case that it is strategic" })).toContainText(
      "increased military cooperation",
    );
    await expect(page.getByRole("region", { name: "What the article leaves open" })).toContainText(
      'Unnamed "experts"',
    );
  });

  test("switching reading level keeps the reader's place", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`/articles/${ARTICLE}/explainer`);
    const standard = page.getByText("This is the article's only explicit verdict.");
    const simpler = page.getByText(
      "This is what the article's experts think. Each country needs something now, and the other one has it.",
    );
    await expect(standard).toBeVisible();
    await expect(simpler).toBeHidden();

    // Put the heading first on screen, just below the sticky level bar, as a reader scrolling would.
    const heading = page.getByRole("heading", { name: "The case that it is strategic" });
    await heading.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.evaluate(() => window.scrollBy(0, -40));
    const before = (await heading.boundingBox())?.y ?? NaN;
    expect(before).toBeGreaterThan(0);

    await page.getByRole("radio", { name: /Simpler/ }).check();
    await expect(simpler).toBeVisible();
    await expect(standard).toBeHidden();
    await expect(page).toHaveURL(/level=simpler/);
    const after = (await heading.boundingBox())?.y ?? NaN;
    expect(Math.abs(after - before)).toBeLessThanOrEqual(2);

    // The radios work from the keyboard too.
    await page.getByRole("radio", { name: /Simpler/ }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("radio", { name: /Standard/ })).toBeChecked();
    await expect(standard).toBeVisible();
  });

  test("the level chosen is in the URL, so a shared link opens at that level", async ({ page }) => {
    await page.goto(`/articles/${ARTICLE}/explainer?level=simpler`);
    await expect(page.getByRole("radio", { name: /Simpler/ })).toBeChecked();
    await expect(
      page.getByText("Is this deal just a swap, or the start of a long partnership?"),
    ).toBeVisible();
  });

  test("evidence cards quote the article and link back to the highlighted sentence", async ({
    page,
  }) => {
    await page.goto(`/articles/${ARTICLE}/explainer`);
    const transactional = page.getByRole("region", { name: "The case that it is transactional" });
    const card = transactional.getByRole("listitem").filter({ hasText: "Evidence 1" });
    await expect(card).toContainText(
      "“But experts believe the deal between Russia and North Korea is more transactional than strategic.”",
    );
    await card.getByRole("link", { name: "Show in the article: paragraph 7, sentence 2" }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${ARTICLE}\\?highlight=p7.s2#p7.s2$`));
    const mark = page.getByRole("article").locator("mark");
    await expect(mark).toHaveText(/more transactional than strategic/);
    await expect(mark).toBeInViewport();
  });
});
