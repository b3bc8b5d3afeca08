import Link from "next/link";

/** Where to go from the end of a page, so it never ends in a dead stop. */
export function WhatNext({ links }: { links: { href: string; label: string }[] }) {
  return (
    <nav aria-labelledby="what-next" className="border-line mt-12 border-t pt-6">
      <h2 id="what-next" className="text-xl font-bold">
        What next
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
