/** How many first products (the cohort view's split choices, most common first) a snapshot keeps. */
export const FIRST_PRODUCTS_IN_SNAPSHOT = 30;
