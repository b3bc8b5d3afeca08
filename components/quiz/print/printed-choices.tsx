import type { TPrintedProps } from "./printed-props";

// Choice questions on paper: lettered options with a box to mark.

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function Lettered({ items }: { items: readonly { id: string; text: string }[] }) {
  return (
    <ol className="mt-2 space-y-1">
      {items.map((item, index) => (
        <li key={item.id} className="flex gap-2">
          <span aria-hidden="true">☐</span>
          <span>
            {LETTERS[index]}. {item.text}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function PrintedSingle({ question }: TPrintedProps<"single">) {
  return (
    <>
      <p className="text-sm italic">Tick one.</p>
      <Lettered items={question.options} />
    </>
  );
}

export function PrintedMultiple({ question }: TPrintedProps<"multiple">) {
  return (
    <>
      <p className="text-sm italic">Tick every one that is right.</p>
      <Lettered items={question.options} />
    </>
  );
}

export function PrintedTrueFalse() {
  return (
    <>
      <p className="text-sm italic">Tick one.</p>
      <Lettered
        items={[
          { id: "true", text: "True" },
          { id: "false", text: "False" },
        ]}
      />
    </>
  );
}
