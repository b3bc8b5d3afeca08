// Questions answered in a word or a number on paper: a line to write on.

export function WriteOn({ label, lines = 1 }: { label: string; lines?: number }) {
  return (
    <div className="mt-2">
      <p>{label}</p>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="border-ink mt-6 border-b" />
      ))}
    </div>
  );
}

export function PrintedFill() {
  return <WriteOn label="Your answer:" />;
}

export function PrintedFind() {
  return <WriteOn label="The number of the sentence in the article that answers it:" />;
}
