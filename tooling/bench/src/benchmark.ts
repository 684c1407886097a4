/** One benchmark of `pnpm bench`: it measures, then prints through `report.ts`. */
export interface Benchmark {
  /** The name to run it alone: `pnpm bench <name>`. */
  name: string;
  description: string;
  run(): Promise<void>;
}
