import { toGift } from "./gift";
import { toMoodleXml } from "./moodle-xml";
import { toQtiPackage } from "./qti";
import type { TQuizSource } from "./quiz-source";

// The formats a quiz exports to (issue 34), each with the name teachers know it by, its file
// and its writer; the export route and the download links both read this list.
export const EXPORT_FORMATS = {
  moodle: {
    label: "Moodle XML",
    extension: "xml",
    contentType: "application/xml; charset=utf-8",
    write: (source: TQuizSource): string | Uint8Array => toMoodleXml(source),
  },
  gift: {
    label: "GIFT",
    extension: "gift.txt",
    contentType: "text/plain; charset=utf-8",
    write: (source: TQuizSource): string | Uint8Array => toGift(source),
  },
  qti: {
    label: "QTI 3.0",
    extension: "qti.zip",
    contentType: "application/zip",
    write: (source: TQuizSource): string | Uint8Array => toQtiPackage(source),
  },
} as const;

export type TExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (value: string | null): value is TExportFormat =>
  value !== null && Object.hasOwn(EXPORT_FORMATS, value);

/** The file's name: the article's address and the quiz's id, e.g. kim-visit-key-facts.xml. */
export const exportFileName = (source: TQuizSource, format: TExportFormat) =>
  `${source.slug}-${source.quiz.id}.${EXPORT_FORMATS[format].extension}`;
