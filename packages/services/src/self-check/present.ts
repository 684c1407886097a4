import type { Instrument, RoleWords } from "@tend/instruments";
import { renderInstructions, renderItemText } from "@tend/instruments";

export const DEFAULT_SUPPORT_RESOURCES = [
  "You do not have to carry this alone.",
  "Your employee assistance programme (EAP) offers free, confidential counselling: ask your administrator or HR for its number.",
  "If you feel unsafe or are thinking about harming yourself, call your local emergency number now (911 in the US and Canada, 999 or 112 in the UK, 112 in the EU, 000 in Australia), or a crisis line such as 988 in the US.",
].join("\n\n");

/** The organisation's support text, or the default that names emergency services. */
export function supportResourcesText(custom: string | null | undefined): string {
  return custom?.trim() ? custom : DEFAULT_SUPPORT_RESOURCES;
}

/** An instrument as the apps show it: serialisable, with bracketed words replaced. */
export function presentInstrument(
  instrument: Instrument,
  roleWords?: Partial<RoleWords>,
  options: { items?: boolean } = {},
) {
  return {
    id: instrument.id,
    version: instrument.version,
    name: instrument.name,
    shortName: instrument.shortName,
    description: instrument.description,
    instructions: renderInstructions(instrument, roleWords),
    validated: instrument.validated,
    estimatedMinutes: instrument.estimatedMinutes,
    requiresAllItems: instrument.requiresAllItems,
    numberedOptions: instrument.numberedOptions ?? false,
    periodLabel: instrument.periodLabel,
    attribution: instrument.attribution ?? null,
    licenceNote: instrument.licenceNote ?? null,
    subscales: instrument.subscales,
    items:
      options.items === false
        ? []
        : instrument.items.map((item) => ({
            ...item,
            text: renderItemText(instrument, item, roleWords),
          })),
  };
}
