"use client";

import { useRef } from "react";
import { Field, SelectField } from "@/components/ui/field";

/**
 * Title and quiz of an assignment. Picking another quiz renames the assignment after it (its
 * article's headline, with the quiz's title where there are several), unless the teacher has
 * written a title of their own.
 */
export function QuizTitleFields({
  quizzes,
  defaultSource,
  defaultTitle,
}: {
  quizzes: { id: string; title: string; count: number; assignmentTitle: string }[];
  defaultSource: string;
  defaultTitle: string;
}) {
  const previous = useRef(defaultSource);
  const titleOf = (source: string) =>
    quizzes.find((quiz) => `quiz:${quiz.id}` === source)?.assignmentTitle;
  return (
    <>
      <Field label="Title" name="title" defaultValue={defaultTitle} required />
      <SelectField
        label="Quiz"
        name="source"
        defaultValue={defaultSource}
        onChange={(event) => {
          const title = event.currentTarget.form?.elements.namedItem("title");
          const next = titleOf(event.currentTarget.value);
          if (title instanceof HTMLInputElement && next) {
            const own = title.value.trim();
            if (own === "" || own === titleOf(previous.current)) title.value = next;
          }
          previous.current = event.currentTarget.value;
        }}
        options={[
          ...quizzes.map((quiz) => ({
            value: `quiz:${quiz.id}`,
            label: `${quiz.title} (${quiz.count} questions)`,
          })),
          { value: "compose", label: "Compose my own from the questions below" },
        ]}
      />
    </>
  );
}
