import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("site");
  return (
    <>
      <h1>{t("notFound")}</h1>
      <p>{t("notFoundBody")}</p>
    </>
  );
}
