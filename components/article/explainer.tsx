import Link from "next/link";
import { cardClass } from "@/components/ui/card";
import type { ReactNode } from "react";
import { markTerms } from "@/app/lib/article/glossary-marks";
import { articleHome, citeLabel, sentenceHref } from "@/app/lib/content/links";
import type { TArticlePack } from "@/app/lib/content/pack";
import type { TReadingLevel } from "@/app/lib/article/schema";
import { ReadAloud } from "@/components/reading/read-aloud";
import { LevelText } from "./level-text";
import { MarkedTermDefinitions, MarkedText } from "./marked-text";
import { EvidenceCard } from "./evidence-card";
import { ExplainerLevels } from "./explainer-levels";
import { WhatNext } from "@/components/ui/what-next";
import { plural } from "@/app/lib/words";

// A pack names its own sides, so a side's colour comes from its position, not its id. Whole class
// names, so Tailwind sees each one.
const SIDE_BORDERS = [
  "border-side-1",
  "border-side-2",
  "border-side-3",
  "border-side-4",
  "border-side-5",
] as const;

const SECTIONS = [
  { id: "what-happened", title: "What happened" },
  { id: "whos-who", title: "Who's who" },
  { id: "timeline", title: "Timeline" },
  { id: "what-each-side-wants", title: "What each side wants" },
  { id: "the-debate", title: "The debate" },
  { id: "left-open", title: "What the article leaves open" },
  { id: "change-your-mind", title: "What would change your mind?" },
  { id: "glossary", title: "Glossary" },
] as const;

type TSectionId = (typeof SECTIONS)[number]["id"];

function Part({ id, children }: { id: TSectionId; children: ReactNode }) {
  const title = SECTIONS.find((s) => s.id === id)?.title;
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-12">
      <h2 id={`${id}-heading`} data-anchor className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function SourceLink({ home, cites }: { home: string; cites: readonly string[] }) {
  return (
    <Link href={sentenceHref(home, cites)} aria-label={`In the article: ${citeLabel(cites)}`}>
      In the article
    </Link>
  );
}

export function Explainer({
  pack,
  level,
  reading,
}: {
  pack: TArticlePack;
  level: TReadingLevel;
  /** The reader's support: why this level, whether to remember a switch, read-aloud. */
  reading?: { note: string | null; rememberFor: string | null; readAloud: boolean };
}) {
  const { article, explainer, people, timeline, glossary } = pack;
  const home = articleHome(pack);
  const paragraphs = markTerms(explainer.whatHappened[level], glossary.terms);
  const { debate } = explainer;
  // Every part but what happened is optional: a teacher's article may have only that.
  const present: Record<TSectionId, boolean> = {
    "what-happened": true,
    "whos-who": people.people.length > 0,
    timeline: timeline.events.length > 0,
    "what-each-side-wants": explainer.wants.length > 0,
    "the-debate": debate !== undefined,
    "left-open": (debate?.leftOpen.length ?? 0) > 0,
    "change-your-mind": (debate?.changeYourMind.length ?? 0) > 0,
    glossary: glossary.terms.length > 0,
  };

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-muted text-sm font-semibold tracking-wide uppercase">Explainer</p>
      <h1 className="mt-1 text-3xl font-bold text-balance">{article.title}</h1>
      <p className="text-muted mt-2">
        {article.dateContext} · Based on <Link href={home}>the original article</Link>. Written in
        plain language by {pack.writtenBy}.
      </p>

      <nav aria-label="On this page" className="mt-6">
        <h2 className="text-muted text-sm font-semibold">On this page</h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.filter((section) => present[section.id]).map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      {reading?.readAloud && (
        <div className="mt-6">
          <ReadAloud within="explainer-text" units="h2, h3, p, li, dt, dd" label="the explainer" />
        </div>
      )}
      <ExplainerLevels level={level} note={reading?.note} rememberFor={reading?.rememberFor}>
        <Part id="what-happened">
          <div className="mt-4 space-y-4 text-lg leading-relaxed">
            {paragraphs.map((segments, index) => (
              <p key={index}>
                <MarkedText segments={segments} idPrefix={level} />
              </p>
            ))}
            <MarkedTermDefinitions
              marked={paragraphs}
              glossary={glossary}
              idPrefix={level}
              level={level}
            />
          </div>
          <p className="mt-3 text-sm">
            <SourceLink home={home} cites={explainer.whatHappened.cites} />
          </p>
        </Part>

        {present["whos-who"] && (
          <Part id="whos-who">
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {people.people.map((person) => (
                <li key={person.id} data-anchor className={cardClass()}>
                  <h3 className="font-bold">{person.name}</h3>
                  <p className="text-muted text-sm">{person.role}</p>
                  <p className="mt-2">
                    <LevelText levels={person.about} level={level} />
                  </p>
                  <p className="mt-2 text-sm">
                    <SourceLink home={home} cites={person.cites} />
                  </p>
                </li>
              ))}
            </ul>
          </Part>
        )}

        {present["timeline"] && (
          <Part id="timeline">
            {timeline.note ? <p className="text-muted mt-2 text-sm">{timeline.note}</p> : null}
            <ol className="border-line mt-4 space-y-6 border-l-2 pl-6">
              {timeline.events.map((event) => (
                <li key={event.id} data-anchor>
                  <p className="text-muted text-sm font-semibold">{event.when}</p>
                  <h3 className="font-bold">{event.title}</h3>
                  <p className="mt-1">
                    <LevelText levels={event.about} level={level} />
                  </p>
                  <p className="mt-1 text-sm">
                    <SourceLink home={home} cites={event.cites} />
                  </p>
                </li>
              ))}
            </ol>
          </Part>
        )}

        {present["what-each-side-wants"] && (
          <Part id="what-each-side-wants">
            <div className="mt-4 grid gap-4 sm:grid-cols-2">
              {explainer.wants.map((side) => (
                <section
                  key={side.side}
                  aria-label={`${side.side} wants`}
                  data-anchor
                  className={cardClass()}
                >
                  <h3 className="text-lg font-bold">{side.side} wants</h3>
                  <p className="text-muted mt-1">
                    <LevelText levels={side.summary} level={level} />
                  </p>
                  <ul className="mt-3 list-disc space-y-1 pl-5">
                    {side.items.map((item) => (
                      <li key={item.label}>
                        {item.label} —{" "}
                        <Link
                          href={sentenceHref(home, item.cites)}
                          aria-label={`${item.label}: in the article, ${citeLabel(item.cites)}`}
                        >
                          in the article
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </Part>
        )}

        {debate && (
          <>
            <Part id="the-debate">
              <p className="mt-4 text-lg">
                <LevelText levels={debate.question} level={level} />
              </p>
              <div
                className={`mt-6 grid gap-8 ${debate.cases.length % 3 === 0 ? "lg:grid-cols-3" : "lg:grid-cols-2"}`}
              >
                {debate.cases.map((side, index) => (
                  <section
                    key={side.id}
                    aria-labelledby={`case-${side.id}`}
                    className={`border-t-4 pt-3 ${SIDE_BORDERS[index % SIDE_BORDERS.length]}`}
                  >
                    <h3 id={`case-${side.id}`} data-anchor className="text-xl font-bold">
                      {side.title}
                    </h3>
                    <p className="mt-2">
                      <LevelText levels={side.summary} level={level} />
                    </p>
                    <ul className="mt-4 space-y-4">
                      {side.evidence.map((card, index) => (
                        <EvidenceCard
                          key={index}
                          pack={pack}
                          cites={card.cites}
                          point={card.point}
                          label={`Evidence ${index + 1}`}
                          level={level}
                        />
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            </Part>

            {debate.leftOpen.length > 0 && (
              <Part id="left-open">
                <p className="mt-2">
                  Who is the source for each claim? Some things are reported second-hand or left
                  unsaid.
                </p>
                <ul className="mt-4 space-y-4">
                  {debate.leftOpen.map((item, index) => (
                    <EvidenceCard
                      key={index}
                      pack={pack}
                      cites={item.cites}
                      point={item.point}
                      label={`Who says so: ${item.whoSays}`}
                      level={level}
                    />
                  ))}
                </ul>
              </Part>
            )}

            {debate.changeYourMind.length > 0 && (
              <Part id="change-your-mind">
                <ul className="mt-4 list-disc space-y-2 pl-5 text-lg">
                  {debate.changeYourMind.map((item, index) => (
                    <li key={index} data-anchor>
                      <LevelText levels={item} level={level} />
                    </li>
                  ))}
                </ul>
              </Part>
            )}
          </>
        )}

        {present["glossary"] && (
          <Part id="glossary">
            <p className="text-muted mt-2 text-sm">
              Definitions explain each word in general; they are not claims the article makes.
            </p>
            <dl className="mt-4 space-y-3">
              {glossary.terms.map((term) => (
                <div key={term.id} data-anchor>
                  <dt className="font-bold">{term.term}</dt>
                  <dd>
                    <LevelText levels={term.definition} level={level} />
                  </dd>
                </div>
              ))}
            </dl>
          </Part>
        )}
      </ExplainerLevels>
      <WhatNext
        links={[
          {
            href: `${home}#quizzes`,
            label: `Check your understanding: ${plural(pack.quizzes.length, "quiz", "quizzes")}`,
          },
          { href: home, label: "Read the article again" },
        ]}
      />
    </div>
  );
}
