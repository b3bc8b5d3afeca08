import { Lettered } from "./printed-choices";
import type { TPrintedProps } from "./printed-props";

// Questions over a list on paper: a box beside each item for a number or a letter.

function Boxed({ items }: { items: readonly { id: string; text: string }[] }) {
  return (
    <ol className="mt-2 list-decimal space-y-2 pl-6">
      {items.map((item) => (
        <li key={item.id}>
          <span className="border-ink mr-2 inline-block h-6 w-10 border align-middle" />
          {item.text}
        </li>
      ))}
    </ol>
  );
}

export function PrintedOrdering({ question }: TPrintedProps<"ordering">) {
  return (
    <>
      <p className="text-sm italic">
        Write in each box where it comes: 1 for the first, {question.items.length} for the last.
      </p>
      <Boxed items={question.items} />
    </>
  );
}

export function PrintedMatching({ question }: TPrintedProps<"matching">) {
  return (
    <>
      <p className="text-sm italic">Write in each box the letter of its match.</p>
      <Boxed items={question.pairs} />
      <Lettered items={question.choices} />
    </>
  );
}

export function PrintedSort({ question }: TPrintedProps<"sort">) {
  return (
    <>
      <p className="text-sm italic">Write in each box the letter of the group it belongs to.</p>
      <Lettered
        items={question.categories.map((category) => ({
          id: category.id,
          text: category.description
            ? `${category.label}: ${category.description}`
            : category.label,
        }))}
      />
      <Boxed items={question.statements} />
    </>
  );
}
