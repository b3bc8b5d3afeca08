import Link from "next/link";
import type { TDraftCheck } from "@/app/lib/authoring/checks";
import { levelParagraphs } from "@/app/lib/authoring/sentences";
import type { TArticleForEditing } from "@/app/lib/data/authored-articles";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import type { TPublishedVersion } from "@/app/lib/data/article-packs";
import { copyArticleAction, shareArticleAction } from "@/app/teacher/articles/actions";
import { ActionButton } from "@/components/ui/action-form";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import type { TDraft } from "@/app/lib/drafting/drafts";
import { DraftChecks } from "./draft-checks";
import { DraftsPanel } from "./drafts/drafts-panel";
import { PartsSections } from "./parts/parts-sections";
import { PublishSection } from "./publish-section";
import { ProvenanceEditor, ProvenanceView } from "./provenance";
import { QuestionsSection } from "./questions/questions-section";
import { TextEditor } from "./text-editor";
import { WhatHappenedEditor } from "./what-happened-editor";

export function ArticleEditor({
  article,
  checks,
  drafts,
  editing,
  previews,
  versions,
}: {
  article: TArticleForEditing;
  checks: TDraftCheck[];
  drafts: TDraft[];
  /** The question whose editor starts open (one just accepted to be edited). */
  editing?: string;
  previews: TPublicQuestion[];
  versions: TPublishedVersion[];
}) {
  const ids = { articleId: article.id };
  const acceptedDrafts = (part: string) =>
    drafts.filter((d) => d.part === part && article.draft.handledDrafts[d.key] === "accepted")
      .length;
  return (
    <div>
      <p>
        <Link href="/teacher/articles">← Articles</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{article.title}</h1>
      <p className="text-muted mt-1">
        Draft
        {article.editable
          ? article.sharedAt
            ? " · shared with every teacher on this server (read-only for them)"
            : " · only you can see it"
          : ` · shared by ${article.ownerName}; you can read it, or make your own copy to edit`}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {article.editable ? (
          <ActionButton
            action={shareArticleAction}
            fields={{ ...ids, value: article.sharedAt ? "false" : "true" }}
          >
            {article.sharedAt ? "Stop sharing" : "Share with all teachers"}
          </ActionButton>
        ) : null}
        <ActionButton action={copyArticleAction} fields={ids}>
          Make a copy
        </ActionButton>
      </div>

      {article.editable ? <DraftChecks checks={checks} /> : null}
      <PublishSection article={article} versions={versions} />

      <Section id="provenance" title="Where it comes from">
        {article.editable ? (
          <ProvenanceEditor
            articleId={article.id}
            initial={article.draft.provenance}
            initialSeq={article.draft.seqs.provenance ?? 0}
          />
        ) : (
          <ProvenanceView provenance={article.draft.provenance} />
        )}
      </Section>

      {article.editable ? (
        <DraftsPanel
          articleId={article.id}
          drafts={drafts}
          handled={article.draft.handledDrafts}
          sentences={
            new Map(article.draft.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text])))
          }
        />
      ) : null}

      <Section id="explainer" title="Explainer: what happened">
        <p className="text-muted mt-1 max-w-prose text-sm">
          The one part of the explainer every article needs: what happened, in plain words, at two
          reading levels, based on sentences students can click back to.
        </p>
        {article.editable ? (
          <WhatHappenedEditor
            articleId={article.id}
            initial={article.draft.whatHappened}
            initialSeq={article.draft.seqs.whatHappened ?? 0}
            acceptedDrafts={acceptedDrafts("whatHappened")}
            paragraphs={article.draft.paragraphs}
          />
        ) : (
          <div className="mt-3 max-w-prose space-y-3">
            {levelParagraphs(article.draft.whatHappened.standard).map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </div>
        )}
      </Section>

      <PartsSections article={article} acceptedDrafts={acceptedDrafts} />

      <QuestionsSection article={article} previews={previews} editing={editing} />

      <Section id="text" title="Text">
        <p className="text-muted mt-1 max-w-prose text-sm">
          Each sentence has an id (p2.s3 is paragraph 2, sentence 3) that questions and the
          explainer will cite. Join sentences that were split too early, split those that were not,
          and fix or remove paragraphs that are not part of the story. Until the article is first
          published the ids follow the text; after that they never change.
        </p>
        <div className={cardClass("mt-4")}>
          <TextEditor article={article} />
        </div>
      </Section>
    </div>
  );
}
