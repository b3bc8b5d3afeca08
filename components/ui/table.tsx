import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "./cn";

/** A data table that scrolls sideways on a narrow screen instead of the page. */
export function Table({
  caption,
  className,
  tableClassName,
  children,
}: {
  caption?: ReactNode;
  /** For the scrolling box (margins). */
  className?: string;
  /** For the table itself (its width, borders, text size). */
  tableClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("scroll-hint mt-3 overflow-x-auto", className)}>
      <table className={cn("w-full border-collapse text-left", tableClassName)}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** A header cell: a column's (the default) or a row's. */
export function Th({ scope = "col", className, ...cell }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope={scope}
      className={cn("p-2", scope === "row" && "font-normal", className)}
      {...cell}
    />
  );
}

export function Td({ className, ...cell }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("p-2", className)} {...cell} />;
}

/** A body row with the table's divider. */
export function Tr({ className, ...row }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("border-line border-b", className)} {...row} />;
}
