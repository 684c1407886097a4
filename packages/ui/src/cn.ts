import type { ClassValue } from "clsx";
import { clsx } from "clsx";

/**
 * Joins class names. Nothing is merged at runtime: each component's own styles are classes in
 * the `components` layer (theme.css), which any utility a caller adds overrides.
 */
export const cn = (...inputs: ClassValue[]) => clsx(inputs);
