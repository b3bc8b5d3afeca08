import type { ReactNode } from "react";
import { cn } from "./cn";

/** A page section named by its heading, so screen readers list it as a region. */
export function Section({
  id,
  title,
  level = 2,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${id}-heading`} className={cn("mt-10", className)}>
      <Heading
        id={`${id}-heading`}
        className={level === 2 ? "text-xl font-bold" : "text-lg font-bold"}
      >
        {title}
      </Heading>
      {children}
    </section>
  );
}
