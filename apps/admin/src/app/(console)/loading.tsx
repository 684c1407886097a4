export { PageSkeleton as default } from "@tend/ui/page-states";
