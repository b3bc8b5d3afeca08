import { expect, test as setup } from "@playwright/test";
import { TEACHER_STATE } from "./fixtures";

// The seeded demo teacher, signed in once; tests that act as "a teacher" reuse this state.
setup("sign in the demo teacher", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email or username").fill("teacher@example.com");
  await page.getByLabel("Password").fill("debrief-demo-teacher");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My classes" })).toBeVisible();
  await page.context().storageState({ path: TEACHER_STATE });
});
