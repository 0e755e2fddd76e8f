// What a table cell shows for a value nobody recorded: a dash to the eye, the words to a screen reader.
export function NotRecorded({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-muted-foreground">
        —
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}
