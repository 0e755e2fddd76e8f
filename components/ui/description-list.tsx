import type { ReactNode } from "react";

export function DescriptionList({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,auto)_1fr]">{children}</dl>;
}

export interface DescriptionItemProps {
  term: string;
  children: ReactNode;
}

export function DescriptionItem({ term, children }: DescriptionItemProps) {
  return (
    <>
      <dt className="text-sm font-medium text-muted-foreground">{term}</dt>
      <dd className="text-sm">{children}</dd>
    </>
  );
}
