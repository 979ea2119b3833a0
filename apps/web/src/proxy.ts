import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Everything except Next internals, static files and the offline basemap.
  matcher: ["/((?!_next|_vercel|basemap|.*\\..*).*)"],
};
