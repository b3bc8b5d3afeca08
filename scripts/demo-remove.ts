// npm run db:demo:remove — deletes the demo accounts (their passwords are published in the
// README), the demo class and the work done in it. Run it before real students use a server
// that was started with `npm start`.
import { db } from "@/app/lib/db/client";
import { removeDemo } from "@/app/lib/demo/seed";

const prisma = await db();
const { users } = await removeDemo(prisma);
console.log(
  users > 0
    ? `Removed ${users} demo account(s) and their class.`
    : "No demo accounts were present.",
);
await prisma.$disconnect();
