import { publicJwks } from "@/app/lib/data/lti-keys";

// The tool's public keys: platforms verify deep-linking responses and token requests with them.
export async function GET() {
  return Response.json(await publicJwks(), {
    headers: { "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" },
  });
}
