#!/usr/bin/env node
// Prisma's CLI insists on a native schema engine binary, which it downloads from the internet.
// Debrief works offline: `prisma generate` never runs the engine, and migrations go through the
// WebAssembly engine (npm run db:migrate). If anything does execute this stub, say so plainly.
process.stderr.write(
  "Debrief: the native Prisma schema engine is not installed (it cannot be downloaded offline).\n" +
    "Use `npm run db:migrate`, `npm run db:migration -- <name>` or `npm run db:reset` instead;\n" +
    "they run the official engine's WebAssembly build through the driver adapter.\n",
);
process.exit(1);
