"use client";

import { useState } from "react";
import type { TDraftParagraph } from "@/app/lib/authoring/draft";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { TQuestionType } from "@/app/lib/quiz/kinds";
import type { TArticleDraft } from "@/app/lib/authoring/draft";
import { QuestionEditor } from "./question-editor";
import { blankQuestion, QUESTION_EDITORS } from "./registry";

const TYPES = Object.entries(QUESTION_EDITORS).map(([value, editor]) => ({
  value,
  label: editor.label,
}));

/** Choose a type, write the question; once saved it joins the list above and the form clears. */
export function NewQuestion({
  articleId,
  revision,
  paragraphs,
  unsaved,
}: {
  articleId: string;
  /** The text revision the page was drawn from. */
  revision: number;
  paragraphs: TDraftParagraph[];
  /** A new question typed but not saved when the page was last left: it opens again. */
  unsaved?: TArticleDraft["questionDrafts"][string];
}) {
  const [type, setType] = useState<TQuestionType>(unsaved?.question.type ?? "single");
  const [writing, setWriting] = useState<{ type: TQuestionType; round: number } | null>(
    unsaved ? { type: unsaved.question.type, round: -1 } : null,
  );
  const [round, setRound] = useState(0);
  // One object per save, so its message takes focus (FormMessage) where the editor was.
  const [saved, setSaved] = useState<{ ok: true; message: string }>();
  return (
    <div className="space-y-4">
      <FormMessage state={saved} />
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          id="new-question-type"
          label="Type of question"
          name="type"
          defaultValue={type}
          options={TYPES}
          onChange={(event) => setType(event.target.value as TQuestionType)}
        />
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(undefined);
            setWriting({ type, round });
          }}
        >
          Write a new question
        </Button>
      </div>
      {writing ? (
        <QuestionEditor
          key={`${writing.type}-${writing.round}`}
          articleId={articleId}
          revision={revision}
          initial={blankQuestion(writing.type)}
          unsaved={writing.round === -1 ? unsaved : undefined}
          paragraphs={paragraphs}
          onSaved={(message) => {
            setSaved({ ok: true, message });
            setWriting(null);
            setRound((r) => r + 1);
          }}
        />
      ) : null}
    </div>
  );
}
