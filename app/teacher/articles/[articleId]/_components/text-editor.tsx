import { wordsOf, type TDraftParagraph } from "@/app/lib/authoring/draft";
import type { TArticleForEditing } from "@/app/lib/data/authored-articles";
import { editArticleTextAction } from "@/app/teacher/articles/actions";
import { ActionButton, ActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { ConfirmActionButton } from "@/components/ui/confirm-button";
import { SubmitButton } from "@/components/ui/submit-button";

// The article as paragraphs of numbered sentences. Every control is a plain button or a
// disclosure with a form, so the whole editor works from the keyboard; authored text is only
// ever rendered as text.

type TIds = { articleId: string; revision: string };

function SplitForm({ ids, sentenceId, text }: { ids: TIds; sentenceId: string; text: string }) {
  const words = wordsOf(text);
  return (
    <ActionForm
      action={editArticleTextAction}
      className="mt-2 space-y-2"
      label={`Split ${sentenceId}`}
    >
      <input type="hidden" name="articleId" value={ids.articleId} />
      <input type="hidden" name="revision" value={ids.revision} />
      <input type="hidden" name="edit" value="split" />
      <input type="hidden" name="sentenceId" value={sentenceId} />
      <SelectField
        id={`split-${sentenceId}`}
        label="The new sentence starts at"
        name="word"
        options={words.slice(1).map((word, index) => ({
          value: String(index + 1),
          label: `word ${index + 2}: ${word}`,
        }))}
      />
      <SubmitButton size="sm" variant="secondary">
        Split {sentenceId}
      </SubmitButton>
    </ActionForm>
  );
}

function ParagraphEditor({
  ids,
  paragraph,
  editable,
  removable,
}: {
  ids: TIds;
  paragraph: TDraftParagraph;
  editable: boolean;
  removable: boolean;
}) {
  const edit = (fields: Record<string, string>) => ({ ...ids, ...fields });
  const text = paragraph.sentences.map((sentence) => sentence.text).join(" ");
  return (
    <section
      aria-labelledby={`paragraph-${paragraph.id}`}
      className="border-line border-b py-4 last:border-b-0"
    >
      <h3 id={`paragraph-${paragraph.id}`} className="font-bold">
        Paragraph {paragraph.id}
      </h3>
      <ol className="mt-2 space-y-3">
        {paragraph.sentences.map((sentence, index) => {
          const next = paragraph.sentences[index + 1];
          return (
            <li key={sentence.id} id={`sentence-${sentence.id}`} className="sentence">
              <p>
                <span className="text-muted font-mono text-sm">{sentence.id}</span> {sentence.text}
              </p>
              {editable ? (
                <div className="mt-1 flex flex-wrap items-start gap-3">
                  {next ? (
                    <ActionButton
                      action={editArticleTextAction}
                      fields={edit({ edit: "merge", sentenceId: sentence.id })}
                    >
                      Join {sentence.id} with {next.id}
                    </ActionButton>
                  ) : null}
                  {wordsOf(sentence.text).length > 1 ? (
                    <details>
                      <summary className="min-h-11 cursor-pointer py-2">
                        Split {sentence.id}…
                      </summary>
                      <SplitForm ids={ids} sentenceId={sentence.id} text={sentence.text} />
                    </details>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {editable ? (
        <div className="mt-3 flex flex-wrap items-start gap-3">
          <details>
            <summary className="min-h-11 cursor-pointer py-2">
              Edit the text of {paragraph.id}…
            </summary>
            <ActionForm
              action={editArticleTextAction}
              className="mt-2 space-y-2"
              label={`Edit ${paragraph.id}`}
            >
              <input type="hidden" name="articleId" value={ids.articleId} />
              <input type="hidden" name="revision" value={ids.revision} />
              <input type="hidden" name="edit" value="replace" />
              <input type="hidden" name="paragraphId" value={paragraph.id} />
              <TextAreaField
                key={text}
                id={`text-${paragraph.id}`}
                label={`Text of ${paragraph.id}`}
                name="text"
                rows={5}
                defaultValue={text}
                hint="Saving splits it into sentences again."
              />
              <SubmitButton size="sm">Save {paragraph.id}</SubmitButton>
            </ActionForm>
          </details>
          {removable ? (
            <ConfirmActionButton
              action={editArticleTextAction}
              fields={edit({ edit: "remove", paragraphId: paragraph.id })}
              confirm={{
                title: `Remove paragraph ${paragraph.id}?`,
                body: <p className="line-clamp-3">“{text}”</p>,
                confirmLabel: `Remove ${paragraph.id}`,
              }}
            >
              Remove paragraph {paragraph.id}
            </ConfirmActionButton>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

export function TextEditor({ article }: { article: TArticleForEditing }) {
  const ids = { articleId: article.id, revision: String(article.revision) };
  const paragraphs = article.draft.paragraphs;
  return paragraphs.map((paragraph) => (
    <ParagraphEditor
      key={paragraph.id}
      ids={ids}
      paragraph={paragraph}
      editable={article.editable}
      removable={paragraphs.length > 1}
    />
  ));
}
