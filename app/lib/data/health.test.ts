import { expect, it } from "vitest";
import { GET } from "@/app/api/health/route";

// The 503 side needs a server whose database is down: e2e/torture/torture.test.ts.
it("the health check answers 200 while the database answers, and shows no data", async () => {
  const response = await GET();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
