import { describe, expect, it } from "vitest";
import { storyParagraphs, type TBlock } from "@/app/lib/authoring/boilerplate";

const p = (text: string): TBlock => ({ tag: "p", text });
const li = (text: string): TBlock => ({ tag: "li", text });
const STORY = [
  "The council voted on Tuesday to keep the library open on Sundays after a month of debate.",
  "Supporters said students who work during the week need a quiet place to read and study.",
];

/** What is left of the story's paragraphs with `extra` blocks in the middle. */
const kept = (...extra: TBlock[]) => storyParagraphs([p(STORY[0]!), ...extra, p(STORY[1]!)]);

describe("boilerplate inside a story is removed, the writer's text kept", () => {
  it("photo captions and credits", () => {
    for (const caption of [
      "Vicente Aguiar loads garage door trims into his pickup truck. (AP Photo/Alan Diaz, File)",
      "The protests kicked off in June and have strengthened in size (Image: GETTY )",
      "Photo: Damian Dovarganes, AP",
      "Alex Wong | Getty Images",
      "Jason Cipriani/ZDNet",
      "FILE PHOTO: Traders work on the floor of the exchange. REUTERS/Brendan McDermid",
      "A map of the route the delegation took (Reuters)",
      "Source: Supplied",
      "Image 1 of 5",
      "1of4Grass Valley's Dionicio Torres looks at the gas cans before the outage.",
      "(Image credit: Future/SpaceX/Blue Origin)",
      "The hunter killed and ate a rabbitCredit: Getty - Contributor",
      "© Aaron Schwartz",
      "By Justine Coleman - 11/18/19 11:04 PM EST",
      "https://www.mysanantonio.com/news/article/Cat-found-14848175.php",
    ]) {
      expect(kept(p(caption)), caption).toEqual(STORY);
    }
    const reuters = [
      "WASHINGTON (Reuters) - The Senate voted on Tuesday to extend the program by a year.",
      "Reuters reported that the talks had stalled, citing three officials in the capital.",
    ];
    expect(storyParagraphs(reuters.map(p))).toEqual(reuters);
  });

  it("bracketed read-links, and a bracketed citation kept", () => {
    expect(kept(p("[Read: How the council reached its vote]"))).toEqual(STORY);
    expect(kept(p("[Related: Salesforce keynote and the protesters]"))).toEqual(STORY);
    expect(kept(p("[HR. At-Tirmidzi no.1997]"))).toHaveLength(3);
  });

  it("a 'Read more' or 'Related' list and its headlines", () => {
    expect(
      kept(
        p("More Great WIRED Stories"),
        li("YouTubers must unionize, no matter what Google says"),
        li("Paid political ads are not the problem. Our perceptions are"),
      ),
    ).toEqual(STORY);
    expect(
      kept(p("Related stories"), p("Pool closes for the winter"), p("Bus routes cut")),
    ).toEqual(STORY);
  });

  it("subscription, comment and navigation prompts, but not a sentence that mentions signing up", () => {
    for (const prompt of [
      "Sign up for our daily newsletter to get the news first.",
      "Subscribe to WIRED and stay smart with more of your favorite writers.",
      "Click here to subscribe to The Paradigm Newsletter",
      "Like this story? Share it with a friend!",
      "Advertisement",
      "Comments",
      "Skip to content",
      "Want more stories like this?",
    ]) {
      expect(kept(p(prompt)), prompt).toEqual(STORY);
    }
    const hulu = "Sign up for a Hulu ad-free account for $11.99 a month.";
    expect(kept(p(hulu))).toContain(hulu);
  });

  it("date lines and agency credit lines, but not a short sentence with a number", () => {
    for (const line of [
      "PUBLISHED: 10:48, Tue, Nov 19, 2019",
      "| UPDATED: 11:05, Tue, Nov 19, 2019",
      "October 06, 2018",
      "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
      "Published 1 day ago",
      "(Reporting by Greg Roumeliotis; editing by Martin Howell.)",
    ]) {
      expect(kept(p(line)), line).toEqual(STORY);
    }
    for (const sentence of [
      "He was 5.",
      "The vote is on Nov. 5, 2019.",
      "By Tuesday, the council had voted.",
    ]) {
      expect(kept(p(sentence))).toContain(sentence);
    }
  });

  it("a pull quote that repeats a paragraph's words, once", () => {
    expect(kept({ tag: "blockquote", text: "a quiet place to read and study" })).toEqual(STORY);
  });

  it("picture desks' lines, legal lines, ways to reach the writer and newsletter pitches", () => {
    for (const line of [
      "Image copyright Getty Images",
      "Image caption Assange gestures with a thumbs up after he was arrested",
      "Media captionWho is Julian Assange?",
      "Media playback is unsupported on your device",
      "Copyright © 2019 Press TV. All rights reserved.",
      "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.",
      "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.",
      "Write to Al Root at allen.root@dowjones.com",
      "Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com.",
      "Follow @BGRDeals on Twitter to keep up with the latest deals.",
      "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
      "Citation: Hibernating astronauts would need smaller spacecraft (2019, November 18) retrieved 20 November 2019",
      "Get the latest updates right in your inbox. Subscribe to our newsletters.",
      "Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018",
      "Image 1 of / 9",
      "Published",
      "Trending",
    ]) {
      expect(kept(p(line)), line).toEqual(STORY);
    }
    for (const sentence of [
      "The council's lawyer said the copyright on the old building plans had expired.",
      "Write to the council if you want the hours kept, the mayor told residents.",
    ]) {
      expect(kept(p(sentence))).toContain(sentence);
    }
  });

  it("a pull quote set apart repeats a paragraph's words; a list's repeated lines stay", () => {
    const again = "Eat 60 to 90 minutes before your workout";
    expect(storyParagraphs([p(again), p("Pre-workout supplement"), p(again)])).toEqual([
      again,
      "Pre-workout supplement",
      again,
    ]);
    expect(storyParagraphs([p(STORY[0]!), { tag: "blockquote", text: STORY[0]! }])).toEqual([
      STORY[0],
    ]);
  });
});
