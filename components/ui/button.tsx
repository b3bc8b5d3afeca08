import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";
import { cn } from "./cn";

const variants = {
  primary: "bg-accent text-accent-ink border-accent",
  secondary: "bg-card text-ink border-line",
  danger: "border-red-700 bg-card text-red-800 dark:border-red-400 dark:text-red-300",
  /** Looks like a link, acts as a button (an action that changes nothing on its own). */
  link: "text-accent border-transparent px-0 underline font-normal",
} as const;
const sizes = { md: "px-4 py-2", sm: "px-3 py-1" } as const;

export type TButtonStyle = { variant?: keyof typeof variants; size?: keyof typeof sizes };

/** The class of a button (or a link that looks like one), at least 44 px tall for touch. */
export function buttonClass(
  { variant = "primary", size = "md" }: TButtonStyle = {},
  extra?: string,
) {
  return cn(
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border font-semibold no-underline disabled:opacity-40",
    sizes[size],
    variants[variant],
    extra,
  );
}

export function Button({
  variant,
  size,
  className,
  type = "button",
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & TButtonStyle) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...button} />;
}

/** A link styled as a button: for the next step of a flow ("New assignment", "Resume"). */
export function ButtonLink({
  variant,
  size,
  className,
  ...link
}: ComponentProps<typeof Link> & TButtonStyle) {
  return <Link className={buttonClass({ variant, size }, className)} {...link} />;
}
