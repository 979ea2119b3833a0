/** Test helpers other packages' suites share: throw-away PostgreSQL databases next to the embedded store. */
export { adminUrl, freshDatabase, postgresProblem } from "./targets";
