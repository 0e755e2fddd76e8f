import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

// A styled <select>: it works without JavaScript and keeps the platform's keyboard and screen reader support.
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn("h-8 rounded-md border bg-background px-2 text-sm shadow-xs disabled:opacity-50", className)} {...props} />;
}
