// A field's errors, under its label: `id` is what the field's aria-describedby names (its id + "-error").
export function FieldError({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  );
}
