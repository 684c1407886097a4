/** The API reads only NODE_ENV; apps pass everything else in through the context. */
export const isDevelopment = process.env.NODE_ENV === "development";
