"use client";

import { useState } from "react";
import type { TDraftParagraph } from "@/app/lib/authoring/draft";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { TQuestion, TQuestionType } from "@/app/lib/quiz/kinds";
import { QuestionEditor } from "./question-editor";
import { QUESTION_EDITORS } from "./registry";

const TYPES = Object.entries(QUESTION_EDITORS).map(([value, editor]) => ({
  value,
  label: editor.label,
}));

function blankQuestion(type: TQuestionType): TQuestion {
  return {
    id: "new",
    prompt: "",
    skill: "recall",
    difficulty: 1,
    points: 1,
    explanation: "",
    cites: [],
    ...QUESTION_EDITORS[type].blank(),
  };
}

/** Choose a type, write the question; once saved it joins the list above and the form clears. */
export function NewQuestion({
  articleId,
  paragraphs,
}: {
  articleId: string;
  paragraphs: TDraftParagraph[];
}) {
  const [type, setType] = useState<TQuestionType>("single");
  const [writing, setWriting] = useState<{ type: TQuestionType; round: number } | null>(null);
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState<string>();
  return (
    <div className="space-y-4">
      <p role="status">{saved}</p>
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
          initial={blankQuestion(writing.type)}
          paragraphs={paragraphs}
          onSaved={(message) => {
            setSaved(message);
            setWriting(null);
            setRound((r) => r + 1);
          }}
        />
      ) : null}
    </div>
  );
}
