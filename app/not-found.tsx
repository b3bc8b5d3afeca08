import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">
        We could not find that page. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-4">
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
