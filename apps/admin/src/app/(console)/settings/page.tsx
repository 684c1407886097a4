import { adminApi } from "@tend/nextjs/server";

import { HourRuleForm } from "./hour-rule-form";
import { OrganisationForm } from "./organisation-form";
import { RoleWordsForm } from "./role-words-form";
import { SupportResourcesForm } from "./support-resources-form";

export const metadata = { title: "Settings · Tend admin" };

export default async function SettingsPage() {
  const { api, current } = await adminApi();
  const [organisation, settings, hourRule] = await Promise.all([
    api.org.settings(),
    api.selfCheckSettings.get(),
    api.hours.rule(),
  ]);
  const timeZones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((tz) => tz !== "UTC")];
  const support = settings.supportResources;
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <p className="mt-1 text-muted-foreground">Settings for {current.organisationName}.</p>
      </div>
      <OrganisationForm
        settings={{
          name: organisation.name,
          timeZone: organisation.timeZone,
          reportThreshold: organisation.reportThreshold,
        }}
        minimumThreshold={organisation.minimumReportThreshold}
        timeZones={timeZones}
      />
      <SupportResourcesForm
        text={support.text}
        isDefault={support.isDefault}
        defaultText={support.defaultText}
      />
      <RoleWordsForm roleWords={settings.roleWords} preview={settings.roleWordsPreview} />
      <HourRuleForm name={hourRule.name} rule={hourRule.rule} />
    </div>
  );
}
