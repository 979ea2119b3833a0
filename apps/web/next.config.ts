import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them.
  transpilePackages: ["@marsad/model", "@marsad/api"],
  experimental: { serverActions: { bodySizeLimit: "2mb" } },
  poweredByHeader: false,
  // The dev server is reached as 127.0.0.1 as well as localhost (tests, the API on loopback).
  allowedDevOrigins: ["127.0.0.1"],
  reactStrictMode: true,
};

export default withNextIntl(config);
