"use client";

import { useState } from "react";
import type { TDraftParagraph, TWhatHappened } from "@/app/lib/authoring/draft";
import { levelParagraphs } from "@/app/lib/authoring/sentences";
import { compareLevels, levelsLine } from "@/app/lib/article/readability";
import { TextAreaField } from "@/components/ui/field";
import { SentencePicker } from "./sentence-picker";
import { AutosaveStatus } from "./autosave-status";
import { saveDraftPartAction } from "@/app/teacher/articles/actions";
import { useAdoptStored, useDraftAutosave } from "./use-draft-autosave";

function gradeText(grade: number | null): string {
  return grade === null ? "Reading grade: —" : `Reading grade: ${grade.toFixed(1)}`;
}

/** "What happened" at both reading levels, its grades shown live, its sources picked in the text. */
export function WhatHappenedEditor({
  articleId,
  revision,
  initial,
  initialSeq,
  acceptedDrafts,
  paragraphs,
}: {
  articleId: string;
  /** The text revision the page was drawn from. */
  revision: number;
  initial: TWhatHappened;
  initialSeq: number;
  /** How many drafts were accepted into it: when that changes, what is stored is shown. */
  acceptedDrafts: number;
  paragraphs: TDraftParagraph[];
}) {
  const [value, setValue] = useState(initial);
  const saver = useDraftAutosave<TWhatHappened>(
    saveDraftPartAction,
    { articleId, part: "whatHappened" },
    initialSeq,
    {
      initial,
      revision,
      baseField: "base",
      replace: setValue,
    },
  );
  useAdoptStored(acceptedDrafts, initial, saver.adopt);
  const change = (next: TWhatHappened, typing: boolean) => {
    setValue(next);
    saver.update(next, typing);
  };
  const levels = compareLevels(levelParagraphs(value.standard), levelParagraphs(value.simpler));
  return (
    <div className="mt-3 grid gap-6 md:grid-cols-2" key={saver.shownKey}>
      <div className="space-y-4">
        <TextAreaField
          id="what-happened-standard"
          label="What happened (standard level)"
          name="standard"
          rows={7}
          defaultValue={value.standard}
          hint={`Paragraphs separated by a blank line. ${gradeText(levels.standard)}.`}
          onChange={(event) => change({ ...value, standard: event.target.value }, true)}
        />
        <TextAreaField
          id="what-happened-simpler"
          label="What happened (simpler level)"
          name="simpler"
          rows={7}
          defaultValue={value.simpler}
          hint={`Shorter sentences and words. ${levelsLine(levels)}`}
          onChange={(event) => change({ ...value, simpler: event.target.value }, true)}
        />
        <AutosaveStatus status={saver.status} retry={saver.retry} resolve={saver.resolve} />
      </div>
      <div>
        <h3 id="what-happened-cites-heading" className="font-semibold">
          Sentences it is based on
        </h3>
        <p className="text-muted text-sm">
          Choose every sentence a reader can check this against. {value.cites.length} chosen.
        </p>
        <SentencePicker
          id="what-happened-cites"
          label="Sentences what happened is based on"
          paragraphs={paragraphs}
          picked={value.cites}
          onToggle={(id) =>
            change(
              {
                ...value,
                cites: value.cites.includes(id)
                  ? value.cites.filter((cite) => cite !== id)
                  : [...value.cites, id],
              },
              false,
            )
          }
        />
      </div>
    </div>
  );
}
