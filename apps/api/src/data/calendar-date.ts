import { z } from "@hono/zod-openapi";

/** `YYYY-MM-DD` that names a real day (the model's IsoDate checks the shape only; `2021-02-30` would reach the database). */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected YYYY-MM-DD", abort: true })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "not a calendar date")
  .openapi({ format: "date", example: "2021-07-28" });
