export * from "./accounts.js";
export * from "./audit.js";
export * from "./services.js";
export * from "./sites.js";
export * from "./visits.js";
