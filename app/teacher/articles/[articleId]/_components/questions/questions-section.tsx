import type { TArticleForEditing } from "@/app/lib/data/authored-articles";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import {
  dismissImportedAction,
  openImportedAction,
  removeQuestionAction,
} from "@/app/teacher/articles/actions";
import { ActionButton } from "@/components/ui/action-form";
import { ImportQuestions } from "./import-questions";
import { ConfirmActionButton } from "@/components/ui/confirm-button";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { NewQuestion } from "./new-question";
import { QuestionEditor } from "./question-editor";
import { QUESTION_EDITORS } from "./registry";
import { TryQuestions } from "./try-questions";

/** The article's questions: each to edit or remove, a new one to write, and all to try. */
export function QuestionsSection({
  article,
  previews,
  editing,
}: {
  article: TArticleForEditing;
  /** The saved questions as a student's attempt shows them. */
  previews: TPublicQuestion[];
  /** The question whose editor starts open. */
  editing?: string;
}) {
  const { questions, paragraphs } = article.draft;
  const sentences = paragraphs.flatMap((p) =>
    p.sentences.map((s) => ({ id: s.id, paragraphId: p.id, text: s.text })),
  );
  return (
    <Section id="questions" title="Questions">
      {questions.length === 0 ? (
        <p className="mt-2">No questions yet.</p>
      ) : (
        <ul className="mt-3 space-y-4">
          {questions.map((question) => (
            <li key={question.id} id={`question-${question.id}`} className={cardClass()}>
              <h3 className="font-bold">
                {question.id} · {QUESTION_EDITORS[question.type].label}
              </h3>
              <p>{question.prompt}</p>
              {article.editable ? (
                <details className="mt-2" open={question.id === editing}>
                  <summary className="min-h-11 cursor-pointer py-2">Edit {question.id}…</summary>
                  <QuestionEditor
                    articleId={article.id}
                    revision={article.revision}
                    initial={question}
                    unsaved={article.draft.questionDrafts[question.id]}
                    paragraphs={paragraphs}
                  />
                </details>
              ) : null}
              {article.editable ? (
                <div className="mt-2">
                  <ConfirmActionButton
                    action={removeQuestionAction}
                    fields={{ articleId: article.id, questionId: question.id }}
                    confirm={{
                      title: `Remove question ${question.id}?`,
                      body: <p>“{question.prompt}” and everything written for it go.</p>,
                      confirmLabel: `Remove ${question.id}`,
                    }}
                  >
                    Remove question {question.id}
                  </ConfirmActionButton>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {article.editable && article.draft.imported.length > 0 ? (
        <Section
          id="imported"
          title={`Imported, to finish (${article.draft.imported.length})`}
          level={3}
        >
          <p className="text-muted mt-1 text-sm">
            Open each in the editor to pick the sentences it cites and fill what the file did not
            have; it joins the questions when you save it.
          </p>
          <ul className="mt-3 space-y-3">
            {article.draft.imported.map((entry) => (
              <li key={entry.key} className={cardClass()}>
                <h4 className="font-bold">
                  {entry.name} · {QUESTION_EDITORS[entry.question.type].label}
                </h4>
                <p>{entry.question.prompt}</p>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {entry.todo.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
                <div className="mt-2 flex flex-wrap gap-3">
                  <ActionButton
                    action={openImportedAction}
                    fields={{ articleId: article.id, key: entry.key }}
                    variant="primary"
                  >
                    Open {entry.name} in the editor
                  </ActionButton>
                  <ActionButton
                    action={dismissImportedAction}
                    fields={{ articleId: article.id, key: entry.key }}
                    variant="secondary"
                  >
                    Dismiss {entry.name}
                  </ActionButton>
                </div>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {article.editable ? (
        <Section id="new-question" title="Write a question" level={3}>
          <div className="mt-3">
            <NewQuestion
              // Opened afresh when an imported question is put in it to finish (the address
              // names it: ?edit=imported-<key>), and kept while it is saved, with its message.
              key={editing?.startsWith("imported-") ? editing : "new"}
              articleId={article.id}
              revision={article.revision}
              paragraphs={paragraphs}
              unsaved={article.draft.questionDrafts.new}
            />
          </div>
        </Section>
      ) : null}
      {article.editable ? (
        <Section id="import" title="Import questions" level={3}>
          <ImportQuestions articleId={article.id} />
        </Section>
      ) : null}
      {previews.length > 0 ? (
        <Section id="try" title="Try them as a student" level={3}>
          <p className="text-muted mt-1 text-sm">
            Exactly what students see, in the order one attempt would show the options, then marked
            as their review marks them. Nothing you answer here is saved.
          </p>
          <TryQuestions articleId={article.id} questions={previews} sentences={sentences} />
        </Section>
      ) : null}
    </Section>
  );
}
