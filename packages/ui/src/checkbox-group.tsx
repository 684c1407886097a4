"use client";

import { cn } from "./cn";

/**
 * A set of checkboxes that edits a list of values, under a legend, with an optional line of
 * help per option and one error for the group (announced when it appears).
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  description,
  inline = false,
}: {
  legend: string;
  options: { value: T; label: string; help?: string }[];
  value: T[];
  onChange: (value: T[]) => void;
  error?: string | undefined;
  description?: string | undefined;
  /** Options side by side, wrapping, instead of one per line. */
  inline?: boolean;
}) {
  return (
    <fieldset className="space-y-2" aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {description && <p className="text-sm text-muted-foreground">{description}</p>}
      <div className={cn(inline ? "flex flex-wrap gap-x-5 gap-y-2" : "space-y-2")}>
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-4 accent-primary"
              checked={value.includes(option.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? [...value, option.value]
                    : value.filter((v) => v !== option.value),
                )
              }
            />
            <span>
              <span className={cn(option.help && "font-medium")}>{option.label}</span>
              {option.help && <span className="block text-muted-foreground">{option.help}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="text-sm font-medium text-destructive" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
