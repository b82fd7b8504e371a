/** How many first products (the cohort view's split choices, most common first) a snapshot keeps. */
export const FIRST_PRODUCTS_IN_SNAPSHOT = 30;

/**
 * When the whole snapshot does not fit a link, the link keeps the products ranked first by lift (a screenful of
 * the table) and the most common first products for the cohort split; the snapshot file keeps them all.
 */
export const PRODUCTS_IN_LINK = 10;
export const FIRST_PRODUCTS_IN_LINK = 10;
