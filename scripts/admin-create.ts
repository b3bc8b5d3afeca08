// npm run admin:create -- --email you@school.example --name "Your Name"
// Makes an admin account (the LMS connections page) with a one-time password, printed once; it is
// replaced at the first sign-in. Admins are never made by sign-up.
import { parseArgs } from "node:util";
import { createAdmin } from "@/app/lib/data/admins";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" } },
});
try {
  const { email, password } = await createAdmin(values.email ?? "", values.name ?? "");
  console.log(`Admin ${email} created. One-time password (shown once): ${password}`);
  console.log("Sign in at /sign-in; Debrief asks for a new password first.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
