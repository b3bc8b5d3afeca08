import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Class names joined, with a later Tailwind class winning over an earlier one it conflicts with. */
export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
