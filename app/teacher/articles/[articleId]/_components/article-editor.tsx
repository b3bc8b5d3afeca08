import Link from "next/link";
import { articleStatus } from "@/app/lib/authoring/article-status";
import type { TDraftCheck } from "@/app/lib/authoring/checks";
import { levelParagraphs } from "@/app/lib/authoring/sentences";
import { STUDIO_STEPS, type TStudioStep } from "@/app/lib/authoring/studio-steps";
import type { TArticleForEditing } from "@/app/lib/data/authored-articles";
import type { TPublishedVersion } from "@/app/lib/data/article-packs";
import type { TClassSummary } from "@/app/lib/data/classes";
import type { TDraft } from "@/app/lib/drafting/drafts";
import type { TDraftPart } from "@/app/lib/drafting/kinds/kind";
import type { TPublicQuestion } from "@/app/lib/quiz/public";
import { ButtonLink } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";
import { DraftsPanel } from "./drafts/drafts-panel";
import { PartsSections } from "./parts/parts-sections";
import { ProvenanceEditor, ProvenanceView } from "./provenance";
import { PublishChecklist } from "./publish-checklist";
import { PublishSection } from "./publish-section";
import { QuestionsSection } from "./questions/questions-section";
import { NextStepLink, StudioStepsNav } from "./studio-steps-nav";
import { TextEditor } from "./text-editor";
import { WhatHappenedEditor } from "./what-happened-editor";

/** Each draft is offered on the step where what it becomes is edited. */
const STEP_DRAFT_PARTS: Record<TStudioStep, readonly TDraftPart[]> = {
  text: [],
  "what-happened": ["whatHappened"],
  questions: ["questions"],
  explainer: ["people", "timeline", "glossary"],
  publish: [],
};

/**
 * The studio: one step of the article's making at a time (the steps are links, so the browser's
 * back button and a bookmark work), with the checklist of what blocks publishing beside it.
 */
export function ArticleEditor({
  article,
  step,
  checks,
  drafts,
  editing,
  previews,
  versions,
  classes,
  timeZone,
}: {
  article: TArticleForEditing;
  step: TStudioStep;
  checks: TDraftCheck[];
  drafts: TDraft[];
  /** The question whose editor starts open (one just accepted to be edited). */
  editing?: string;
  previews: TPublicQuestion[];
  versions: TPublishedVersion[];
  classes: TClassSummary[];
  timeZone: string;
}) {
  const acceptedDrafts = (part: string) =>
    drafts.filter((d) => d.part === part && article.draft.handledDrafts[d.key] === "accepted")
      .length;
  const problems = checks.filter((check) => check.level === "problem").length;
  const current = STUDIO_STEPS.find((s) => s.id === step)!;
  return (
    <div>
      <p>
        <Link href="/teacher/articles">← Articles</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{article.title}</h1>
      <p className="text-muted mt-1">
        {articleStatus(article)}
        {article.editable ? "" : " · you can read it, or make your own copy to edit"}
      </p>
      <p className="mt-3">
        <ButtonLink href={`/teacher/articles/${article.id}/preview`} variant="secondary">
          Preview as a student
        </ButtonLink>
      </p>
      <StudioStepsNav articleId={article.id} current={step} checks={checks} />
      <div className="mt-6 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-8">
        {article.editable ? (
          <aside
            aria-label="Checklist"
            className={cardClass(
              "mb-6 lg:sticky lg:top-4 lg:order-2 lg:mb-0 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto",
            )}
          >
            <PublishChecklist articleId={article.id} checks={checks} />
          </aside>
        ) : null}
        <div className="min-w-0">
          <h2 className="text-2xl font-bold">
            Step {STUDIO_STEPS.indexOf(current) + 1} of {STUDIO_STEPS.length}: {current.title}
          </h2>
          <p className="text-muted mt-1">{current.intro}</p>
          <StepContent
            article={article}
            step={step}
            drafts={drafts}
            editing={editing}
            previews={previews}
            versions={versions}
            classes={classes}
            problems={problems}
            timeZone={timeZone}
            acceptedDrafts={acceptedDrafts}
          />
          <NextStepLink articleId={article.id} current={step} />
        </div>
      </div>
    </div>
  );
}

function StepContent({
  article,
  step,
  drafts,
  editing,
  previews,
  versions,
  classes,
  problems,
  timeZone,
  acceptedDrafts,
}: {
  article: TArticleForEditing;
  step: TStudioStep;
  drafts: TDraft[];
  editing?: string;
  previews: TPublicQuestion[];
  versions: TPublishedVersion[];
  classes: TClassSummary[];
  problems: number;
  timeZone: string;
  acceptedDrafts: (part: string) => number;
}) {
  const { draft } = article;
  // What Debrief drafted for the parts this step edits, above their editors.
  const draftsPanel = article.editable ? (
    <DraftsPanel
      articleId={article.id}
      parts={STEP_DRAFT_PARTS[step]}
      drafts={drafts}
      handled={draft.handledDrafts}
      sentences={new Map(draft.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text])))}
    />
  ) : null;
  switch (step) {
    case "text":
      return (
        <>
          <Section id="provenance" title="Where it comes from">
            {article.editable ? (
              <ProvenanceEditor
                articleId={article.id}
                revision={article.revision}
                initial={draft.provenance}
                initialSeq={draft.seqs.provenance ?? 0}
              />
            ) : (
              <ProvenanceView provenance={draft.provenance} />
            )}
          </Section>
          <Section id="text" title="Text">
            <p className="text-muted mt-1 max-w-prose text-sm">
              Each sentence has an id (p2.s3 is paragraph 2, sentence 3) that questions and the
              explainer will cite. Join sentences that were split too early, split those that were
              not, and fix or remove paragraphs that are not part of the story. Until the article is
              first published the ids follow the text; after that they never change.
            </p>
            <div className={cardClass("mt-4")}>
              <TextEditor article={article} />
            </div>
          </Section>
        </>
      );
    case "what-happened":
      return (
        <>
          {draftsPanel}
          <Section id="explainer" title="Explainer: what happened">
            <p className="text-muted mt-1 max-w-prose text-sm">
              The one part of the explainer every article needs: what happened, in plain words, at
              two reading levels, based on sentences students can click back to.
            </p>
            {article.editable ? (
              <WhatHappenedEditor
                articleId={article.id}
                revision={article.revision}
                initial={draft.whatHappened}
                initialSeq={draft.seqs.whatHappened ?? 0}
                acceptedDrafts={acceptedDrafts("whatHappened")}
                paragraphs={draft.paragraphs}
              />
            ) : (
              <div className="mt-3 max-w-prose space-y-3">
                {levelParagraphs(draft.whatHappened.standard).map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
              </div>
            )}
          </Section>
        </>
      );
    case "questions":
      return (
        <>
          {draftsPanel}
          <QuestionsSection article={article} previews={previews} editing={editing} />
        </>
      );
    case "explainer":
      return (
        <>
          {draftsPanel}
          <PartsSections article={article} acceptedDrafts={acceptedDrafts} />
        </>
      );
    case "publish":
      return (
        <PublishSection
          article={article}
          versions={versions}
          classes={classes}
          problems={problems}
          timeZone={timeZone}
        />
      );
  }
}
