"use client";

import { cn } from "./cn";

/** A set of radio buttons that chooses one value, under a legend. */
export function RadioGroup<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  inline = false,
}: {
  legend: string;
  /** The buttons' shared name: one choice per group. */
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  /** Options side by side, wrapping, instead of one per line. */
  inline?: boolean;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="ui-label">{legend}</legend>
      <div className={cn(inline ? "flex flex-wrap gap-x-5 gap-y-2" : "space-y-2")}>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={name}
              className="size-4 accent-primary"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
