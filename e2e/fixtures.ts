import AxeBuilder from "@axe-core/playwright";
import {
  expect,
  test as base,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { createSession } from "./factories";

export const ARTICLE = "kim-putin-arms-talks";
/** The test pack in e2e/fixtures/content: another debate (three sides), its own sort categories. */
export const FIXTURE_ARTICLE = "four-day-school-week";

/** Browser state of the seeded demo teacher, signed in by auth.setup.ts. */
export const TEACHER_STATE = "e2e/.auth/teacher.json";

/**
 * Records how long a slow-by-nature step took as a test annotation, so the suite's timeouts can be
 * checked against what the steps really take under load (see e2e/timings.ts).
 */
async function timed<T>(step: "axe" | "sign-in", run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  base.info().annotations.push({
    type: `timing:${step}`,
    description: String(Math.round(performance.now() - start)),
  });
  return result;
}

/** Fails with the list of violations (rule, impact, target) so a regression says what broke. */
export async function expectAccessible(page: Page): Promise<void> {
  // Scan the settled page: right after a server action Next re-renders it, and its <title> is
  // briefly absent while the refreshed metadata streams in.
  await expect(page).toHaveTitle(/\S/);
  const results = await timed("axe", () =>
    new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze(),
  );
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/**
 * The most layout shift a test accepts: a tenth of what Core Web Vitals still calls good (0.1),
 * and far more than the sub-pixel settling a slow machine can add (0.003 seen under load), while a
 * block that visibly jumps (a status line pushing the questions down scores 0.05 or more) fails.
 */
export const MAX_LAYOUT_SHIFT = 0.01;

type TShift = { score: number; moved: string[] };

/**
 * Layout-shift score since navigation, leaving out shifts right after user input as CLS does (CLS
 * without the session windows), with what moved, so a failure names the element.
 */
async function layoutShift(page: Page): Promise<TShift> {
  return page.evaluate(
    () =>
      new Promise<TShift>((resolve) => {
        const shift: TShift = { score: 0, moved: [] };
        type TSource = {
          node?: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources?: TSource[];
          })[]) {
            if (entry.hadRecentInput) continue;
            shift.score += entry.value;
            for (const { node, previousRect: a, currentRect: b } of entry.sources ?? []) {
              const name =
                node instanceof Element
                  ? `<${node.localName} class="${node.className}">`
                  : node?.nodeName;
              const text = (node?.textContent ?? "").trim().slice(0, 40);
              shift.moved.push(
                `${name} "${text}" (${a.x},${a.y} ${a.width}x${a.height}) → (${b.x},${b.y} ${b.width}x${b.height})`,
              );
            }
          }
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(shift), 300);
      }),
  );
}

/** Fails when the page moved more than a reader would notice, naming what moved. */
export async function expectNoLayoutShift(page: Page): Promise<void> {
  const { score, moved } = await layoutShift(page);
  expect(score, `layout shift ${score}; moved: ${moved.join("; ")}`).toBeLessThan(MAX_LAYOUT_SHIFT);
  // Anything that moves at all is worth a look even under the limit: printed, not failed.
  if (score > 0) console.warn(`${base.info().title}: layout shift ${score}: ${moved.join("; ")}`);
}

/**
 * A page in a new, signed-out browser context. (A plain browser.newContext() inside a test would
 * inherit the test's storageState, i.e. someone else's session.)
 */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

/** Signs in through the form (on another server when origin is given) and waits for home. */
export async function signIn(
  page: Page,
  identifier: string,
  password: string,
  home: RegExp,
  origin = "",
): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email or username").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await timed("sign-in", async () => {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(home);
  });
}

/**
 * Signs a user in by giving the browser a session cookie written straight to the database, for
 * tests where signing in is not what is tested.
 */
export async function signInAs(context: BrowserContext, userId: string): Promise<void> {
  const token = await createSession(userId);
  await context.addCookies([
    {
      name: "__Host-debrief-session",
      value: token,
      domain: "localhost",
      path: "/",
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
    },
  ]);
}

/**
 * On the new-assignment form: gives it a title and composes it from the given questions, in that
 * order. The caller sets anything else and assigns.
 */
export async function composeAssignment(page: Page, title: string, questionIds: string[]) {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Quiz").selectOption({ label: "Compose my own from the questions below" });
  await page.getByText("Compose: choose and order questions").click();
  for (const [index, id] of questionIds.entries()) {
    await page.getByRole("checkbox", { name: new RegExp(`^${id} `) }).check();
    await page.getByLabel(`Position of ${id}`).fill(String(index + 1));
  }
}

export const test = base;
export { expect };

/** The username and one-time password on a student's printed login card. */
export async function loginCard(page: Page, displayName: string) {
  const card = page
    .getByRole("list", { name: "Login cards" })
    .getByRole("listitem")
    .filter({ hasText: displayName });
  const values = card.getByRole("definition");
  return {
    username: (await values.nth(1).textContent()) ?? "",
    password: (await values.nth(2).textContent()) ?? "",
  };
}
