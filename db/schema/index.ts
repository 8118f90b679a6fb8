export * from "./enums";
export * from "./users";
export * from "./media";
export * from "./taxonomy";
export * from "./articles";
export * from "./activity";
export * from "./settings";
