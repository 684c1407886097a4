// What global-setup.ts provides to integration tests through `inject`.
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export {};
