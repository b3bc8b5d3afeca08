import { ANNOTATION_KINDS, type TAnnotationIcon, kindOf } from "@/app/lib/reading/annotations";

// The icon of each kind of highlight, so kinds differ by shape as well as colour. Decorative: the
// kind's name is always written beside it or read out with it.
const PATHS: Record<TAnnotationIcon, string> = {
  star: "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z",
  check: "M4 12.5l5 5L20 6.5",
  question: "M9 9a3 3 0 1 1 4.2 2.8c-.8.4-1.2 1-1.2 1.9V15M12 18.5v.01",
  book: "M4 5.5C6.5 4.5 9.5 4.5 12 6c2.5-1.5 5.5-1.5 8-.5V19c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5-1.5-8-.5zM12 6v13.5",
};

export function AnnotationIcon({ icon, className }: { icon: TAnnotationIcon; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={className ?? "inline size-4 shrink-0 align-[-0.125em]"}
      fill={icon === "star" ? "currentColor" : "none"}
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[icon]} />
    </svg>
  );
}

/** A kind as it is named everywhere: its icon and its name. */
export function AnnotationKindLabel({ kind }: { kind: string }) {
  const found = kindOf(kind) ?? ANNOTATION_KINDS[0];
  return (
    <span
      className={`annotation-${found.id} inline-flex items-center gap-1 rounded-sm px-1 font-semibold`}
    >
      <AnnotationIcon icon={found.icon} />
      {found.name}
    </span>
  );
}
