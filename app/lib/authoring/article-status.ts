import { plural } from "@/app/lib/words";

// What an authored article's status line says, wherever it is shown (the studio's header, the
// article lists): one function, so the list and the studio never disagree.

export type TArticleStatusFacts = {
  /** The latest published version's number, or null while never published. */
  latestVersion: number | null;
  /** Classes of the viewer's with an assignment of it (not archived). */
  assignedClasses: number;
  sharedAt: Date | null;
  archivedAt: Date | null;
  /** Whether the viewer is its author. */
  mine: boolean;
  ownerName: string;
  /** The draft differs from the latest version; only known where the draft is read. */
  unpublishedChanges?: boolean;
};

/** "Published · version 1 · assigned in 1 class", "Draft · only you can see it"… */
export function articleStatus(facts: TArticleStatusFacts): string {
  const parts: string[] = [];
  if (facts.archivedAt) parts.push("Archived");
  if (facts.latestVersion === null) parts.push("Draft");
  else {
    parts.push(`Published · version ${facts.latestVersion}`);
    if (facts.unpublishedChanges) parts.push(`changes not yet published`);
    parts.push(
      facts.assignedClasses === 0
        ? "not assigned yet"
        : `assigned in ${plural(facts.assignedClasses, "class", "classes")}`,
    );
  }
  if (!facts.mine) parts.push(`shared by ${facts.ownerName}`);
  else if (facts.sharedAt) parts.push("shared with every teacher");
  else if (facts.latestVersion === null) parts.push("only you can see it");
  return parts.join(" · ");
}
