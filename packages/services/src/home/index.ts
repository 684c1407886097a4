export { readHome } from "./home";
export type { Home } from "./home";
