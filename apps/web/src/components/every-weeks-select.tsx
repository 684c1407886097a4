import { Select } from "@tend/ui";

import { weekdayName } from "~/lib/recurrence";

/** "Every 2 weeks on Tuesday": how often a series repeats, on its first session's weekday. */
export function EveryWeeksSelect({
  value,
  onChange,
  firstLocal,
}: {
  value: number;
  onChange: (every: number) => void;
  firstLocal: string;
}) {
  const day = firstLocal ? weekdayName(firstLocal) : null;
  return (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">Every</span>
      <Select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {[1, 2, 3, 4].map((n) => (
          <option key={n} value={n}>
            {n === 1 ? "week" : `${n} weeks`}
            {day ? ` on ${day}` : ""}
          </option>
        ))}
      </Select>
    </label>
  );
}
