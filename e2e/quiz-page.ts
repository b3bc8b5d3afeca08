// Acting on a quiz page as a student would: by the question's name and the choices' labels.
import type { Locator, Page } from "@playwright/test";
import { ARTICLE, expect } from "./fixtures";

/** Opens an article and starts one of its quizzes as practice. */
export async function startQuiz(page: Page, title: string, slug = ARTICLE) {
  await page.goto(`/articles/${slug}`);
  await page.getByRole("button", { name: `Start ${title}` }).click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

export const question = (page: Page, prompt: string | RegExp) =>
  page.getByRole("region", { name: prompt });

export async function saved(region: Locator) {
  await expect(region.getByRole("status")).toHaveText(/^✓ Saved$/);
}

export async function choose(page: Page, prompt: string | RegExp, label: string | RegExp) {
  const region = question(page, prompt);
  await region.getByLabel(label).check();
  await saved(region);
}

export async function fill(page: Page, prompt: string | RegExp, text: string) {
  const region = question(page, prompt);
  await region.getByLabel("Your answer").fill(text);
  await saved(region);
}

/** Puts an ordering question's items in the given order with the Up buttons (keyboard-operable). */
export async function order(page: Page, prompt: string | RegExp, wanted: string[]) {
  const region = question(page, prompt);
  for (const [target, text] of wanted.entries()) {
    const items = (await region.getByRole("listitem").allInnerTexts()).map((t) =>
      t.replace(/^\d+\.\s*/, ""),
    );
    const at = items.findIndex((item) => item.startsWith(text));
    for (let step = at; step > target; step -= 1) {
      await region.getByRole("button", { name: `Move "${text}" up` }).click();
    }
  }
  if ((await region.getByRole("button", { name: "Keep this order as my answer" }).count()) > 0) {
    await region.getByRole("button", { name: "Keep this order as my answer" }).click();
  }
  await saved(region);
}

export async function select(page: Page, prompt: string | RegExp, pairs: Record<string, string>) {
  const region = question(page, prompt);
  for (const [label, value] of Object.entries(pairs)) {
    await region.getByLabel(label, { exact: true }).selectOption({ label: value });
  }
  await saved(region);
}
