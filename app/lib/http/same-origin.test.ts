import { expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/x", { method: "POST", headers });

it("accepts only an Origin that names this host", () => {
  expect(isSameOrigin(request({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(
    true,
  );
  expect(isSameOrigin(request({ host: "localhost:3000" }))).toBe(false);
  expect(isSameOrigin(request({ host: "localhost:3000", origin: "https://evil.example" }))).toBe(
    false,
  );
  expect(isSameOrigin(request({ host: "localhost:3000", origin: "http://localhost:3001" }))).toBe(
    false,
  );
  expect(isSameOrigin(request({ host: "localhost:3000", origin: "null" }))).toBe(false);
  // Without TRUST_PROXY a forwarded host is not believed.
  expect(
    isSameOrigin(
      request({
        host: "localhost:3000",
        "x-forwarded-host": "evil.example",
        origin: "https://evil.example",
      }),
    ),
  ).toBe(false);
});
