import { getTranslations } from "next-intl/server";
import type { ApiProblem } from "@/lib/api";

/** Shown in place of data when the API fails, with enough detail for someone to act on. */
export async function ApiNotice({ problem }: { problem: ApiProblem }) {
  const t = await getTranslations("site");
  return (
    <p className="notice error">
      {t("apiDown", { detail: `${problem.status} ${problem.code}` })}
      <br />
      <small dir="ltr">{problem.message.slice(0, 300)}</small>
    </p>
  );
}
